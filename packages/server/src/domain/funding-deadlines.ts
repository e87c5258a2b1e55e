/**
 * Application deadlines of funding programmes, as calendar dates in the
 * tenant's zone. A deadline day counts as open all day:
 * on the day itself it is still the "next" deadline.
 *
 * - `fixed`: the earliest listed date that is today or later.
 * - `yearly`: each MM-DD in this year if not passed, else next year. A day the
 *   month lacks in that year (02-29 outside leap years) moves to the month's
 *   last day.
 * - `rolling`: apply any time, so there is no next deadline (null).
 */
import type { Deadlines } from '@teilhabe/contract';
import { addDays, localDateOf } from '../time/zoned.js';

/** Days ahead that `deadline=soon` and the "deadline soon" hints look at. */
export const SOON_DAYS = 30;

/** Today's date in the tenant's zone, `YYYY-MM-DD`: a deadline ends with that day there. */
export const todayIn = (now: Date, timeZone: string) => localDateOf(now, timeZone);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The date of a yearly MM-DD in a year, clamped to the month's last day. */
export function yearlyDate(monthDay: string, year: number): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** The next deadline on or after `today`, or null (rolling, or every fixed date has passed). */
export function nextDeadline(deadlines: Deadlines, today: string): string | null {
  switch (deadlines.kind) {
    case 'rolling':
      return null;
    case 'fixed':
      return [...deadlines.dates].sort().find((date) => date >= today) ?? null;
    case 'yearly': {
      const year = Number(today.slice(0, 4));
      const candidates = deadlines.monthDays.map((monthDay) => {
        const thisYear = yearlyDate(monthDay, year);
        return thisYear >= today ? thisYear : yearlyDate(monthDay, year + 1);
      });
      return candidates.sort()[0] ?? null;
    }
  }
}

/** The latest deadline before `today`, for "the last deadline was …" (null for rolling or none). */
export function lastDeadline(deadlines: Deadlines, today: string): string | null {
  switch (deadlines.kind) {
    case 'rolling':
      return null;
    case 'fixed':
      return [...deadlines.dates].sort().reverse().find((date) => date < today) ?? null;
    case 'yearly': {
      const year = Number(today.slice(0, 4));
      const candidates = deadlines.monthDays.map((monthDay) => {
        const thisYear = yearlyDate(monthDay, year);
        return thisYear < today ? thisYear : yearlyDate(monthDay, year - 1);
      });
      return candidates.sort().reverse()[0] ?? null;
    }
  }
}

/** Every deadline date in [from, to] (inclusive, `YYYY-MM-DD`), ascending, without duplicates. */
export function deadlineDates(deadlines: Deadlines, from: string, to: string): string[] {
  let dates: string[] = [];
  if (deadlines.kind === 'fixed') dates = deadlines.dates;
  if (deadlines.kind === 'yearly') {
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
      dates.push(...deadlines.monthDays.map((monthDay) => yearlyDate(monthDay, year)));
    }
  }
  return [...new Set(dates.filter((date) => date >= from && date <= to))].sort();
}

/** Whether the next deadline falls within the coming `SOON_DAYS` days (today included). */
export function isSoon(next: string | null, today: string): boolean {
  return next !== null && next >= today && next <= addDays(today, SOON_DAYS);
}

/** Indexes of yearly month-days no year has (04-31, 02-30); 02-29 is allowed. */
export function impossibleMonthDays(monthDays: readonly string[]): number[] {
  return monthDays
    .map((monthDay, index) => ({ monthDay, index }))
    .filter(({ monthDay }) => {
      const [month, day] = monthDay.split('-').map(Number) as [number, number];
      return day > daysInMonth(2024, month); // 2024 is a leap year
    })
    .map(({ index }) => index);
}
