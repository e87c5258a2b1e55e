/**
 * The rules of a room, checked before a request is stored, with a reason for
 * each broken one so the widget can explain it: notice, advance, duration,
 * opening hours, closures and the number of people.
 */
import { localDateOf } from '../../time/zoned.js';
import type { RoomDoc } from '../rooms/mapping.js';
import { closureOn, withinOpeningHours, type Interval } from '../rooms/schedule.js';

export interface RuleViolation {
  rule: 'min-notice' | 'max-advance' | 'max-duration' | 'opening-hours' | 'closure' | 'max-attendees';
  /** The date it concerns (for series), or absent for the whole request. */
  date?: string;
  field: 'start' | 'end' | 'expectedAttendees';
  message: string;
}

const HOUR = 3_600_000;

export function checkBookingRules(
  room: Pick<RoomDoc, 'openingHours' | 'closures' | 'bookingPolicy' | 'capacity'>,
  occurrences: readonly Interval[],
  expectedAttendees: number,
  now: Date,
  timeZone: string,
): RuleViolation[] {
  const policy = room.bookingPolicy;
  const violations: RuleViolation[] = [];
  const maxAttendees = Math.min(policy.maxAttendees ?? room.capacity, room.capacity);
  if (expectedAttendees > maxAttendees) {
    violations.push({ rule: 'max-attendees', field: 'expectedAttendees', message: `The room holds at most ${maxAttendees} people.` });
  }
  for (const [index, occurrence] of occurrences.entries()) {
    const date = localDateOf(occurrence.start, timeZone);
    const at = (v: Omit<RuleViolation, 'date'>) => violations.push(occurrences.length > 1 ? { ...v, date } : v);
    const minutes = (occurrence.end.getTime() - occurrence.start.getTime()) / 60_000;
    if (index === 0 && minutes > policy.maxDurationMinutes) {
      at({ rule: 'max-duration', field: 'end', message: `A booking may last at most ${policy.maxDurationMinutes / 60} hours.` });
    }
    if (occurrence.start.getTime() - now.getTime() < policy.minNoticeHours * HOUR) {
      at({ rule: 'min-notice', field: 'start', message: `Ask at least ${policy.minNoticeHours} hours ahead.` });
    }
    if (occurrence.start.getTime() - now.getTime() > policy.maxAdvanceDays * 24 * HOUR) {
      at({ rule: 'max-advance', field: 'start', message: `Ask at most ${policy.maxAdvanceDays} days ahead.` });
    }
    if (closureOn(room, date)) {
      at({ rule: 'closure', field: 'start', message: `The room is closed on ${date}.` });
    } else if (!withinOpeningHours(room, occurrence, timeZone)) {
      at({ rule: 'opening-hours', field: 'start', message: `The time on ${date} is outside the opening hours.` });
    }
  }
  return violations;
}
