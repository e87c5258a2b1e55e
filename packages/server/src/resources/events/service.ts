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
import { hasOccurrenceBetween, type Occurrence } from './recurrence.js';
import { findEventsByIds, findEventsInWindow, findSchedulesInWindow, scheduleOf, type EventFilters, type EventRow, type ScheduleRow } from './repository.js';
import { eventErrors } from './validation.js';
import { datesInWindow } from './window-dates.js';
import type { Window } from './window.js';

export interface DatedEvent {
  row: EventRow;
  occurrence: Occurrence;
}

/**
 * One page of the dates of the matching events in the window, earliest first
 * (ties by event id), and how many there are in all. Every candidate is
 * expanded from its schedule alone (the total and the order need all of
 * them); whole records are read for the page only. An event deleted between
 * the two reads is left out of the page.
 */
export async function occurrencesInWindow(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  filters: EventFilters,
  window: Window,
  time: readonly TimeOfDay[] | undefined,
  page: { offset: number; limit: number },
): Promise<{ page: DatedEvent[]; total: number }> {
  const schedules = await findSchedulesInWindow(db, tenantId, filters, window.from, window.to);
  const dates = datesOf(schedules, window, time);
  const slice = dates.slice(page.offset, page.offset + page.limit);
  const rows = new Map((await findEventsByIds(db, tenantId, [...new Set(slice.map(({ id }) => id))])).map((row) => [row.id, row]));
  return {
    page: slice.flatMap(({ id, occurrence }) => {
      const row = rows.get(id);
      return row ? [{ row, occurrence }] : [];
    }),
    total: dates.length,
  };
}

interface WindowDate {
  id: string;
  occurrence: Occurrence;
  /** The start in epoch milliseconds, read once for the sort. */
  at: number;
}

/** Every date of the candidates in the window that passes the time-of-day filter, in list order. */
function datesOf(schedules: readonly ScheduleRow[], window: Window, time: readonly TimeOfDay[] | undefined): WindowDate[] {
  // One flat list without per-event arrays: a month holds thousands of dates, and the list is built on every request.
  const dates: WindowDate[] = [];
  for (const { id, doc, time_zone } of schedules) {
    for (const occurrence of datesInWindow(doc, time_zone, window, time)) dates.push({ id, occurrence, at: occurrence.start.getTime() });
  }
  return dates.sort(byStartThenId);
}

/** Earliest first, ties by event id. Ids are slugs (a-z, 0-9, -), for which code-unit order is the collation order, without its cost. */
function byStartThenId(a: WindowDate, b: WindowDate): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
