/**
 * The "abends / am Wochenende" filter for volunteers: an occurrence is in the
 * evening when it is not all-day and starts at 17:00 or later (Berlin time),
 * and at the weekend when any of its days is a Saturday or Sunday. Chosen
 * values are alternatives. The calendar widget uses the same rule.
 */
import { addDays, isoWeekday, localDateOf, localTimeOf } from '../time/zoned.js';

export const EVENING_FROM_HOUR = 17;
export type TimeOfDay = 'evening' | 'weekend';

/** The time zone of every event (the tenant's zone once events carry it). */
const TIME_ZONE = 'Europe/Berlin';

/** One occurrence of an event: its start and end instants. */
export interface TimedOccurrence {
  start: Date;
  end: Date;
}

const hourOf = (instant: Date) => Number(localTimeOf(instant, TIME_ZONE).slice(0, 2));
const berlinDate = (instant: Date) => localDateOf(instant, TIME_ZONE);

export function matchesTimeOfDay(occurrence: TimedOccurrence, allDay: boolean, wanted: readonly TimeOfDay[] | undefined): boolean {
  if (!wanted?.length) return true;
  if (wanted.includes('evening') && !allDay && hourOf(occurrence.start) >= EVENING_FROM_HOUR) return true;
  return wanted.includes('weekend') && daysOf(occurrence).some((date) => isoWeekday(date) >= 6);
}

/** The Berlin calendar days an occurrence touches (at most a week is looked at). */
function daysOf(occurrence: TimedOccurrence): string[] {
  const first = berlinDate(occurrence.start);
  const last = berlinDate(new Date(Math.max(occurrence.start.getTime(), occurrence.end.getTime() - 1)));
  const days = [first];
  for (let day = first; day < last && days.length < 7; ) days.push((day = addDays(day, 1)));
  return days;
}
