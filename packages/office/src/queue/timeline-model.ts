/**
 * The room timeline as data: which local days a day or week view covers
 * (weeks from Monday, in the tenant's zone), the requested and confirmed
 * dates of the room in it, and which of them compete (a request that
 * overlaps any other date in the room). Pure functions, so the view only
 * renders and the rules can be read in one place.
 */
import type { StaffBooking } from '@teilhabe/sdk';
import { localDate } from '../shared/booking-format.js';
import { zonedIso } from './change-time.js';

export type TimelineView = 'day' | 'week';

export interface TimelineEntry {
  bookingId: string;
  start: string;
  end: string;
  status: 'requested' | 'confirmed';
  who: string;
  purpose: string;
  /** A request that overlaps another request or a confirmed booking of the room. */
  competing: boolean;
  /** The request the office is deciding. */
  selected: boolean;
}

export interface TimelineDay {
  /** `2027-01-12` */
  date: string;
  confirmed: TimelineEntry[];
  requested: TimelineEntry[];
}

const DAY_MS = 86_400_000;

/** `2027-01-12` plus `n` days; date keys are calendar dates, so UTC arithmetic is exact. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week of a date. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The dates a view shows around `date`. */
export function daysOf(view: TimelineView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, n) => addDays(monday, n));
}

/** The instants the queue is asked for: from the first day's midnight to the midnight after the last, in the tenant's zone. */
export function rangeOf(days: readonly string[]): { from: string; to: string } {
  return { from: zonedIso(days[0]!, '00:00'), to: zonedIso(addDays(days.at(-1)!, 1), '00:00') };
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) => Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

/** Every requested or confirmed date of the bookings, one entry per date of a series, with the competing ones marked. */
export function timelineEntries(bookings: readonly StaffBooking[], selectedId: string | undefined): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const booking of bookings) {
    for (const occurrence of booking.occurrences) {
      if (occurrence.status !== 'requested' && occurrence.status !== 'confirmed') continue;
      entries.push({
        bookingId: booking.id,
        start: occurrence.start,
        end: occurrence.end,
        status: occurrence.status,
        who: booking.requester.organizationName ?? booking.requester.name,
        purpose: booking.purpose,
        competing: false,
        selected: booking.id === selectedId,
      });
    }
  }
  for (const entry of entries) {
    if (entry.status !== 'requested') continue;
    entry.competing = entries.some((other) => other !== entry && other.bookingId !== entry.bookingId && overlaps(entry, other));
  }
  return entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The entries by day, requested and confirmed apart; an entry belongs to the day it starts on. */
export function timelineDays(days: readonly string[], entries: readonly TimelineEntry[]): TimelineDay[] {
  return days.map((date) => {
    const ofDay = entries.filter((entry) => localDate(entry.start) === date);
    return { date, confirmed: ofDay.filter((e) => e.status === 'confirmed'), requested: ofDay.filter((e) => e.status === 'requested') };
  });
}
