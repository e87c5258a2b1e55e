/**
 * The dates of one event in one window, remembered between requests.
 *
 * The event list expands every candidate series on each request, to count
 * and order all dates of the window, and turning each wall date into an
 * instant in the tenant's zone was most of what the list cost outside SQL.
 * The widget asks for whole months and weeks, so every visitor of a month
 * asks for the same windows: the expansion is done once per event and
 * window. The key is everything the dates depend on (the schedule, the zone,
 * the window and the time-of-day filter), so a changed event or tenant zone
 * is a different key and nothing needs invalidating, on any instance.
 * Single events are remembered too: turning their start into wall time and
 * back costs more than the key (2.4 ms against 1.0 ms for 1,058 of them).
 */
import { matchesTimeOfDay, type TimeOfDay } from '../../domain/time-of-day.js';
import { occurrencesBetween, type Occurrence } from './recurrence.js';
import { scheduleOf, type ScheduleDoc } from './repository.js';
import type { Window } from './window.js';

/**
 * Dates kept in all; beyond, the memory starts over (about 20 MB with their
 * keys). The bench's month of 7,500 events keeps about 5,500 dates of 2,700 events.
 */
const MAX_REMEMBERED_DATES = 100_000;
const MAX_REMEMBERED_WINDOWS = 50_000;

const remembered = new Map<string, readonly Occurrence[]>();
let rememberedDates = 0;

/** The dates of an event in the window that pass the time-of-day filter, earliest first. Callers must not change the list. */
export function datesInWindow(doc: ScheduleDoc, timeZone: string, window: Window, time: readonly TimeOfDay[] | undefined): readonly Occurrence[] {
  const key = keyOf(doc, timeZone, window, time);
  let dates = remembered.get(key);
  if (!dates) {
    dates = expand(doc, timeZone, window, time);
    if (remembered.size >= MAX_REMEMBERED_WINDOWS || rememberedDates + dates.length > MAX_REMEMBERED_DATES) forgetAll();
    remembered.set(key, dates);
    rememberedDates += dates.length;
  }
  return dates;
}

/** Forgets every remembered window (tests; the memory bound). */
export function forgetAll(): void {
  remembered.clear();
  rememberedDates = 0;
}

function expand(doc: ScheduleDoc, timeZone: string, window: Window, time: readonly TimeOfDay[] | undefined): Occurrence[] {
  // Each series yields at most MAX_OCCURRENCES_PER_WINDOW dates, so one series repeating every hour cannot stall the list.
  return occurrencesBetween(scheduleOf(doc, timeZone), window.from, window.to, {
    accept: (occurrence) => matchesTimeOfDay(occurrence, doc.allDay, time, timeZone),
  });
}

function keyOf(doc: ScheduleDoc, timeZone: string, window: Window, time: readonly TimeOfDay[] | undefined): string {
  return [timeZone, doc.start, doc.end, doc.allDay, doc.recurrence?.rrule ?? '', doc.recurrence?.exdates.join(',') ?? '', window.from.getTime(), window.to.getTime(), time?.join(',') ?? ''].join('\n');
}
