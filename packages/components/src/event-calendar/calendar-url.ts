/**
 * The calendar's part of the page URL: search and filters, the view and the
 * day the reader moved to (only once they chose them, so a link without them
 * follows the widget's width and today), and the open event.
 */
import type { FilterState } from '../shared/url-state.js';
import { isDayKey, type DayKey } from './calendar-dates.js';
import { FILTER_KEYS, VIEWS, type CalendarView } from './calendar-state.js';

export const URL_KEYS = ['q', ...FILTER_KEYS, 'view', 'date', 'event'] as const;

/** An occurrence opened in the dialog; `end` is unknown when it was opened from a link. */
export interface OpenOccurrence {
  occurrenceId: string;
  eventId: string;
  start: string;
  end: string | undefined;
}

/** What the reader chose beyond search and filters. */
export interface CalendarPlace {
  view: CalendarView | undefined;
  date: DayKey | undefined;
  occurrenceId: string | undefined;
}

export function placeToUrl({ view, date, occurrenceId }: CalendarPlace): FilterState {
  return { view: view ? [view] : [], date: date ? [date] : [], event: occurrenceId ? [occurrenceId] : [] };
}

/** The view, day and event of a URL; unknown views and malformed days are dropped. */
export function placeFromUrl(saved: FilterState): CalendarPlace {
  const view = saved['view']?.[0] as CalendarView | undefined;
  const date = saved['date']?.[0];
  return { view: view && VIEWS.includes(view) ? view : undefined, date: isDayKey(date) ? date : undefined, occurrenceId: saved['event']?.[0] };
}

/** An occurrence id from a link (`eventId@start`) as an occurrence to open, or `undefined` when it is malformed. */
export function occurrenceOfId(occurrenceId: string): OpenOccurrence | undefined {
  const [eventId = '', start = ''] = occurrenceId.split('@');
  return eventId && !Number.isNaN(Date.parse(start)) ? { occurrenceId, eventId, start, end: undefined } : undefined;
}
