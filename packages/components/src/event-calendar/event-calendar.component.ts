import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { detailDialogStyles } from '../shared/detail-dialog.styles.js';
import { parseCodes } from '../shared/codes.js';
import { addDays } from '../shared/dates.js';
import { DetailDialogController } from '../shared/detail-dialog.js';
import { filterChips, type ActiveFilter } from '../shared/filter-chips.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { idLink } from '../shared/safe-url.js';
import { SearchFiltersController } from '../shared/search-filters.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import type { FilterState } from '../shared/url-state.js';
import { WidgetElement } from '../shared/widget-element.js';
import type { NavigateEventDetail } from '../shared/widget-events.js';
import { tokens } from '../theme/tokens.styles.js';
import { createEventCalendarApi, type CalendarTaxonomy, type Event, type EventCalendarApi, type EventFilters } from './calendar-api.js';
import { CalendarCodes } from './calendar-codes.js';
import { addMonths, berlinMidnight, dayForKey, isDayKey, startOfMonth, today, type DayKey } from './calendar-dates.js';
import { calendarSearch } from './calendar-filters.js';
import { periodStatus, periodTitle, periodView } from './calendar-period.js';
import { FILTER_KEYS, TimeOfDayView, VIEWS, eventFilters, periodOf, place, type CalendarView, type Filters, type PlacedOccurrence } from './calendar-state.js';
import { URL_KEYS, occurrenceOfId, placeFromUrl, placeToUrl, type OpenOccurrence } from './calendar-url.js';
import { calendarToolbar, subscribePanel, type DayListContext } from './calendar-views.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { eventDialog } from './event-dialog.js';
import type { ItemContext } from './event-item.js';
import { writeJsonLd } from './json-ld.js';

/** Below this width (px) the list is the default view. */
const NARROW = 600;
/** Occurrences loaded for one window at most (50 pages of 100). */
const MAX_OCCURRENCES = 5_000;

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
  @state() private openOccurrence: OpenOccurrence | undefined;
  /** Pages of the list view drawn so far ("Weitere Veranstaltungen anzeigen" adds one). */
  @state() private listPages = 1;

  protected readonly taxonomies: readonly CalendarTaxonomy[] = ['topics', 'event-formats', 'areas'];
  private readonly query = new SearchFiltersController(this, FILTER_KEYS, {
    delay: 300,
    focus: this.focusAfterUpdate,
    onChange: (typing) => {
      // A filter choice closes the opened day (its events may be gone); typing leaves it open.
      if (!typing) this.selectedDay = undefined;
      this.writeUrl(!typing);
      this.emit('tk-filter-change', { q: this.query.text, filters: this.filters });
      this.requestUpdate();
    },
  });
  private readonly url = new UrlStateController(this, URL_KEYS, (saved) => this.restore(saved));
  private readonly dialog = new DetailDialogController(this);
  private readonly occurrences = this.fetcher<PlacedOccurrence[]>();
  private readonly detail = this.fetcher<Event>();
  private loadedKey = '';
  private viewFromUrl: CalendarView | undefined;
  private dateFromUrl: DayKey | undefined;
  private readonly codes = new CalendarCodes();
  private readonly width = new NarrowController(this, NARROW);
  private readonly timeOfDay = new TimeOfDayView();

  protected createApi(baseUrl: string, tenant: string): EventCalendarApi {
    return createEventCalendarApi(baseUrl, tenant);
  }

  private get filters(): Filters {
    return this.query.selected;
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
      ...this.query.selection.empty(),
      topic: parseCodes(this.topic),
      organizer: parseCodes(this.organizer),
      language: parseCodes(this.language),
      area: parseCodes(this.area),
      format: parseCodes(this.format),
    };
  }

  private apiFilters(): EventFilters {
    return eventFilters(this.presets(), this.filters, this.query.text);
  }

  private loadKey(): string {
    const [first, last] = periodOf(this.currentView, this.focusDay);
    return JSON.stringify([first, last, this.apiFilters(), this.contentLocale]);
  }

  private async load(api: EventCalendarApi): Promise<void> {
    const [first, last] = periodOf(this.currentView, this.focusDay);
    const window = { from: new Date(berlinMidnight(first)).toISOString(), to: new Date(berlinMidnight(addDays(last, 1))).toISOString() };
    const filters = this.apiFilters();
    const locale = this.contentLocale;
    this.listPages = 1;
    await this.occurrences.run(async (signal) => {
      const list = await api.listOccurrences(filters, window, { locale, signal, max: MAX_OCCURRENCES });
      signal.throwIfAborted();
      this.codes.note(list);
      return list.map(place);
    });
  }

  protected localeChanged(): void {
    this.requestUpdate();
    if (this.openOccurrence) void this.loadDetail(false);
  }

  /** Occurrences after the time-of-day filter, and by day. */
  private visibleOccurrences(): TimeOfDayView {
    return this.timeOfDay.of(this.occurrences.value, this.filters.time);
  }

  // ── Navigation ────────────────────────────────────────────────────────

  private setView(view: CalendarView): void {
    this.viewFromUrl = view;
    this.selectedDay = undefined;
    this.writeUrl(true);
    this.requestUpdate();
  }

  private movePeriod(step: number): void {
    this.moveTo(this.currentView === 'week' ? addDays(this.focusDay, 7 * step) : startOfMonth(addMonths(this.focusDay, step)));
  }

  private goToday(): void {
    this.moveTo(today());
  }

  /** The toolbar moved the period: the day is the reader's choice now, and stays in the URL. */
  private moveTo(day: DayKey): void {
    this.focusDay = day;
    this.selectedDay = undefined;
    this.dateFromUrl = day;
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

  // ── URL ───────────────────────────────────────────────────────────────

  private writeUrl(push: boolean): void {
    this.url.write(
      { ...this.query.urlState(), ...placeToUrl({ view: this.viewFromUrl, date: this.dateFromUrl, occurrenceId: this.openOccurrence?.occurrenceId }) },
      push,
    );
  }

  private restore(saved: FilterState): void {
    this.query.restore(saved);
    const { view, date, occurrenceId } = placeFromUrl(saved);
    this.viewFromUrl = view;
    this.dateFromUrl = date;
    if (date) this.focusDay = date;
    if (occurrenceId && occurrenceId !== this.openOccurrence?.occurrenceId) {
      const target = occurrenceOfId(occurrenceId);
      if (target) void this.openEvent(target, undefined, false);
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

  private navigateToOrganizer(id: string, name: string, event: MouseEvent): void {
    if (!this.emit('tk-navigate', { id, name, from: this.openOccurrence?.eventId ?? '' }, { cancelable: true })) event.preventDefault();
  }

  // ── Rendering ─────────────────────────────────────────────────────────

  private activeFilters(): ActiveFilter[] {
    return this.query.selection.active((key, code) => this.codes.label(key, code, this.labels));
  }

  private itemContext(): ItemContext {
    return {
      uiLocale: activeUiLocale(),
      formatLabel: (code) => this.labels.label('event-formats', code),
      onOpen: (placed, opener) => this.selectOccurrence(placed, opener),
    };
  }

  private listContext(): DayListContext {
    return { ...this.itemContext(), headingLevel: this.headingLevel, today: today() };
  }

  private renderPeriod(): TemplateResult {
    const { visible, days } = this.visibleOccurrences();
    return periodView({
      ...this.listContext(),
      view: this.currentView,
      focusDay: this.focusDay,
      selectedDay: this.selectedDay,
      status: this.occurrences.status,
      visible,
      days,
      maxPerDay: this.maxPerDay,
      narrow: this.width.narrow,
      listPages: this.listPages,
      filtered: this.query.hasAny(),
      onKeyDown: (event) => this.onGridKeyDown(event),
      onOpenDay: (day) => this.openDay(day),
      onCloseDay: () => this.closeDay(),
      onRetry: () => void this.occurrences.retry(),
      onClearFilters: () => this.query.clear(),
      onNextPeriod: () => this.movePeriod(1),
      onMore: () => (this.listPages += 1),
    });
  }

  private renderSubscribe(): TemplateResult | typeof nothing {
    const api = this.client();
    if (!api) return nothing;
    // The feed filters by time of day on the server, so a subscription keeps "abends / am Wochenende".
    const filters = { ...this.apiFilters(), ...(this.filters.time.length > 0 ? { time: this.filters.time } : {}) };
    const locale = this.contentLocale;
    return subscribePanel({ webcal: api.feedUrl(filters, { locale, webcal: true }), https: api.feedUrl(filters, { locale }) });
  }

  private renderDetail(): TemplateResult {
    const api = this.client();
    const locale = this.contentLocale;
    return eventDialog({
      target: this.openOccurrence,
      status: this.detail.status,
      event: this.detail.value,
      contentLocale: locale,
      uiLocale: activeUiLocale(),
      label: (taxonomy, code) => this.labels.label(taxonomy, code),
      organizerHref: (id) => idLink(this.organizerHref, id),
      onOrganizer: (id, name, event) => this.navigateToOrganizer(id, name, event),
      eventFeedUrl: api ? (id) => api.feedUrl({ event: id }, { locale }) : undefined,
      onRetry: () => void this.detail.retry(),
      onClose: () => this.closeEvent(true),
    });
  }

  protected override render(): TemplateResult {
    const uiLocale = activeUiLocale();
    const presets = this.presets();
    const { visible } = this.visibleOccurrences();
    const title = periodTitle(this.currentView, this.focusDay, uiLocale);
    return this.frame(msg('Veranstaltungen', { id: 'calendar.title' }), () => html`
      ${calendarSearch({
        uiLocale,
        text: this.query.text,
        keys: FILTER_KEYS.filter((key) => presets[key].length === 0),
        selected: this.filters,
        label: (key, code) => this.codes.label(key, code, this.labels),
        options: (key) => this.codes.options(key, this.labels),
        onInput: (value) => this.query.input(value),
        onToggle: (key, code, checked) => this.query.toggle(key, code, checked),
        notice: this.taxonomyNotice(),
      })}
      ${filterChips(this.activeFilters(), (filter) => this.query.remove(filter), () => this.query.clear(), this.headingLevel + 1)}
      ${calendarToolbar({ view: this.currentView, onMove: (step) => this.movePeriod(step), onToday: () => this.goToday(), onView: (view) => this.setView(view) })}
      <div id="period-title" class="period-title" role="heading" aria-level=${this.headingLevel + 1}>${title}</div>
      <p class="status" part="status" role="status" aria-live="polite">${periodStatus(this.occurrences.status, title, visible.length, uiLocale)}</p>
      <div class="period" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>${this.renderPeriod()}</div>
      ${this.renderSubscribe()} ${this.renderDetail()}`, `view-${this.currentView}`);
  }
}
