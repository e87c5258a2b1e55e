/**
 * A room's week as the widget shows it: per day the opening hours split into
 * free, requested, booked, closed, past and too-soon parts. Pure functions
 * over the availability answer (which never says who booked). Free times lie
 * on the booking grid of quarter hours, as the form's times do.
 */
import type { Availability } from './booking-api.js';
import { addDays, localDateTimeOf, localDatePart, localTimePart, minutesOf, type LocalDate } from '../shared/dates.js';

export type SegmentKind = 'free' | 'requested' | 'booked' | 'closed' | 'too-soon' | 'past';

/** Free times start and end on this grid (minutes). */
export const BOOKING_GRID_MINUTES = 15;

/** A part of a day, in minutes since midnight. */
export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
}

export interface DaySchedule {
  date: LocalDate;
  /** Opening hours of the day in minutes (none: not open, or closed). */
  open: Array<{ start: number; end: number }>;
  segments: Segment[];
  /** The whole day is closed (a closure such as holidays). */
  closedAllDay: boolean;
}

const PRIORITY: Record<SegmentKind, number> = { free: 0, 'too-soon': 1, past: 2, requested: 3, booked: 4, closed: 5 };

/** The part of a zoned interval that falls on `date`, in minutes; `undefined` if none. */
function clipToDay(start: string, end: string, date: LocalDate): { start: number; end: number } | undefined {
  const startDate = localDatePart(start);
  const endDate = localDatePart(end);
  if (startDate > date || endDate < date) return undefined;
  const from = startDate < date ? 0 : minutesOf(localTimePart(start));
  const to = endDate > date ? 24 * 60 : minutesOf(localTimePart(end));
  return to > from ? { start: from, end: to } : undefined;
}

/** A local date and the minutes since its midnight. */
export interface LocalMoment {
  date: LocalDate;
  minutes: number;
}

/**
 * Moves the free segments onto the booking grid: a free time starts at the
 * next quarter hour and ends at the last one; the minutes cut off go to the
 * neighbouring busy part, and a free time shorter than one step disappears.
 */
function snapFreeToGrid(segments: Segment[]): Segment[] {
  const step = BOOKING_GRID_MINUTES;
  const snapped: Segment[] = [];
  for (const [index, segment] of segments.entries()) {
    if (segment.kind !== 'free') {
      const last = snapped[snapped.length - 1];
      if (last && last.kind === segment.kind && last.end >= segment.start) last.end = segment.end;
      else snapped.push({ ...segment });
      continue;
    }
    const previous = snapped[snapped.length - 1];
    const next = segments[index + 1];
    const start = previous && previous.end === segment.start ? Math.ceil(segment.start / step) * step : segment.start;
    const end = next && next.start === segment.end ? Math.floor(segment.end / step) * step : segment.end;
    if (end - start < step) {
      if (previous && previous.end === segment.start) previous.end = Math.max(previous.end, Math.min(segment.end, start));
      continue;
    }
    if (previous && previous.end === segment.start) previous.end = start;
    snapped.push({ start, end, kind: 'free' });
    if (next && next.start === segment.end) next.start = end;
  }
  return snapped;
}

/**
 * The seven days from `monday`. `now` is the present moment and `earliest`
 * the first bookable one (now plus the minimum notice), each as local date
 * and minutes: time before `now` is past, time before `earliest` too soon.
 */
export function weekSchedule(availability: Availability, monday: LocalDate, { now, earliest }: { now: LocalMoment; earliest: LocalMoment }): DaySchedule[] {
  return Array.from({ length: 7 }, (_, index) => {
    const date = addDays(monday, index);
    const open = availability.openingHours
      .filter((hours) => hours.date === date)
      .map((hours) => ({ start: minutesOf(hours.opens), end: minutesOf(hours.closes) }))
      .sort((a, b) => a.start - b.start);
    const busy = availability.busy.flatMap((interval) => {
      const part = clipToDay(interval.start, interval.end, date);
      return part ? [{ ...part, kind: interval.kind as SegmentKind }] : [];
    });
    const closedAllDay = busy.some((part) => part.kind === 'closed' && part.start === 0 && part.end >= 24 * 60);
    if (date < now.date) busy.push({ start: 0, end: 24 * 60, kind: 'past' });
    else if (date === now.date) busy.push({ start: 0, end: now.minutes, kind: 'past' });
    if (date < earliest.date) busy.push({ start: 0, end: 24 * 60, kind: 'too-soon' });
    else if (date === earliest.date) busy.push({ start: 0, end: earliest.minutes, kind: 'too-soon' });

    const segments: Segment[] = [];
    for (const hours of open) {
      const cuts = new Set([hours.start, hours.end]);
      for (const part of busy) {
        if (part.start > hours.start && part.start < hours.end) cuts.add(part.start);
        if (part.end > hours.start && part.end < hours.end) cuts.add(part.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i < points.length - 1; i++) {
        const start = points[i]!;
        const end = points[i + 1]!;
        const kind = busy
          .filter((part) => part.start < end && start < part.end)
          .reduce<SegmentKind>((worst, part) => (PRIORITY[part.kind] > PRIORITY[worst] ? part.kind : worst), 'free');
        const last = segments[segments.length - 1];
        if (last && last.kind === kind && last.end === start) last.end = end;
        else segments.push({ start, end, kind });
      }
    }
    return { date, open, segments: snapFreeToGrid(segments), closedAllDay };
  });
}

/** The earliest and latest opening minute of the week (for the grid's scale), in whole hours. */
export function weekBounds(days: readonly DaySchedule[]): { start: number; end: number } {
  const opens = days.flatMap((day) => day.open);
  if (opens.length === 0) return { start: 8 * 60, end: 22 * 60 };
  const start = Math.min(...opens.map((o) => o.start));
  const end = Math.max(...opens.map((o) => o.end));
  return { start: Math.floor(start / 60) * 60, end: Math.ceil(end / 60) * 60 };
}

/** The week as of now: times before now are past, times inside the room's notice are too soon. */
export function weekScheduleNow(availability: Availability, monday: LocalDate, now = Date.now()): DaySchedule[] {
  const notice = availability.bookingPolicy.minNoticeHours * 3_600_000;
  return weekSchedule(availability, monday, {
    now: localDateTimeOf(new Date(now), availability.timeZone),
    earliest: localDateTimeOf(new Date(now + notice), availability.timeZone),
  });
}

/**
 * A free time as the form's times (minutes of the day): within the time of
 * day searched for (an evening search starts the evening, not the morning),
 * at most two hours and the room's longest booking.
 */
export function slotTimes(segment: Pick<Segment, 'start' | 'end'>, searched: { timeFrom: string; timeTo: string }, maxDurationMinutes: number | undefined): { start: number; end: number } {
  const from = searched.timeFrom ? Math.max(segment.start, minutesOf(searched.timeFrom)) : segment.start;
  const to = searched.timeTo ? Math.min(segment.end, minutesOf(searched.timeTo)) : segment.end;
  const [start, end] = from < to ? [from, to] : [segment.start, segment.end];
  return { start, end: start + Math.min(end - start, 120, maxDurationMinutes ?? 120) };
}
