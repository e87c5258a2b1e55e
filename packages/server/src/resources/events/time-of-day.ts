/**
 * The "abends / am Wochenende" filter for volunteers: an occurrence is in the
 * evening when it is not all-day and starts at 17:00 or later (Berlin time),
 * and at the weekend when any of its days is a Saturday or Sunday. Chosen
 * values are alternatives. The calendar widget uses the same rule.
 */
import { addDays, isoWeekday } from '../../time/zoned.js';
import type { Occurrence } from './recurrence.js';
import { berlinDate, zoned } from './time.js';

export const EVENING_FROM_HOUR = 17;
export type TimeOfDay = 'evening' | 'weekend';

export function matchesTimeOfDay(occurrence: Occurrence, allDay: boolean, wanted: readonly TimeOfDay[] | undefined): boolean {
  if (!wanted?.length) return true;
  if (wanted.includes('evening') && !allDay && zoned(occurrence.start).getHours() >= EVENING_FROM_HOUR) return true;
  return wanted.includes('weekend') && daysOf(occurrence).some((date) => isoWeekday(date) >= 6);
}

/** The Berlin calendar days an occurrence touches (at most a week is looked at). */
function daysOf(occurrence: Occurrence): string[] {
  const first = berlinDate(occurrence.start);
  const last = berlinDate(new Date(Math.max(occurrence.start.getTime(), occurrence.end.getTime() - 1)));
  const days = [first];
  for (let day = first; day < last && days.length < 7; ) days.push((day = addDays(day, 1)));
  return days;
}
