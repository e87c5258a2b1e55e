/**
 * Calendar arithmetic in Europe/Berlin, the time zone of every event. Days are
 * `YYYY-MM-DD` keys of the Berlin calendar; instants are epoch milliseconds.
 * The Berlin offset follows the EU rule (summer time from the last Sunday of
 * March 01:00 UTC to the last Sunday of October 01:00 UTC), computed directly
 * because `Intl` parts for thousands of occurrences would cost real frames.
 */
import { addDays } from '../shared/dates.js';
export type DayKey = string;

const HOUR = 3_600_000;
export const DAY = 86_400_000;

const dstCache = new Map<number, [number, number]>();

/** Start and end (UTC ms) of summer time in a year. */
function summerTime(year: number): [number, number] {
  let range = dstCache.get(year);
  if (!range) {
    const lastSunday = (month: number) => {
      const last = new Date(Date.UTC(year, month + 1, 0));
      return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
    };
    range = [lastSunday(2), lastSunday(9)];
    dstCache.set(year, range);
  }
  return range;
}

/** The offset of Berlin from UTC at an instant, in hours (1 or 2). */
export function berlinOffset(instant: number): number {
  const [start, end] = summerTime(new Date(instant).getUTCFullYear());
  return instant >= start && instant < end ? 2 : 1;
}

/** The Berlin wall clock of an instant, as a Date whose UTC fields are the wall time. */
export function berlinWall(instant: number): Date {
  return new Date(instant + berlinOffset(instant) * HOUR);
}

const pad = (value: number) => String(value).padStart(2, '0');

function keyOfUtc(date: Date): DayKey {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The Berlin calendar day of an instant. */
export function dayOf(instant: number): DayKey {
  return keyOfUtc(berlinWall(instant));
}

/** UTC midnight of a day key: the basis of day arithmetic (no DST in UTC). */
export function utcOfDay(key: DayKey): number {
  const [y = 1970, m = 1, d = 1] = key.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whether a string is a real `YYYY-MM-DD` date. */
export function isDayKey(value: string | null | undefined): value is DayKey {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return keyOfUtc(new Date(utcOfDay(value))) === value;
}

/** The same day `months` later, clamped to the month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(key: DayKey, months: number): DayKey {
  const date = new Date(utcOfDay(key));
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const length = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), length));
  return keyOfUtc(target);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(key: DayKey): number {
  return (new Date(utcOfDay(key)).getUTCDay() + 6) % 7;
}

export function startOfWeek(key: DayKey): DayKey {
  return addDays(key, -weekdayIndex(key));
}

export function startOfMonth(key: DayKey): DayKey {
  return `${key.slice(0, 7)}-01`;
}

export function sameMonth(a: DayKey, b: DayKey): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The weeks (Monday first) that show a month: 4 to 6 rows of 7 days. */
export function monthWeeks(key: DayKey): DayKey[][] {
  const first = startOfMonth(key);
  const weeks: DayKey[][] = [];
  for (let day = startOfWeek(first); sameMonth(day, first) || weeks.length === 0; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(day, index)));
  }
  return weeks;
}

/** The instant of Berlin midnight at the start of a day. */
export function berlinMidnight(key: DayKey): number {
  const wall = utcOfDay(key);
  const winter = wall - HOUR;
  return berlinOffset(winter) === 1 ? winter : wall - 2 * HOUR;
}

/** Today in Berlin. */
export function today(now = Date.now()): DayKey {
  return dayOf(now);
}

/** The Berlin hour (0–23) of an instant. */
export function berlinHour(instant: number): number {
  return berlinWall(instant).getUTCHours();
}

/**
 * The days an occurrence covers: from its start day to the day of its last
 * moment (an end at midnight belongs to the day before). At most 62 days, so
 * a long exhibition does not fill a whole year.
 */
export function daysOf(start: number, end: number): DayKey[] {
  const first = dayOf(start);
  const last = dayOf(Math.max(start, end - 1));
  const days = [first];
  for (let day = first; day < last && days.length < 62; ) {
    day = addDays(day, 1);
    days.push(day);
  }
  return days;
}

/** A Date at noon UTC of a day key, for formatting the day with `timeZone: 'UTC'`. */
export function noonOf(key: DayKey): Date {
  return new Date(utcOfDay(key) + 12 * HOUR);
}

/**
 * The day the month grid's focus moves to for a key (APG grid pattern):
 * arrows by day and week (left and right mirrored right to left), Home/End
 * to the week's ends (with Ctrl the month's), Page Up/Down by month (with
 * Shift by year). `undefined` for any other key.
 */
export function dayForKey(day: DayKey, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'shiftKey'>, rtl: boolean): DayKey | undefined {
  switch (event.key) {
    case 'ArrowRight':
      return addDays(day, rtl ? -1 : 1);
    case 'ArrowLeft':
      return addDays(day, rtl ? 1 : -1);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'Home':
      return event.ctrlKey ? startOfMonth(day) : addDays(day, -weekdayIndex(day));
    case 'End':
      return event.ctrlKey ? addDays(addMonths(startOfMonth(day), 1), -1) : addDays(day, 6 - weekdayIndex(day));
    case 'PageUp':
      return addMonths(day, event.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(day, event.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
