/**
 * Keeping events in step with their calendars. The periodic job reads every
 * source whose interval has passed; "sync now" reads one at once. Each sync
 * first claims its source, so the same feed is never read twice at once,
 * also by two server processes on one database. A feed that fails is
 * recorded on its source with the reason and the others go on.
 */
import type { EventSource } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR, type AuditActor } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import { Conflict, NotFound } from '../domain/errors.js';
import { fetchCalendar, importCalendar } from '../import/calendar-import.js';
import { claimEventSource, dueEventSources, findEventSource, releaseEventSource, toEventSource, type EventSourceRow } from './repository.js';

export interface SyncOptions {
  /** Reads a feed; the calendar import's fetch unless a test or the CLI passes another. */
  fetchFeed?: (url: string) => Promise<string>;
  actor?: AuditActor;
}

async function syncClaimed(db: Kysely<DatabaseSchema>, source: EventSourceRow, now: Date, options: SyncOptions): Promise<EventSourceRow> {
  try {
    const text = await (options.fetchFeed ?? fetchCalendar)(source.url);
    const report = await importCalendar(db, {
      tenantId: source.tenant_id,
      source: source.url,
      text,
      organizerId: source.organizer_id,
      topics: source.topics,
      format: source.format,
      actor: options.actor ?? SYSTEM_ACTOR(`Kalender-Abgleich „${source.name}“`),
      now,
    });
    return (await releaseEventSource(db, source.tenant_id, source.id, { syncedAt: now, report }))!;
  } catch (error) {
    const released = await releaseEventSource(db, source.tenant_id, source.id, { error: (error as Error).message || String(error) });
    return released ?? source;
  }
}

/** Every due source once; returns how many this caller synced (the others were due for someone else). */
export async function syncDueEventSources(db: Kysely<DatabaseSchema>, now: Date, options: SyncOptions = {}): Promise<number> {
  let synced = 0;
  for (const due of await dueEventSources(db, now)) {
    const claimed = await claimEventSource(db, due.tenant_id, due.id, now, { onlyIfDue: true });
    if (!claimed) continue;
    await syncClaimed(db, claimed, now, options);
    synced++;
  }
  return synced;
}

/** One source now, whatever its turn; refused while another sync of it runs. */
export async function syncEventSourceNow(db: Kysely<DatabaseSchema>, tenantId: string, id: string, now: Date, options: SyncOptions = {}): Promise<EventSource> {
  if (!(await findEventSource(db, tenantId, id))) throw new NotFound('Event source not found', { detail: `Es gibt keine Quelle „${id}“.` });
  const claimed = await claimEventSource(db, tenantId, id, now, { onlyIfDue: false });
  if (!claimed) throw new Conflict('Der Kalender wird gerade abgeglichen', { type: 'sync-running', detail: 'Ein Abgleich dieser Quelle läuft schon. Sehen Sie in einer Minute nach dem Ergebnis.', retryAfterSeconds: 60 });
  return toEventSource(await syncClaimed(db, claimed, now, options));
}
