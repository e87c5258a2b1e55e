/**
 * The rules of events: which dates of which events fall in a window (the
 * list), which events the feed carries, and what a stored event must
 * satisfy beyond its schema.
 */
import type { EventRecord } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { Invalid } from '../../domain/errors.js';
import { matchesTimeOfDay, type TimeOfDay } from '../../domain/time-of-day.js';
import { hasOccurrenceBetween, occurrencesBetween, type Occurrence } from './recurrence.js';
import { findEventsInWindow, scheduleOf, type EventFilters, type EventRow } from './repository.js';
import { eventErrors } from './validation.js';
import type { Window } from './window.js';

/** Every date of the matching events in the window, earliest first (ties by event id). */
export async function occurrencesInWindow(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  filters: EventFilters,
  window: Window,
  time: readonly TimeOfDay[] | undefined,
): Promise<Array<{ row: EventRow; occurrence: Occurrence }>> {
  const rows = await findEventsInWindow(db, tenantId, filters, window.from, window.to);
  // Each series yields at most MAX_OCCURRENCES_PER_WINDOW dates, so one series repeating every hour cannot stall the list.
  return rows
    .flatMap((row) =>
      occurrencesBetween(scheduleOf(row.doc, row.time_zone), window.from, window.to, {
        accept: (occurrence) => matchesTimeOfDay(occurrence, row.doc.allDay, time, row.time_zone),
      }).map((occurrence) => ({ row, occurrence })),
    )
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || a.row.id.localeCompare(b.row.id));
}

/** The matching events with at least one date in the window. */
export async function eventsWithDatesIn(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  filters: EventFilters,
  window: Window,
  time: readonly TimeOfDay[] | undefined,
): Promise<EventRow[]> {
  const candidates = await findEventsInWindow(db, tenantId, filters, window.from, window.to);
  return candidates.filter((row) => hasOccurrenceBetween(scheduleOf(row.doc, row.time_zone), window.from, window.to, (occurrence) => matchesTimeOfDay(occurrence, row.doc.allDay, time, row.time_zone)));
}

export async function checkEvent(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, record: EventRecord) {
  const errors = await eventErrors(db, tenantId, pathId, record);
  if (errors.length) throw new Invalid('The event is invalid', errors);
}
