/**
 * When a room can be used: opening hours per weekday, closures, and the busy
 * (blocked) times of confirmed bookings. Pure functions over wall-clock rules,
 * shared by the free-room search, availability, booking rules and the
 * alternatives offered on a conflict.
 */
import { addDays, datesBetween, isoWeekday, localDateOf, localTimeOf, zonedInstant, type LocalDate, type LocalTime } from '../../time/zoned.js';
import type { RoomDoc } from './mapping.js';

export interface Interval {
  start: Date;
  end: Date;
}

type ScheduleDoc = Pick<RoomDoc, 'openingHours' | 'closures' | 'bookingPolicy'>;

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

export function closureOn(doc: ScheduleDoc, date: LocalDate) {
  return doc.closures.find((closure) => closure.from <= date && date <= closure.to) ?? null;
}

/** Opening hours of one calendar date (none when closed that day). */
export function openingHoursOn(doc: ScheduleDoc, date: LocalDate): Array<{ opens: LocalTime; closes: LocalTime }> {
  if (closureOn(doc, date)) return [];
  const weekday = isoWeekday(date);
  return doc.openingHours.filter((hours) => hours.weekday === weekday).map(({ opens, closes }) => ({ opens, closes }));
}

export function openIntervalsOn(doc: ScheduleDoc, date: LocalDate, timeZone: string): Interval[] {
  return openingHoursOn(doc, date).map((hours) => ({
    start: zonedInstant(date, hours.opens, timeZone),
    end: zonedInstant(date, hours.closes, timeZone),
  }));
}

/** The time a booking keeps the room from others: its own time plus the buffer after it. */
export function blockedBy(interval: Interval, bufferMinutes: number): Interval {
  return { start: interval.start, end: new Date(interval.end.getTime() + bufferMinutes * 60_000) };
}

export function withinOpeningHours(doc: ScheduleDoc, interval: Interval, timeZone: string): boolean {
  const date = localDateOf(interval.start, timeZone);
  return openIntervalsOn(doc, date, timeZone).some((open) => open.start <= interval.start && interval.end <= open.end);
}

/** Open, not closed, and clear of every confirmed booking (buffers included). */
export function isFree(doc: ScheduleDoc, interval: Interval, busy: readonly Interval[], timeZone: string): boolean {
  if (!withinOpeningHours(doc, interval, timeZone)) return false;
  const wanted = blockedBy(interval, doc.bookingPolicy.bufferMinutes);
  return !busy.some((blocked) => overlaps(blocked, wanted));
}

export interface DailyWindow {
  from: LocalDate;
  to: LocalDate;
  /** Without a time window, any open hour of the day will do. */
  start?: LocalTime | undefined;
  end?: LocalTime | undefined;
  weekdays?: number[] | undefined;
}

/** The dates of the window on which the room is free for the whole daily time window. */
export function freeDates(doc: ScheduleDoc, window: DailyWindow, busy: readonly Interval[], timeZone: string): LocalDate[] {
  return datesBetween(window.from, window.to)
    .filter((date) => !window.weekdays?.length || window.weekdays.includes(isoWeekday(date)))
    .filter((date) => {
      if (window.start || window.end) {
        const interval = { start: zonedInstant(date, window.start ?? '00:00', timeZone), end: zonedInstant(date, window.end ?? '24:00', timeZone) };
        if (window.start && !window.end) {
          // "ab 18 Uhr": from the start until the room closes that day.
          const open = openIntervalsOn(doc, date, timeZone).find((o) => o.start <= interval.start && interval.start < o.end);
          if (!open) return false;
          interval.end = open.end;
        }
        return isFree(doc, interval, busy, timeZone);
      }
      return openIntervalsOn(doc, date, timeZone).some((open) => !busy.some((blocked) => blocked.start <= open.start && open.end <= blocked.end));
    });
}

/**
 * Free times of the same length near a wanted one: later and earlier the same
 * day, then the same time on the following days. Used to answer a conflict.
 */
export function nearestFreeIntervals(
  doc: ScheduleDoc,
  wanted: Interval,
  busy: readonly Interval[],
  timeZone: string,
  options: { max: number; notBefore: Date; notAfter: Date },
): Interval[] {
  const duration = wanted.end.getTime() - wanted.start.getTime();
  const found: Interval[] = [];
  const consider = (start: Date) => {
    const candidate = { start, end: new Date(start.getTime() + duration) };
    if (candidate.start < options.notBefore || candidate.end > options.notAfter) return;
    if (found.some((f) => f.start.getTime() === candidate.start.getTime())) return;
    if (isFree(doc, candidate, busy, timeZone)) found.push(candidate);
  };
  const halfHour = 30 * 60_000;
  for (let step = 1; step <= 24 && found.length < options.max; step += 1) {
    consider(new Date(wanted.start.getTime() + step * halfHour));
    consider(new Date(wanted.start.getTime() - step * halfHour));
  }
  const date = localDateOf(wanted.start, timeZone);
  const time = localTimeOf(wanted.start, timeZone);
  for (let day = 1; day <= 14 && found.length < options.max; day += 1) {
    consider(zonedInstant(addDays(date, day), time, timeZone));
  }
  return found.sort((a, b) => Math.abs(a.start.getTime() - wanted.start.getTime()) - Math.abs(b.start.getTime() - wanted.start.getTime())).slice(0, options.max);
}
