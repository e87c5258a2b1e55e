/**
 * Local-time helpers for the demo data: every date is computed in
 * Europe/Berlin and written as ISO 8601 with the offset valid on that day
 * (+01:00 in winter, +02:00 in summer).
 */
import { TZDate } from '@date-fns/tz';
import { occurrencesBetween } from '../resources/events/recurrence.js';
import { demoTenant } from './tenant.js';
import { toZonedIso, zonedInstant } from '../time/zoned.js';

/** The demo tenant's zone. */
export const TIME_ZONE = demoTenant.timeZone;

/** A calendar day in Berlin; `m` is 0-based like `Date`. Out-of-range days roll over. */
export interface LocalDay {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Berlin calendar day of an instant, plus `addDays` days. */
export function berlinDay(instant: Date, addDays = 0): LocalDay {
  const z = new TZDate(instant.getTime(), TIME_ZONE);
  return normalize({ y: z.getFullYear(), m: z.getMonth(), d: z.getDate() + addDays });
}

export function normalize(day: LocalDay): LocalDay {
  const u = new Date(Date.UTC(day.y, day.m, day.d));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth(), d: u.getUTCDate() };
}

export function addDays(day: LocalDay, n: number): LocalDay {
  return normalize({ y: day.y, m: day.m, d: day.d + n });
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: LocalDay): number {
  const w = new Date(Date.UTC(day.y, day.m, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The first day on or after `day` that falls on the ISO weekday. */
export function nextWeekday(day: LocalDay, weekday: number): LocalDay {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/** The `n`-th (1-based) given weekday of the month of `day`. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): LocalDay {
  const first = normalize({ y, m, d: 1 });
  return addDays(nextWeekday(first, weekday), (n - 1) * 7);
}

/** The last given weekday of the month `m` (0-based) of year `y`. */
export function lastWeekdayOfMonth(y: number, m: number, weekday: number): LocalDay {
  const last = normalize({ y, m: m + 1, d: 0 });
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** RRULE weekday codes by ISO weekday. */
export const RRULE_DAYS = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** YYYY-MM-DD of a day. */
export function dateString(day: LocalDay): string {
  const n = normalize(day);
  return `${n.y}-${pad(n.m + 1)}-${pad(n.d)}`;
}

/** The Berlin wall time `HH:MM` on a day as ISO 8601 with offset, e.g. `2026-12-03T18:00:00+01:00`. */
export function localIso(day: LocalDay, time: string): string {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const n = normalize(day);
  const z = new TZDate(n.y, n.m, n.d, hh, mm, TIME_ZONE);
  return z.toISOString().replace(/\.\d{3}(?=[+-Z])/, '');
}

/** Minutes since midnight of `HH:MM`. */
export function minutes(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

/** The Berlin wall clock of an ISO string written with its Berlin offset. */
export function wallClock(iso: string): { day: LocalDay; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date-time: ${iso}`);
  return { day: { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) }, time: `${m[4]}:${m[5]}` };
}

/**
 * Start times of a recurring event, in the same ISO-with-offset form as the
 * event start: the server's own expansion (wall-clock rule, UNTIL with `Z` an
 * instant), so the demo's dates are the dates the API lists.
 */
export function expandRule(rule: string, startIso: string, limit = 1000): string[] {
  const start = new Date(startIso);
  const schedule = { start, end: start, allDay: false, recurrence: { rrule: rule, exdates: [] }, timeZone: TIME_ZONE };
  const horizon = new Date(start.getTime() + DEMO_SERIES_YEARS * 366 * 86_400_000);
  return occurrencesBetween(schedule, start, horizon, { limit }).map((occurrence) => toZonedIso(occurrence.start, TIME_ZONE));
}

/** How far ahead a demo series is expanded; every demo series ends well before. */
const DEMO_SERIES_YEARS = 2;

/** An RRULE `UNTIL` value for the end of a Berlin day: its last second as a UTC instant, as RFC 5545 asks. */
export function untilValue(day: LocalDay): string {
  const n = normalize(day);
  const lastSecond = new Date(zonedInstant(dateString(addDays(n, 1)), '00:00', TIME_ZONE).getTime() - 1000);
  return `${lastSecond.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
