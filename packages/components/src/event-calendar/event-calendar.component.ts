import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { detailDialogStyles } from '../shared/detail-dialog.styles.js';
import { parseCodes } from '../shared/codes.js';
import { debounce } from '../shared/debounce.js';
import { DetailDialogController, detailDialog } from '../shared/detail-dialog.js';
import { filterChips, focusNextChipOrSearch, type ActiveFilter } from '../shared/filter-chips.js';
import { FilterSelectionController } from '../shared/filter-selection.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { safeUrl } from '../shared/safe-url.js';
import { searchField } from '../shared/search-field.js';
import { showMore } from '../shared/show-more.js';
import { clearFiltersAction, emptyState, errorState, skeleton } from '../shared/status.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import type { FilterState } from '../shared/url-state.js';
import { WidgetElement } from '../shared/widget-element.js';
import type { NavigateEventDetail } from '../shared/widget-events.js';
import { tokens } from '../theme/tokens.styles.js';
import { createEventCalendarApi, type CalendarTaxonomy, type Event, type EventCalendarApi, type EventFilters } from './calendar-api.js';
import { addDays } from '../shared/dates.js';
import {
  addMonths,
  berlinMidnight,
  isDayKey,
  monthWeeks,
  startOfMonth,
  startOfWeek,
  today,
  dayForKey,
  type DayKey,
} from './calendar-dates.js';
import {
  API_FILTER_KEYS,
  FILTER_KEYS,
  TAXONOMY_OF,
  VIEWS,
  byDay,
  matchesTime,
  place,
  type CalendarView,
  type FilterKey,
  type Filters,
  type PlacedOccurrence,
} from './calendar-state.js';
import { calendarFilters } from './calendar-filters.js';
import { eventDetail } from './event-detail.js';
import type { ItemContext } from './event-item.js';
import { builtInLabel, formatDayLong, formatDayShort, formatMonth } from './event-labels.js';
import { calendarToolbar, dayList, dayPanel, subscribePanel, type DayListContext } from './calendar-views.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { writeJsonLd } from './json-ld.js';
import { eventCount, monthGrid } from './month-grid.js';

const URL_KEYS = ['q', ...FILTER_KEYS, 'view', 'date', 'event'] as const;
/** Below this width (px) the list is the default view. */
const NARROW = 600;
/** Occurrences loaded for one window at most (50 pages of 100). */
const MAX_OCCURRENCES = 5_000;
const LIST_PAGE = 50;
/** Events per "show more" step in a narrow widget (a sidebar): a month's 90 events would make it metres long. */
const NARROW_LIST_PAGE = 10;

/** Detail of `tk-navigate`: the reader follows an organiser to the directory (`from`: the event's id). */
export type CalendarNavigateEventDetail = NavigateEventDetail;
/** Detail of `tk-select`: the occurrence the reader opened. */
export interface CalendarSelectEventDetail {
  occurrenceId: string;
  eventId: string;
}

interface CalendarEvents {
  [name: string]: unknown;
  'tk-select': CalendarSelectEventDetail;
  'tk-navigate': CalendarNavigateEventDetail;
  'tk-filter-change': { q: string; filters: Filters };
}

type OpenOccurrence = { occurrenceId: string; eventId: string; start: string; end: string | undefined };

/**
 * @summary A calendar of the events of a municipality or district and its migrant organisations: month, week and list views, filters, details, calendar feeds.
 *
 * @attr topic - Preset: only events with one of these topic codes (comma-separated). Its filter is hidden.
 * @attr organizer - Preset: only events of these organisations (ids, comma-separated; `office` for municipal offices).
 * @attr language - Preset: only events in one of these languages (ISO codes).
 * @attr area - Preset: only events in one of these areas.
 * @attr format - Preset: only events of these formats (codes of `event-formats`).
 * @attr view - `month`, `week` or `list`. Without it: the month, or the list when the widget is narrower than 600 px.
 * @attr initial-date - The day to show first (`YYYY-MM-DD`); default today.
 * @attr max-per-day - Events shown in a month cell before "+k weitere" (default 3).
 * @attr organizer-href - Link template of an organiser with `{id}`, e.g. `/verzeichnis?tk-org={id}`. Without it organisers are not linked.
 * @attr url-prefix - Prefix of the URL parameters (default `tk-cal-`). `url-state` covers view, date, filters and the open event; the attributes every widget has are documented on `WidgetElement` (shared/widget-element.ts).
 *
 * @fires tk-select - The reader opens an event. `detail: { occurrenceId, eventId }`. Cancelable: `preventDefault()` to show your own page instead of the dialog.
 * @fires tk-navigate - The reader follows an organiser link. `detail: { id, name, from }` (organisation id, its name, the event's id). Cancelable: `preventDefault()` and route to your directory yourself.
 * @fires tk-filter-change - Search or filters changed (only then, not when the period or view moves). `detail: { q, filters }`.
 *
 * @slot heading - Replaces the default heading ("Veranstaltungen").
 * @slot intro - Text below the heading.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart toolbar - Period navigation and view switch.
 * @csspart filters - The filter panel.
 * @csspart chips - The active filters.
 * @csspart chip - One removable active filter.
 * @csspart status - The announced period and count.
 * @csspart month-grid - The month table.
 * @csspart day - A day cell (also `today`, `selected-day`).
 * @csspart event-chip - An event in a month cell.
 * @csspart event-item - An event in the week, list and day views.
 * @csspart status-badge - "Abgesagt" / "Verschoben".
 * @csspart day-panel - The events of the opened day.
 * @csspart dialog - The detail dialog.
 * @csspart subscribe - "Kalender abonnieren".
 * @csspart state - Empty, error and offline messages.
 * @csspart button - Buttons.
 * @csspart fallback-hint - The hint on a text shown in another language.
 *
 */
@localized()
export class TkEventCalendar extends WidgetElement<EventCalendarApi, CalendarEvents> {
  static override styles = [tokens, baseStyles, widgetFrameStyles, filterPanelStyles, detailDialogStyles, eventCalendarStyles];

  /** Preset topic codes (comma-separated). */
  @property() topic = '';
  /** Preset organiser ids (comma-separated; `office` for municipal offices). */
  @property() organizer = '';
  /** Preset language codes (comma-separated). */
  @property() language = '';
  /** Preset area codes (comma-separated). */
  @property() area = '';
  /** Preset format codes (comma-separated). */
  @property() format = '';
  /** `month`, `week` or `list`; empty = month, or list on narrow widths. */
  @property() view: CalendarView | '' = '';
  /** The day to show first, `YYYY-MM-DD`. */
  @property({ attribute: 'initial-date' }) initialDate = '';
  /** Events per month cell before "+k weitere". */
  @property({ type: Number, attribute: 'max-per-day' }) maxPerDay = 3;
  /** Link template of an organiser with `{id}`. */
  @property({ attribute: 'organizer-href' }) organizerHref = '';
  override urlPrefix = 'tk-cal-';

  @state() private currentView: CalendarView = 'month';
  @state() private focusDay: DayKey = today();
  @state() private selectedDay: DayKey | undefined;
  @state() private searchText = '';
  @state() private openOccurrence: OpenOccurrence | undefined;
  /** Pages of the list view drawn so far ("Weitere Veranstaltungen anzeigen" adds one). */
  @state() private listPages = 1;

  protected readonly taxonomies: readonly CalendarTaxonomy[] = ['topics', 'event-formats', 'areas'];
  private readonly filterSelection = new FilterSelectionController(this, FILTER_KEYS);
  private readonly url = new UrlStateController(this, URL_KEYS, (saved) => {
    this.restore(saved);
    this.requestUpdate();
  });
  private readonly dialog = new DetailDialogController(this);
  private readonly occurrences = this.fetcher<PlacedOccurrence[]>();
  private readonly detail = this.fetcher<Event>();
  private loadedKey = '';
  private viewFromUrl: CalendarView | undefined;
  private dateFromUrl: DayKey | undefined;
  private knownOrganizers = new Map<string, string>();
  private knownLanguages = new Set<string>();
  private readonly width = new NarrowController(this, NARROW);
  private readonly debouncedSearch = debounce(() => this.applySearch(), 300);
  /** Memo of the last filtered list and its days, so re-renders (focus moves) cost nothing. */
  private memo: { source: PlacedOccurrence[] | undefined; time: string; visible: PlacedOccurrence[]; days: Map<DayKey, PlacedOccurrence[]> } = {
    source: undefined,
    time: '',
    visible: [],
    days: new Map(),
  };

  protected createApi(baseUrl: string, tenant: string): EventCalendarApi {
    return createEventCalendarApi(baseUrl, tenant);
  }

  private get filters(): Filters {
    return this.filterSelection.selected;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.url.read();
    if (saved) this.restore(saved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.debouncedSearch.cancel();
  }

  /** Loads the shown period again. */
  refresh(): void {
    this.loadedKey = '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('initialDate') && isDayKey(this.initialDate) && !this.dateFromUrl) this.focusDay = this.initialDate;
    this.currentView = this.resolveView();
    const client = this.client();
    if (!client) return;
    const key = this.loadKey();
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(client);
    }
  }

  protected override updated(): void {
    const visible = this.occurrences.status === 'success' ? this.visibleOccurrences().visible : [];
    if (this.occurrences.status !== 'loading') writeJsonLd(this, visible.map((placed) => placed.occurrence));
  }

  private resolveView(): CalendarView {
    const explicit = this.viewFromUrl ?? (VIEWS.includes(this.view as CalendarView) ? (this.view as CalendarView) : undefined);
    return explicit ?? (this.width.narrow ? 'list' : 'month');
  }

  private focusCell(): void {
    this.focusAfterUpdate.request(() => this.$(`#day-${this.focusDay}`));
  }

  private presets(): Filters {
    return {
      ...this.filterSelection.empty(),
      topic: parseCodes(this.topic),
      organizer: parseCodes(this.organizer),
      language: parseCodes(this.language),
      area: parseCodes(this.area),
      format: parseCodes(this.format),
    };
  }

  /** The API filters: a preset wins over the reader's choice of the same dimension. */
  private apiFilters(): EventFilters {
    const presets = this.presets();
    const codes = (key: FilterKey) => (presets[key].length > 0 ? presets[key] : this.filters[key]);
    const filters: EventFilters = {};
    for (const key of API_FILTER_KEYS) {
      const values = codes(key);
      if (values.length > 0) filters[key] = values;
    }
    if (this.filters.free.includes('true')) filters.free = 'true';
    const q = this.searchText.trim();
    if (q) filters.q = q;
    return filters;
  }

  /** The days the current view shows: [first, last]. */
  private period(): [DayKey, DayKey] {
    if (this.currentView === 'week') {
      const monday = startOfWeek(this.focusDay);
      return [monday, addDays(monday, 6)];
    }
    if (this.currentView === 'list') {
      const first = startOfMonth(this.focusDay);
      return [first, addDays(addMonths(first, 1), -1)];
    }
    const weeks = monthWeeks(this.focusDay);
    return [weeks[0]![0]!, weeks[weeks.length - 1]![6]!];
  }

  private loadKey(): string {
    const [first, last] = this.period();
    return JSON.stringify([first, last, this.apiFilters(), this.contentLocale]);
  }

  private async load(api: EventCalendarApi): Promise<void> {
    const [first, last] = this.period();
    const window = { from: new Date(berlinMidnight(first)).toISOString(), to: new Date(berlinMidnight(addDays(last, 1))).toISOString() };
    const filters = this.apiFilters();
    const locale = this.contentLocale;
    this.listPages = 1;
    await this.occurrences.run(async (signal) => {
      const list = await api.listOccurrences(filters, window, { locale, signal, max: MAX_OCCURRENCES });
      signal.throwIfAborted();
      for (const occurrence of list) {
        for (const organizer of occurrence.organizers) {
          if (organizer.kind === 'organization') this.knownOrganizers.set(organizer.id, organizer.name);
        }
        for (const language of occurrence.languages) this.knownLanguages.add(language);
      }
      return list.map(place);
    });
  }

  protected localeChanged(): void {
    this.requestUpdate();
    if (this.openOccurrence) void this.loadDetail(false);
  }

  /** Occurrences after the time-of-day filter, and by day; recomputed only when the data or that filter change. */
  private visibleOccurrences(): { visible: PlacedOccurrence[]; days: Map<DayKey, PlacedOccurrence[]> } {
    const source = this.occurrences.value;
    const time = this.filters.time.join(',');
    if (this.memo.source !== source || this.memo.time !== time) {
      const visible = (source ?? []).filter((placed) => matchesTime(placed, this.filters.time));
      this.memo = { source, time, visible, days: byDay(visible) };
    }
    return this.memo;
  }

  // ── Navigation ────────────────────────────────────────────────────────

  private setView(view: CalendarView): void {
    this.viewFromUrl = view;
    this.selectedDay = undefined;
    this.writeUrl(true);
    this.requestUpdate();
  }

  private movePeriod(step: number): void {
    this.focusDay = this.currentView === 'week' ? addDays(this.focusDay, 7 * step) : startOfMonth(addMonths(this.focusDay, step));
    this.selectedDay = undefined;
    this.dateFromUrl = this.focusDay;
    this.writeUrl(false);
  }

  private goToday(): void {
    this.focusDay = today();
    this.selectedDay = undefined;
    this.dateFromUrl = this.focusDay;
    this.writeUrl(false);
  }

  private onGridKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openDay(this.focusDay);
      return;
    }
    const next = dayForKey(this.focusDay, event, directionOf(activeUiLocale()) === 'rtl');
    if (!next) return;
    event.preventDefault();
    this.focusDay = next;
    this.dateFromUrl = next;
    this.focusCell();
    this.writeUrl(false);
  }

  private openDay(day: DayKey): void {
    this.focusDay = day;
    this.selectedDay = day;
    this.focusAfterUpdate.request('#day-panel-title');
    this.writeUrl(false);
  }

  private closeDay(): void {
    this.selectedDay = undefined;
    this.focusCell();
  }

  // ── Filters and URL ───────────────────────────────────────────────────

  private onSearchInput(value: string): void {
    this.searchText = value;
    this.debouncedSearch();
  }

  private applySearch(): void {
    this.changed(false);
    this.requestUpdate();
  }

  private toggleFilter(key: FilterKey, code: string, checked: boolean): void {
    this.filterSelection.toggle(key, code, checked);
    this.filtersChanged();
  }

  private removeFilter(filter: ActiveFilter): void {
    this.toggleFilter(filter.key as FilterKey, filter.code, false);
    void this.updateComplete.then(() => focusNextChipOrSearch(this.renderRoot));
  }

  private clearFilters(): void {
    this.filterSelection.clear();
    this.searchText = '';
    this.filtersChanged();
    this.focusAfterUpdate.request('input[type="search"]');
  }

  private filtersChanged(): void {
    this.debouncedSearch.cancel();
    this.selectedDay = undefined;
    this.changed(true);
  }

  /** The search or the filters changed: the URL follows and the page hears of it. */
  private changed(push: boolean): void {
    this.writeUrl(push);
    this.emit('tk-filter-change', { q: this.searchText, filters: this.filters });
  }

  private writeUrl(push: boolean): void {
    this.url.write(
      {
        q: this.searchText ? [this.searchText] : [],
        ...this.filters,
        view: this.viewFromUrl ? [this.viewFromUrl] : [],
        date: this.dateFromUrl ? [this.dateFromUrl] : [],
        event: this.openOccurrence ? [this.openOccurrence.occurrenceId] : [],
      },
      push,
    );
  }

  private restore(saved: FilterState): void {
    this.searchText = saved['q']?.join(',') ?? '';
    this.filterSelection.restore(saved);
    const view = saved['view']?.[0] as CalendarView | undefined;
    this.viewFromUrl = view && VIEWS.includes(view) ? view : undefined;
    const date = saved['date']?.[0];
    this.dateFromUrl = isDayKey(date) ? date : undefined;
    if (this.dateFromUrl) this.focusDay = this.dateFromUrl;
    const occurrenceId = saved['event']?.[0];
    if (occurrenceId && occurrenceId !== this.openOccurrence?.occurrenceId) {
      const [eventId = '', start = ''] = occurrenceId.split('@');
      if (eventId && !Number.isNaN(Date.parse(start))) void this.openEvent({ occurrenceId, eventId, start, end: undefined }, undefined, false);
    } else if (!occurrenceId && this.openOccurrence) this.closeEvent(false);
  }

  // ── Detail dialog ─────────────────────────────────────────────────────

  private selectOccurrence(placed: PlacedOccurrence, opener: HTMLElement): void {
    const { occurrence } = placed;
    if (!this.emit('tk-select', { occurrenceId: occurrence.occurrenceId, eventId: occurrence.eventId }, { cancelable: true })) return;
    const openerId = opener.closest('.day-panel, .week, .agenda') ? occurrence.occurrenceId : undefined;
    void this.openEvent(
      { occurrenceId: occurrence.occurrenceId, eventId: occurrence.eventId, start: occurrence.start, end: occurrence.end },
      openerId ?? `cell:${this.focusDay}`,
      true,
    );
  }

  private async openEvent(target: OpenOccurrence, opener: string | undefined, push: boolean): Promise<void> {
    this.openOccurrence = target;
    if (push) this.writeUrl(true);
    await this.dialog.show(() =>
      opener?.startsWith('cell:')
        ? this.$(`#day-${CSS.escape(opener.slice(5))}`)
        : opener
          ? this.$(`.event-open[data-occurrence="${CSS.escape(opener)}"]`)
          : null,
    );
    await this.loadDetail(true);
  }

  private async loadDetail(focusTitle: boolean): Promise<void> {
    const api = this.client();
    const target = this.openOccurrence;
    if (!api || !target) return;
    const locale = this.contentLocale;
    await this.detail.run((signal) => api.getEvent(target.eventId, { locale, signal }));
    if (focusTitle) this.focusAfterUpdate.request('#detail-title');
  }

  private closeEvent(push: boolean): void {
    if (!this.openOccurrence) return;
    this.openOccurrence = undefined;
    this.detail.abort();
    if (push) this.writeUrl(true);
    this.dialog.close(() => this.$('.period-nav button'));
  }

  private organizerLink(id: string): string | undefined {
    if (!this.organizerHref) return undefined;
    try {
      return safeUrl(new URL(this.organizerHref.replace('{id}', encodeURIComponent(id)), location.href).href);
    } catch {
      return undefined;
    }
  }

  private navigateToOrganizer(id: string, name: string, event: MouseEvent): void {
    if (!this.emit('tk-navigate', { id, name, from: this.openOccurrence?.eventId ?? '' }, { cancelable: true })) event.preventDefault();
  }

  // ── Rendering ─────────────────────────────────────────────────────────

  private codeLabel(key: FilterKey, code: string): { label: string; lang?: string | undefined } {
    const builtIn = builtInLabel(key, code);
    if (builtIn) return { label: builtIn };
    if (key === 'language') return this.labels.label('languages', code);
    if (key === 'organizer') return { label: this.knownOrganizers.get(code) ?? code };
    return this.labels.label(TAXONOMY_OF[key] ?? '', code);
  }

  private activeFilters(): ActiveFilter[] {
    return this.filterSelection.active((key, code) => this.codeLabel(key, code));
  }

  private periodTitle(): string {
    const locale = activeUiLocale();
    if (this.currentView === 'week') {
      const [first, last] = this.period();
      return msg(str`Woche vom ${formatDayShort(first, locale)} bis ${formatDayLong(last, locale)}`, { id: 'calendar.week-title' });
    }
    return formatMonth(this.focusDay, locale);
  }

  private statusText(count: number): string {
    switch (this.occurrences.status) {
      case 'idle':
      case 'loading':
        return msg('Veranstaltungen werden geladen …', { id: 'calendar.loading' });
      case 'offline':
        return msg('Sie sind offline. Die Daten konnten nicht geladen werden.', { id: 'state.offline.title' });
      case 'error':
        return msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' });
      case 'success':
        return `${this.periodTitle()}: ${eventCount(count, activeUiLocale())}`;
    }
  }

  private itemContext(): ItemContext {
    return {
      uiLocale: activeUiLocale(),
      formatLabel: (code) => this.labels.label('event-formats', code),
      onOpen: (placed, opener) => this.selectOccurrence(placed, opener),
    };
  }

  private renderEmpty(): TemplateResult {
    const hasFilters = this.searchText !== '' || this.filterSelection.hasAny();
    const title = msg('In diesem Zeitraum gibt es keine passenden Veranstaltungen.', { id: 'calendar.empty.title' });
    if (hasFilters) {
      return emptyState({ title, hint: msg('Entfernen Sie Filter oder sehen Sie sich einen anderen Monat an.', { id: 'calendar.empty.hint-filters' }), action: clearFiltersAction(() => this.clearFilters()) });
    }
    return emptyState({
      title,
      hint: msg('Sehen Sie sich den nächsten Monat an.', { id: 'calendar.empty.hint' }),
      action: {
        label: this.currentView === 'week' ? msg('Nächste Woche', { id: 'calendar.next-week' }) : msg('Nächster Monat', { id: 'calendar.next-month' }),
        onClick: () => this.movePeriod(1),
      },
    });
  }

  private renderPeriod(): TemplateResult {
    const { status } = this.occurrences;
    if (status === 'error' || status === 'offline') return errorState(status === 'offline', () => void this.occurrences.retry());
    const loading = status === 'loading' || status === 'idle';
    const { visible, days } = this.visibleOccurrences();
    if (this.currentView === 'month') {
      const weeks = monthWeeks(this.focusDay);
      return html`${monthGrid({
          ...this.itemContext(),
          weeks,
          month: this.focusDay,
          focusDay: this.focusDay,
          selectedDay: this.selectedDay,
          today: today(),
          days: loading ? new Map() : days,
          maxPerDay: Math.max(1, Math.round(this.maxPerDay) || 3),
          busy: loading,
          onKeyDown: (event) => this.onGridKeyDown(event),
          onOpenDay: (day) => this.openDay(day),
        })}
        ${!loading && visible.length === 0 ? this.renderEmpty() : nothing} ${this.selectedDay && this.occurrences.status === 'success' ? dayPanel(this.selectedDay, days.get(this.selectedDay) ?? [], this.listContext(), () => this.closeDay()) : nothing}`;
    }
    if (loading) return skeleton(3);
    if (visible.length === 0) return this.renderEmpty();
    const [first, last] = this.period();
    const allDays: DayKey[] = [];
    for (let day = first; day <= last; day = addDays(day, 1)) allDays.push(day);
    if (this.currentView === 'week') return dayList(allDays, days, 'week', 400, this.listContext());
    const limit = this.listPages * (this.width.narrow ? NARROW_LIST_PAGE : LIST_PAGE);
    const shownCount = Math.min(limit, visible.length);
    return html`${dayList(allDays, days, 'agenda', limit, this.listContext())}
      ${visible.length > shownCount
        ? showMore({
            shown: shownCount,
            total: visible.length,
            uiLocale: activeUiLocale(),
            label: msg('Weitere Veranstaltungen anzeigen', { id: 'calendar.more' }),
            onMore: () => (this.listPages += 1),
          })
        : nothing}`;
  }

  private renderSubscribe(): TemplateResult | typeof nothing {
    const api = this.client();
    if (!api) return nothing;
    // The feed filters by time of day on the server, so a subscription keeps "abends / am Wochenende".
    const filters = { ...this.apiFilters(), ...(this.filters.time.length > 0 ? { time: this.filters.time } : {}) };
    const locale = this.contentLocale;
    return subscribePanel({ webcal: api.feedUrl(filters, { locale, webcal: true }), https: api.feedUrl(filters, { locale }) });
  }

  private listContext(): DayListContext {
    return { ...this.itemContext(), headingLevel: this.headingLevel, today: today() };
  }

  private renderDetail(): TemplateResult {
    const { status, value } = this.detail;
    const target = this.openOccurrence;
    const api = this.client();
    const body = (): TemplateResult => {
      if (status === 'error' || status === 'offline') return errorState(status === 'offline', () => void this.detail.retry());
      if (status === 'success' && value && target && api) {
        const end = target.end ?? new Date(Date.parse(target.start) + (Date.parse(value.end) - Date.parse(value.start))).toISOString();
        return eventDetail(value, {
          uiLocale: activeUiLocale(),
          start: target.start,
          end,
          label: (taxonomy, code) => this.labels.label(taxonomy, code),
          organizerHref: (id) => this.organizerLink(id),
          onOrganizer: (id, name, event) => this.navigateToOrganizer(id, name, event),
          addToCalendarUrl: api.feedUrl({ event: value.id }, { locale: this.contentLocale }),
        });
      }
      return html`<h2 id="detail-title" class="detail-title" tabindex="-1">${msg('Veranstaltung wird geladen …', { id: 'calendar.detail.loading' })}</h2>
        ${skeleton(1)}`;
    };
    return detailDialog({ open: target !== undefined, busy: status === 'loading', contentLocale: this.contentLocale, body, onClose: () => this.closeEvent(true) });
  }

  protected override render(): TemplateResult {
    const uiLocale = activeUiLocale();
    const presets = this.presets();
    const filterKeys = FILTER_KEYS.filter((key) => presets[key].length === 0);
    const { visible } = this.visibleOccurrences();
    return this.frame(msg('Veranstaltungen', { id: 'calendar.title' }), () => html`
      <search class="controls" aria-label=${msg('Veranstaltungen filtern', { id: 'calendar.search-region' })}>
        ${searchField({
          id: 'search',
          label: msg('Suchbegriff', { id: 'search.label' }),
          hint: msg('Zum Beispiel Elternabend, Sprachcafé oder der Name eines Vereins.', { id: 'calendar.search.hint' }),
          value: this.searchText,
          onInput: (value) => this.onSearchInput(value),
        })}
        ${calendarFilters({
          uiLocale,
          keys: filterKeys,
          selected: this.filters,
          label: (key, code) => this.codeLabel(key, code),
          options: (key) => this.filterOptions(key),
          onToggle: (key, code, checked) => this.toggleFilter(key, code, checked),
        })}
        ${this.taxonomyNotice()}
      </search>
      ${filterChips(this.activeFilters(), (filter) => this.removeFilter(filter), () => this.clearFilters(), this.headingLevel + 1)}
      ${calendarToolbar({ view: this.currentView, onMove: (step) => this.movePeriod(step), onToday: () => this.goToday(), onView: (view) => this.setView(view) })}
      <div id="period-title" class="period-title" role="heading" aria-level=${this.headingLevel + 1}>${this.periodTitle()}</div>
      <p class="status" part="status" role="status" aria-live="polite">${this.statusText(visible.length)}</p>
      <div class="period" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>${this.renderPeriod()}</div>
      ${this.renderSubscribe()} ${this.renderDetail()}`, `view-${this.currentView}`);
  }

  private filterOptions(key: FilterKey): string[] {
    switch (key) {
      case 'free':
        return ['true'];
      case 'time':
        return ['evening', 'weekend'];
      case 'organizer':
        return ['office', ...[...this.knownOrganizers.keys()].sort((a, b) => (this.knownOrganizers.get(a) ?? a).localeCompare(this.knownOrganizers.get(b) ?? b))];
      case 'language':
        return [...this.knownLanguages].sort();
      default:
        return this.labels.codes(TAXONOMY_OF[key] ?? '');
    }
  }
}
