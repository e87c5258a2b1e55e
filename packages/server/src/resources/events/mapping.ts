/** Stored events → what the public API shows, in one locale. */
import type { Event, EventOccurrence, Locale } from '@teilhabe/contract';
import { Localizer } from '../../i18n/localizer.js';
import { firstOccurrence, type Occurrence } from './recurrence.js';
import { scheduleOf, type EventDoc, type EventLookups, type EventRow } from './repository.js';
import { toZonedIso } from '../../time/zoned.js';

type Location = EventOccurrence['location'];
type Organizer = EventOccurrence['organizers'][number];

/** The location with the room's and venue's names (and the venue's address for a room). */
export function locationOf(doc: EventDoc, lookups: EventLookups): Location {
  const { kind, roomId, address, onlineUrl } = doc.location;
  const room = roomId ? lookups.rooms.get(roomId) : undefined;
  const venueAddress = address ?? room?.address;
  return {
    kind,
    ...(roomId ? { roomId } : {}),
    ...(room ? { roomName: room.roomName, venueName: room.venueName } : {}),
    ...(venueAddress ? { address: venueAddress } : {}),
    ...(onlineUrl ? { onlineUrl } : {}),
  };
}

export function organizersOf(doc: EventDoc, lookups: EventLookups): Organizer[] {
  return doc.organizers.map((organizer) =>
    organizer.kind === 'organization'
      ? { kind: 'organization' as const, id: organizer.id, name: lookups.organizationNames.get(organizer.id) ?? organizer.id }
      : { kind: 'office' as const, name: organizer.name },
  );
}

function commonFields(row: EventRow, occurrence: Occurrence, lookups: EventLookups, localizer: Localizer) {
  const { doc } = row;
  return {
    id: row.id,
    title: localizer.text('title', doc.title),
    summary: localizer.text('summary', doc.summary),
    start: toZonedIso(occurrence.start, row.time_zone),
    end: toZonedIso(occurrence.end, row.time_zone),
    allDay: doc.allDay,
    timeZone: row.time_zone,
    location: locationOf(doc, lookups),
    organizers: organizersOf(doc, lookups),
    cooperation: doc.cooperation,
    format: doc.format,
    topics: doc.topics,
    languages: doc.languages,
    areas: doc.areas,
    price: doc.price,
    status: doc.status,
  };
}

/** `{eventId}@{UTC start}`, stable across requests. */
export const occurrenceIdOf = (eventId: string, start: Date) => `${eventId}@${start.toISOString()}`;

export function toOccurrence(row: EventRow, occurrence: Occurrence, lookups: EventLookups, locale: Locale, defaultLocale: Locale): EventOccurrence {
  const localizer = new Localizer(locale, defaultLocale, row.doc.machineTranslated);
  return {
    ...commonFields(row, occurrence, lookups, localizer),
    occurrenceId: occurrenceIdOf(row.id, occurrence.start),
    eventId: row.id,
    recurring: row.doc.recurrence !== null,
    translation: localizer.translation(),
  };
}

/** The whole event; `start`/`end` are those of its first occurrence. */
export function toEvent(row: EventRow, lookups: EventLookups, locale: Locale, defaultLocale: Locale): Event {
  const { doc } = row;
  const localizer = new Localizer(locale, defaultLocale, doc.machineTranslated);
  const fields = commonFields(row, firstOccurrence(scheduleOf(doc, row.time_zone)), lookups, localizer);
  return {
    ...fields,
    description: localizer.text('description', doc.description),
    audience: localizer.optionalText('audience', doc.audience),
    accessibilityNotes: localizer.optionalText('accessibilityNotes', doc.accessibilityNotes),
    priceNote: localizer.optionalText('priceNote', doc.priceNote),
    registration: doc.registration,
    recurrence: doc.recurrence,
    updatedAt: new Date(row.updated_at).toISOString(),
    translation: localizer.translation(),
  };
}
