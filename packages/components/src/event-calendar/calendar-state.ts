import type { EventOccurrence } from './calendar-api.js';
import { berlinHour, daysOf, weekdayIndex, type DayKey } from './calendar-dates.js';

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
