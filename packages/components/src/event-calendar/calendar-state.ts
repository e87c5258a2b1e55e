import type { EventFilters, EventOccurrence } from './calendar-api.js';
import { addDays } from '../shared/dates.js';
import { addMonths, berlinHour, daysOf, monthWeeks, startOfMonth, startOfWeek, weekdayIndex, type DayKey } from './calendar-dates.js';

/** Filters the API applies, by their query parameter. */
export const API_FILTER_KEYS = ['topic', 'language', 'organizer', 'area', 'format'] as const;
export type ApiFilterKey = (typeof API_FILTER_KEYS)[number];
/** Every filter dimension: the API's, "kostenlos", and the time of day (applied in the browser). */
export const FILTER_KEYS = [...API_FILTER_KEYS, 'free', 'time'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string[]>;

/** Which taxonomy labels each taxonomy-backed filter. */
export const TAXONOMY_OF: Partial<Record<FilterKey, 'topics' | 'event-formats' | 'areas'>> = {
  topic: 'topics',
  format: 'event-formats',
  area: 'areas',
};

export type CalendarView = 'month' | 'week' | 'list';
export const VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

export function emptyFilters(): Filters {
  return { topic: [], language: [], organizer: [], area: [], format: [], free: [], time: [] };
}

/** An occurrence with the figures the views need, computed once per load. */
export interface PlacedOccurrence {
  occurrence: EventOccurrence;
  start: number;
  end: number;
  days: DayKey[];
  evening: boolean;
  weekend: boolean;
}

export function place(occurrence: EventOccurrence): PlacedOccurrence {
  const start = Date.parse(occurrence.start);
  const end = Date.parse(occurrence.end);
  const days = daysOf(start, end);
  return {
    occurrence,
    start,
    end,
    days,
    evening: !occurrence.allDay && berlinHour(start) >= 17,
    weekend: days.some((day) => weekdayIndex(day) >= 5),
  };
}

/** The time-of-day filter: any chosen value may hold (evening or weekend). */
export function matchesTime(placed: PlacedOccurrence, time: readonly string[]): boolean {
  if (time.length === 0) return true;
  return (time.includes('evening') && placed.evening) || (time.includes('weekend') && placed.weekend);
}

/** Occurrences by day (a multi-day one on each of its days), in start order. */
export function byDay(list: readonly PlacedOccurrence[]): Map<DayKey, PlacedOccurrence[]> {
  const days = new Map<DayKey, PlacedOccurrence[]>();
  for (const placed of list) {
    for (const day of placed.days) {
      let entries = days.get(day);
      if (!entries) days.set(day, (entries = []));
      entries.push(placed);
    }
  }
  return days;
}

/** The days a view shows, first and last: the month grid's whole weeks, the list's month, the week. */
export function periodOf(view: CalendarView, focusDay: DayKey): [DayKey, DayKey] {
  if (view === 'week') {
    const monday = startOfWeek(focusDay);
    return [monday, addDays(monday, 6)];
  }
  if (view === 'list') {
    const first = startOfMonth(focusDay);
    return [first, addDays(addMonths(first, 1), -1)];
  }
  const weeks = monthWeeks(focusDay);
  return [weeks[0]![0]!, weeks[weeks.length - 1]![6]!];
}

/**
 * The loaded occurrences after the time-of-day filter (applied in the
 * browser), and by day. Recomputed only when the data or that filter change,
 * so a re-render for a focus move costs nothing.
 */
export class TimeOfDayView {
  private source: readonly PlacedOccurrence[] | undefined;
  private time = '';
  visible: PlacedOccurrence[] = [];
  days = new Map<DayKey, PlacedOccurrence[]>();

  of(source: readonly PlacedOccurrence[] | undefined, time: readonly string[]): this {
    const key = time.join(',');
    if (this.source !== source || this.time !== key) {
      this.source = source;
      this.time = key;
      this.visible = (source ?? []).filter((placed) => matchesTime(placed, time));
      this.days = byDay(this.visible);
    }
    return this;
  }
}

/** The filters the API applies: a preset wins over the reader's choice of the same dimension; the time of day is left to the browser. */
export function eventFilters(presets: Filters, chosen: Filters, q: string): EventFilters {
  const filters: EventFilters = {};
  for (const key of API_FILTER_KEYS) {
    const values = presets[key].length > 0 ? presets[key] : chosen[key];
    if (values.length > 0) filters[key] = values;
  }
  if (chosen.free.includes('true')) filters.free = 'true';
  if (q.trim()) filters.q = q.trim();
  return filters;
}
