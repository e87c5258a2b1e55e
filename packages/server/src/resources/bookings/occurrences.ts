/** The dates a booking asks for: one, or a weekly/biweekly series in wall-clock time. */
import { addDays, localDateOf, localTimeOf, zonedInstant, type LocalDate } from '../../time/zoned.js';
import type { Interval } from '../rooms/schedule.js';

export const MAX_SERIES_OCCURRENCES = 60;

export interface SeriesRequest {
  start: Date;
  end: Date;
  recurrence?: { frequency: 'weekly' | 'biweekly'; until: LocalDate } | undefined;
  excludeDates: readonly LocalDate[];
}

/** Every occurrence of the request, left-out dates removed; `null` when the series is too long. */
export function bookingOccurrences(request: SeriesRequest, timeZone: string): Interval[] | null {
  const firstDate = localDateOf(request.start, timeZone);
  const startTime = localTimeOf(request.start, timeZone);
  const durationMs = request.end.getTime() - request.start.getTime();
  const stepDays = request.recurrence?.frequency === 'biweekly' ? 14 : 7;
  const dates: LocalDate[] = [firstDate];
  if (request.recurrence) {
    for (let date = addDays(firstDate, stepDays); date <= request.recurrence.until; date = addDays(date, stepDays)) {
      if (dates.length >= MAX_SERIES_OCCURRENCES) return null;
      dates.push(date);
    }
  }
  const excluded = new Set(request.excludeDates);
  return dates
    .filter((date) => !excluded.has(date))
    .map((date) => {
      const start = zonedInstant(date, startTime, timeZone);
      return { start, end: new Date(start.getTime() + durationMs) };
    });
}
