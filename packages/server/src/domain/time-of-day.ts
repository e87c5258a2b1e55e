/**
 * The "abends / am Wochenende" filter for volunteers: an occurrence is in the
 * evening when it is not all-day and starts at 17:00 or later (local time),
 * and at the weekend when any of its days is a Saturday or Sunday. Chosen
 * values are alternatives. The calendar widget uses the same rule.
 */
import { addDays, isoWeekday, localDateOf, localTimeOf } from '../time/zoned.js';

export const EVENING_FROM_HOUR = 17;
export type TimeOfDay = 'evening' | 'weekend';

/** One occurrence of an event: its start and end instants. */
export interface TimedOccurrence {
  start: Date;
  end: Date;
}

/** `timeZone` is the tenant's: evening and weekend are read on its clock. */
export function matchesTimeOfDay(occurrence: TimedOccurrence, allDay: boolean, wanted: readonly TimeOfDay[] | undefined, timeZone: string): boolean {
  if (!wanted?.length) return true;
  const hour = Number(localTimeOf(occurrence.start, timeZone).slice(0, 2));
  if (wanted.includes('evening') && !allDay && hour >= EVENING_FROM_HOUR) return true;
  return wanted.includes('weekend') && daysOf(occurrence, timeZone).some((date) => isoWeekday(date) >= 6);
}

/** The local calendar days an occurrence touches (at most a week is looked at). */
function daysOf(occurrence: TimedOccurrence, timeZone: string): string[] {
  const localDate = (instant: Date) => localDateOf(instant, timeZone);
  const first = localDate(occurrence.start);
  const last = localDate(new Date(Math.max(occurrence.start.getTime(), occurrence.end.getTime() - 1)));
  const days = [first];
  for (let day = first; day < last && days.length < 7; ) days.push((day = addDays(day, 1)));
  return days;
}
