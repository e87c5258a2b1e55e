/** The time windows of the event list and the iCalendar feed, with their limits. */
import { Invalid, type FieldError } from '../../domain/errors.js';
import { addDays, localDateOf, zonedInstant } from '../../time/zoned.js';

const DAY_MS = 86_400_000;
export const DEFAULT_LIST_DAYS = 31;
export const MAX_LIST_DAYS = 366;
export const FEED_DAYS_BEFORE = 30;
export const FEED_DAYS_AFTER = 365;
export const MAX_FEED_DAYS = 2 * 366;
/**
 * Windows must lie within ten years of now: series without end are expanded
 * from their start, so a window in the year 9000 would cost seconds.
 */
export const MAX_YEARS_AWAY = 10;

export interface Window {
  from: Date;
  to: Date;
}

function invalid(errors: FieldError[]): Invalid {
  return new Invalid('The request is invalid', errors, { detail: 'The time window is not usable; see `errors`.' });
}

/** `from`/`to` of the list: defaults now → +31 days; `to` after `from`, at most 366 days apart. */
export function listWindow(query: { from?: string | undefined; to?: string | undefined }, now: Date): Window {
  const from = query.from ? new Date(query.from) : now;
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + DEFAULT_LIST_DAYS * DAY_MS);
  check(from, to, MAX_LIST_DAYS, now);
  return { from, to };
}

/**
 * `from`/`to` of the feed are calendar days in the tenant's zone, both
 * included: defaults 30 days ago → one year ahead; at most two years.
 */
export function feedWindow(query: { from?: string | undefined; to?: string | undefined }, now: Date, timeZone: string): Window {
  const today = localDateOf(now, timeZone);
  // Far-off days are refused before any day arithmetic: the year 10000 has no zoned instant.
  for (const path of ['from', 'to'] as const) {
    const day = query[path];
    if (day && Math.abs(Date.parse(`${day}T00:00:00Z`) - now.getTime()) > MAX_YEARS_AWAY * 366 * DAY_MS) {
      throw invalid([{ path, code: 'out_of_range', message: `\`${path}\` may be at most ${MAX_YEARS_AWAY} years from today.` }]);
    }
  }
  const fromDay = query.from ?? addDays(today, -FEED_DAYS_BEFORE);
  const toDay = query.to ?? addDays(fromDay > today ? fromDay : today, FEED_DAYS_AFTER);
  const from = zonedInstant(fromDay, '00:00', timeZone);
  const to = zonedInstant(addDays(toDay, 1), '00:00', timeZone);
  check(from, to, MAX_FEED_DAYS + 1, now);
  return { from, to };
}

function check(from: Date, to: Date, maxDays: number, now: Date) {
  const limit = MAX_YEARS_AWAY * 366 * DAY_MS;
  if (from.getTime() < now.getTime() - limit) {
    throw invalid([{ path: 'from', code: 'out_of_range', message: `\`from\` may be at most ${MAX_YEARS_AWAY} years in the past.` }]);
  }
  if (to.getTime() > now.getTime() + limit) {
    throw invalid([{ path: 'to', code: 'out_of_range', message: `\`to\` may be at most ${MAX_YEARS_AWAY} years ahead.` }]);
  }
  if (to.getTime() <= from.getTime()) {
    throw invalid([{ path: 'to', code: 'before_from', message: '`to` must be after `from`.' }]);
  }
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) {
    throw invalid([{ path: 'to', code: 'window_too_long', message: `The window may span at most ${maxDays} days.` }]);
  }
}
