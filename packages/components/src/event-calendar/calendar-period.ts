/**
 * The shown period in the current view: the month grid (with the opened
 * day's panel), the week's days, or the list with "show more"; its title,
 * its status line, and the empty state with a way out (remove the filters,
 * or move on a period).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { addDays } from '../shared/dates.js';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { showMore } from '../shared/show-more.js';
import { clearFiltersAction, emptyState, errorState, loadStatusText, skeleton } from '../shared/status.js';
import { monthWeeks, type DayKey } from './calendar-dates.js';
import { periodOf, type CalendarView, type PlacedOccurrence } from './calendar-state.js';
import { dayList, dayPanel, type DayListContext } from './calendar-views.js';
import { formatDayLong, formatDayShort, formatMonth } from './event-labels.js';
import { eventCount, monthGrid } from './month-grid.js';

/** Events per "show more" step of the list view. */
const LIST_PAGE = 50;
/** Events per "show more" step in a narrow widget (a sidebar): a month's 90 events would make it metres long. */
const NARROW_LIST_PAGE = 10;

export interface PeriodContext extends DayListContext {
  view: CalendarView;
  focusDay: DayKey;
  selectedDay: DayKey | undefined;
  status: FetchStatus;
  /** The occurrences after the time-of-day filter, and by day. */
  visible: readonly PlacedOccurrence[];
  days: Map<DayKey, PlacedOccurrence[]>;
  maxPerDay: number;
  narrow: boolean;
  /** Pages of the list view drawn so far. */
  listPages: number;
  /** The reader searched or filtered (the empty state then offers to remove it). */
  filtered: boolean;
  onKeyDown: (event: KeyboardEvent) => void;
  onOpenDay: (day: DayKey) => void;
  onCloseDay: () => void;
  onRetry: () => void;
  onClearFilters: () => void;
  onNextPeriod: () => void;
  onMore: () => void;
}

/** "März 2026", or in the week view "Woche vom 2. März bis Sonntag, 8. März 2026". */
export function periodTitle(view: CalendarView, focusDay: DayKey, locale: string): string {
  if (view === 'week') {
    const [first, last] = periodOf(view, focusDay);
    return msg(str`Woche vom ${formatDayShort(first, locale)} bis ${formatDayLong(last, locale)}`, { id: 'calendar.week-title' });
  }
  return formatMonth(focusDay, locale);
}

/** The announced status line: loading, failed, or the period with its count. */
export function periodStatus(status: FetchStatus, title: string, count: number, locale: string): string {
  return loadStatusText(status, {
    loading: () => msg('Veranstaltungen werden geladen …', { id: 'calendar.loading' }),
    success: () => `${title}: ${eventCount(count, locale)}`,
  });
}

function emptyPeriod(context: PeriodContext): TemplateResult {
  const title = msg('In diesem Zeitraum gibt es keine passenden Veranstaltungen.', { id: 'calendar.empty.title' });
  if (context.filtered) {
    return emptyState({ title, hint: msg('Entfernen Sie Filter oder sehen Sie sich einen anderen Monat an.', { id: 'calendar.empty.hint-filters' }), action: clearFiltersAction(context.onClearFilters) });
  }
  return emptyState({
    title,
    hint: msg('Sehen Sie sich den nächsten Monat an.', { id: 'calendar.empty.hint' }),
    action: {
      label: context.view === 'week' ? msg('Nächste Woche', { id: 'calendar.next-week' }) : msg('Nächster Monat', { id: 'calendar.next-month' }),
      onClick: context.onNextPeriod,
    },
  });
}

function monthPeriod(context: PeriodContext, loading: boolean): TemplateResult {
  const { focusDay, selectedDay, days, visible } = context;
  return html`${monthGrid({
      ...context,
      weeks: monthWeeks(focusDay),
      month: focusDay,
      days: loading ? new Map() : days,
      maxPerDay: Math.max(1, Math.round(context.maxPerDay) || 3),
      busy: loading,
    })}
    ${!loading && visible.length === 0 ? emptyPeriod(context) : nothing} ${selectedDay && context.status === 'success' ? dayPanel(selectedDay, days.get(selectedDay) ?? [], context, context.onCloseDay) : nothing}`;
}

export function periodView(context: PeriodContext): TemplateResult {
  const { status, visible, days } = context;
  if (status === 'error' || status === 'offline') return errorState(status === 'offline', context.onRetry);
  const loading = status === 'loading' || status === 'idle';
  if (context.view === 'month') return monthPeriod(context, loading);
  if (loading) return skeleton(3);
  if (visible.length === 0) return emptyPeriod(context);
  const [first, last] = periodOf(context.view, context.focusDay);
  const allDays: DayKey[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) allDays.push(day);
  if (context.view === 'week') return dayList(allDays, days, 'week', 400, context);
  const limit = context.listPages * (context.narrow ? NARROW_LIST_PAGE : LIST_PAGE);
  const shownCount = Math.min(limit, visible.length);
  return html`${dayList(allDays, days, 'agenda', limit, context)}
    ${visible.length > shownCount
      ? showMore({
          shown: shownCount,
          total: visible.length,
          uiLocale: context.uiLocale,
          label: msg('Weitere Veranstaltungen anzeigen', { id: 'calendar.more' }),
          onMore: context.onMore,
        })
      : nothing}`;
}
