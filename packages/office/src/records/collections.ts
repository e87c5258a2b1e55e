/** The kinds of record the office keeps, in the order the office works on them, with their names and routes. */
import { msg } from '@lit/localize';
import type { RecordCollection, TeilhabeClient } from '@teilhabe/sdk';

export const RECORD_KINDS: readonly RecordCollection[] = ['organizations', 'venues', 'rooms', 'events', 'funding-programs'];

export function isRecordCollection(value: string | undefined): value is RecordCollection {
  return (RECORD_KINDS as readonly string[]).includes(value ?? '');
}

/** The plural, as a heading and a nav label. */
export function collectionTitle(collection: RecordCollection): string {
  switch (collection) {
    case 'organizations':
      return msg('Organisationen', { id: 'records.kind.organizations' });
    case 'venues':
      return msg('Orte', { id: 'records.kind.venues' });
    case 'rooms':
      return msg('Räume', { id: 'records.kind.rooms' });
    case 'events':
      return msg('Veranstaltungen', { id: 'records.kind.events' });
    case 'funding-programs':
      return msg('Förderprogramme', { id: 'records.kind.funding-programs' });
  }
}

export const recordRoute = (collection: RecordCollection, id?: string) => (id ? `records/${collection}/${encodeURIComponent(id)}` : `records/${collection}`);

/**
 * Writes a record as stored through its public route, with the version it was
 * read at, so a change made meanwhile is a 412 and never overwritten.
 */
export function writeRecord(
  client: TeilhabeClient,
  collection: RecordCollection,
  id: string,
  data: Record<string, unknown>,
  version: number,
  { overwriteImported = false }: { overwriteImported?: boolean } = {},
): Promise<unknown> {
  const options = { version };
  switch (collection) {
    case 'organizations':
      return client.organizations.put(id, data as never, options);
    case 'venues':
      return client.venues.put(id, data as never, options);
    case 'rooms':
      return client.rooms.put(id, data as never, options);
    case 'events':
      return client.events.put(id, data as never, { ...options, overwriteImported });
    case 'funding-programs':
      return client.funding.put(id, data as never, options);
  }
}

/** The audit trail's name for one record of a collection. */
export const AUDIT_RECORD_TYPE = {
  organizations: 'organization',
  venues: 'venue',
  rooms: 'room',
  events: 'event',
  'funding-programs': 'funding-program',
} as const satisfies Record<RecordCollection, string>;
