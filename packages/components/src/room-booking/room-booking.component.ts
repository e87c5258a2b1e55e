import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formErrorStyles } from '../shared/form-errors.styles.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { factsStyles } from '../shared/facts.styles.js';
import { parseCodes } from '../shared/codes.js';
import { plural } from '../shared/plural.js';
import { emptyState, errorState, skeleton } from '../shared/status.js';
import { WidgetElement } from '../shared/widget-element.js';
import { tokens } from '../theme/tokens.styles.js';
import { firstFreeSlot, weekView, type WeekView } from './availability-week.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { showMore } from '../shared/show-more.js';
import {
  createRoomBookingApi,
  newSubmissionKey,
  requestBooking,
  type Availability,
  type BookingCreated,
  type BookingOutcome,
  type ConflictAlternative,
  type ListResponse,
  type Room,
  type RoomBookingApi,
  type RoomListQuery,
  type RoomSummary,
  type RoomTaxonomy,
} from './booking-api.js';
import { bookingForm } from './booking-form.js';
import { FIELDS, emptyForm, serverFieldErrors, toBookingInput, validateBooking, type BookingFormValues, type FieldErrors, type FieldName } from './booking-form-model.js';
import { bookingIcs } from './booking-ics.js';
import { conflictPanel, successPanel, whenText, type ConflictInfo } from './booking-outcome.js';
import { addDays, formatDayLong, localDateTimeOf, localDatePart, localTimePart, minutesOf, mondayOf, timeOf, todayIn, zonedIso } from '../shared/dates.js';
import { roomCard } from './room-card.js';
import { formNotice, roomFacts, type FormNotice } from './room-views.js';
import { applyPreset, emptySearch, peopleOf, searchPanel, validateSearch, type Preset, type SearchErrors, type SearchValues } from './room-search.js';
import { roomBookingStyles } from './room-booking.styles.js';
import { weekSchedule, type Segment } from './week-schedule.js';
import { contentText } from '../shared/fallback.js';



/** A widget narrower than this (px) sits in a sidebar; it draws `SIDEBAR_ROOMS` rooms at a time. */
const SIDEBAR_WIDTH = 480;
const SIDEBAR_ROOMS = 3;
/** Detail of `tk-booking-created`: the new booking (never the secret token). */
export interface BookingCreatedEventDetail {
  id: string;
  roomId: string;
  status: string;
}

/** Detail of `tk-room-select`: the room the reader opened. */
export interface RoomSelectEventDetail {
  id: string;
  name: string;
}

interface RoomBookingEvents {
  [name: string]: unknown;
  'tk-room-select': RoomSelectEventDetail;
  'tk-booking-created': BookingCreatedEventDetail;
}

type Step = 'search' | 'room' | 'done';

/**
 * @summary Find a free room, see its week and ask for it: for meetings, classes and celebrations of migrant organisations.
 *
 * The attributes every widget has (`api-base`, `tenant`, `locale`, `heading-level`) are documented on `WidgetElement` (shared/widget-element.ts); this widget keeps nothing in the URL.
 *
 * @attr room - Preselect: open this room's week and form at once (room id).
 * @attr area - Preset: only rooms in these areas (comma-separated codes). Its filter is hidden.
 * @attr min-capacity - Prefill: the number of people the room must hold.
 * @attr organization - Prefill for an organisation's own page: the organisation's id in the directory; its name fills the form and fees are shown for migrant organisations.
 *
 * @fires tk-room-select - The reader opened a room's week. `detail: { id, name }`.
 * @fires tk-booking-created - A request was stored or booked. `detail: { id, roomId, status }`; never the secret token.
 *
 * @slot heading - Replaces the default heading ("Raum finden und anfragen").
 * @slot intro - Text below the heading, e.g. who may book and how the office decides.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart search - The search form.
 * @csspart status - The announced status line.
 * @csspart list - The list of rooms.
 * @csspart card - One room.
 * @csspart week-grid - The week as a grid.
 * @csspart week-list - The week as a list.
 * @csspart slot - A free time in the week.
 * @csspart form - The request form.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart conflict - The explanation of a taken time with alternatives.
 * @csspart success - The confirmation after sending.
 * @csspart manage-link - The secret link to see or cancel the booking.
 * @csspart state - Empty, error and offline messages.
 * @csspart button - Buttons.
 *
 */
@localized()
export class TkRoomBooking extends WidgetElement<RoomBookingApi, RoomBookingEvents> {
  static override styles = [tokens, baseStyles, widgetFrameStyles, filterPanelStyles, factsStyles, formErrorStyles, roomBookingStyles];

  /** Room id to open at once. */
  @property() room = '';
  /** Preset area codes (comma-separated). */
  @property() area = '';
  /** Prefilled number of people. */
  @property({ type: Number, attribute: 'min-capacity' }) minCapacity: number | undefined;
  /** Organisation id for an organisation's own page. */
  @property() organization = '';

  @state() private step: Step = 'search';
  @state() private search: SearchValues = emptySearch();
  @state() private searchErrors: SearchErrors = {};
  @state() private weekStart = mondayOf(todayIn());
  @state() private weekViewMode: WeekView = 'grid';
  /** Below this width the seven day columns do not fit: the week is a day list, without the choice. */
  private readonly width = new NarrowController(this, 640);
  /** Below this width (a sidebar) each room card is tall: the list draws a few at a time. */
  private readonly sidebar = new NarrowController(this, SIDEBAR_WIDTH);
  /** Rooms drawn in a sidebar; the rest wait behind "Weitere Räume anzeigen". */
  @state() private roomsDrawn = SIDEBAR_ROOMS;
  @state() private activeSlot: string | undefined;
  @state() private form: BookingFormValues = emptyForm();
  @state() private formErrors: FieldErrors = {};
  @state() private formNotice: FormNotice | undefined;
  @state() private sending = false;
  @state() private conflict: ConflictInfo | undefined;
  @state() private created: BookingCreated | undefined;
  @state() private icsUrl: string | undefined;

  protected readonly taxonomies: readonly RoomTaxonomy[] = ['equipment', 'accessibility', 'areas', 'applicant-kinds'];
  private readonly rooms = this.fetcher<ListResponse<RoomSummary>>();
  private readonly roomDetail = this.fetcher<Room>();
  private readonly availability = this.fetcher<Availability>();
  private selectedRoomId: string | undefined;
  private submission: { key: string; fingerprint: string } | undefined;
  private searchPending = true;
  private organizationName = '';

  protected createApi(baseUrl: string, tenant: string): RoomBookingApi {
    return createRoomBookingApi(baseUrl, tenant);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('apiBase') || changed.has('tenant') || changed.has('api')) this.searchPending = true;
    if (changed.has('minCapacity') && this.minCapacity) this.search = { ...this.search, people: String(this.minCapacity) };
    if (changed.has('area') || changed.has('minCapacity')) this.searchPending = true;
    if (changed.has('organization') && this.organization) {
      if (!this.search.applicantKind) this.search = { ...this.search, applicantKind: 'migrant-organization' };
      if (!this.form.applicantKind) this.form = { ...this.form, applicantKind: 'migrant-organization' };
      void this.loadOrganizationName();
    }
    if (changed.has('room') && this.room && this.client()) {
      void this.openRoom(this.room, false);
    }
    if (this.searchPending && this.client()) {
      this.searchPending = false;
      void this.runSearch(false);
    }
  }

  /** The room's zone once its week is loaded, else the tenant's. */
  private get roomTimeZone(): string {
    return this.availability.value?.timeZone ?? this.timeZone;
  }

  private focusSoon(find: () => HTMLElement | null | undefined): void {
    this.focusAfterUpdate.request(find);
  }

  // ── Data ────────────────────────────────────────────────────────────────

  protected localeChanged(): void {
    if (this.step === 'search') this.searchPending = true;
    if (this.selectedRoomId) void this.loadRoom(this.selectedRoomId);
    this.requestUpdate();
  }

  private async loadOrganizationName(): Promise<void> {
    const api = this.client();
    if (!api || !this.organization) return;
    try {
      this.organizationName = await api.getOrganizationName(this.organization, { locale: this.contentLocale });
      if (!this.form.organizationName) this.form = { ...this.form, organizationName: this.organizationName };
    } catch {
      // Without the name the reader types it; the organisation id is still sent.
    }
  }

  private searchQuery(): RoomListQuery {
    const values = this.search;
    const query: RoomListQuery = { limit: 50 };
    const people = peopleOf(values, activeUiLocale());
    if (people !== undefined) query.capacity = people;
    if (values.equipment.length) query.equipment = values.equipment;
    if (values.accessibility.length) query.accessibility = values.accessibility;
    const area = this.area ? parseCodes(this.area) : values.area ? [values.area] : [];
    if (area.length) query.area = area;
    const timeGiven = values.timeFrom || values.timeTo || values.weekdays.length;
    if (values.dateFrom || timeGiven) {
      query.freeFrom = values.dateFrom || todayIn(this.roomTimeZone);
      if (values.dateTo) query.freeTo = values.dateTo;
      if (values.timeFrom) query.freeStart = values.timeFrom;
      if (values.timeTo) query.freeEnd = values.timeTo;
      if (values.weekdays.length) query.freeWeekdays = values.weekdays;
    }
    return query;
  }

  private async runSearch(focusStatus: boolean): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    const query = this.searchQuery();
    this.roomsDrawn = SIDEBAR_ROOMS;
    await this.rooms.run((signal) => api.listRooms(query, { locale, signal }));
    if (focusStatus && this.rooms.status === 'success') this.announce(this.statusText());
  }

  private async openRoom(id: string, focus: boolean): Promise<void> {
    this.selectedRoomId = id;
    this.step = 'room';
    this.conflict = undefined;
    this.formNotice = undefined;
    await this.loadRoom(id);
    if (focus) this.focusSoon(() => this.$('#room-title'));
  }

  private async loadRoom(id: string): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    await Promise.all([this.roomDetail.run((signal) => api.getRoom(id, { locale, signal })), this.loadWeek()]);
  }

  private async loadWeek(): Promise<void> {
    const api = this.client();
    const id = this.selectedRoomId;
    if (!api || !id) return;
    const from = zonedIso(this.weekStart, '00:00', this.roomTimeZone);
    const to = zonedIso(addDays(this.weekStart, 7), '00:00', this.roomTimeZone);
    await this.availability.run((signal) => api.getAvailability(id, { from, to }, { signal }));
    this.activeSlot = this.availability.value ? firstFreeSlot(this.schedule()) : undefined;
  }

  private schedule() {
    const availability = this.availability.value;
    if (!availability) return [];
    const notice = availability.bookingPolicy.minNoticeHours * 3_600_000;
    const now = Date.now();
    return weekSchedule(availability, this.weekStart, {
      now: localDateTimeOf(new Date(now), availability.timeZone),
      earliest: localDateTimeOf(new Date(now + notice), availability.timeZone),
    });
  }

  private announce(text: string): void {
    this.announcer.announce(text);
  }

  // ── Search ──────────────────────────────────────────────────────────────

  private submitSearch(): void {
    this.searchErrors = validateSearch(this.search, activeUiLocale());
    const first = (['people', 'dateTo', 'timeTo'] as const).find((key) => this.searchErrors[key]);
    if (first) {
      const id = first === 'people' ? 'search-people' : first === 'dateTo' ? 'search-dateTo' : 'search-timeTo';
      this.focusSoon(() => this.$(`#${id}`));
      return;
    }
    void this.runSearch(true);
  }

  private setPreset(preset: Preset): void {
    this.search = applyPreset(this.search, preset, todayIn(this.roomTimeZone));
    this.searchErrors = {};
    void this.runSearch(true);
  }

  private selectRoom(room: RoomSummary): void {
    this.emit('tk-room-select', { id: room.id, name: room.name });
    // Carry the search into the form: date, time and people.
    const patch: Partial<BookingFormValues> = {};
    if (this.search.dateFrom && !this.form.date) patch.date = this.search.dateFrom;
    if (this.search.timeFrom && !this.form.start) patch.start = this.search.timeFrom;
    if (this.search.timeTo && !this.form.end) patch.end = this.search.timeTo;
    if (this.search.people && !this.form.attendees) patch.attendees = this.search.people;
    if (this.search.applicantKind && !this.form.applicantKind) patch.applicantKind = this.search.applicantKind;
    this.form = { ...this.form, ...patch, acceptHouseRules: this.selectedRoomId === room.id ? this.form.acceptHouseRules : false };
    if (this.search.dateFrom) this.weekStart = mondayOf(this.search.dateFrom);
    void this.openRoom(room.id, true);
  }

  private backToSearch(): void {
    this.step = 'search';
    const opened = this.selectedRoomId;
    this.focusSoon(() => (opened ? this.$(`[data-room-id="${CSS.escape(opened)}"]`) : null) ?? this.$('#search-title'));
    if (!this.rooms.value) void this.runSearch(false);
  }

  // ── Week ────────────────────────────────────────────────────────────────

  private moveWeek(weeks: number): void {
    this.weekStart = addDays(this.weekStart, weeks * 7);
    void this.loadWeek();
  }

  /**
   * A free time as the form's times: within the time of day searched for
   * (an evening search starts the evening, not the morning), at most two
   * hours and the room's longest booking.
   */
  private slotTimes(segment: Segment): { start: number; end: number } {
    const from = this.search.timeFrom ? Math.max(segment.start, minutesOf(this.search.timeFrom)) : segment.start;
    const to = this.search.timeTo ? Math.min(segment.end, minutesOf(this.search.timeTo)) : segment.end;
    const [start, end] = from < to ? [from, to] : [segment.start, segment.end];
    const policy = this.availability.value?.bookingPolicy;
    return { start, end: start + Math.min(end - start, 120, policy?.maxDurationMinutes ?? 120) };
  }

  private pickSlot(date: string, segment: Segment): void {
    const { start, end } = this.slotTimes(segment);
    this.form = { ...this.form, date, start: timeOf(start), end: timeOf(end) };
    this.formErrors = {};
    this.conflict = undefined;
    this.formNotice = 'picked';
    this.announce(msg(str`Zeit übernommen: ${whenText(zonedIso(date, timeOf(start)), zonedIso(date, timeOf(end)), activeUiLocale())}`, { id: 'rb.week.picked' }));
    this.focusSoon(() => this.$('#form-start'));
  }

  // ── Form ────────────────────────────────────────────────────────────────

  private changeForm(patch: Partial<BookingFormValues>): void {
    const datesChanged = 'date' in patch || 'start' in patch || 'end' in patch || 'repeat' in patch || 'until' in patch;
    this.form = { ...this.form, ...patch, ...(datesChanged && !('excludeDates' in patch) ? { excludeDates: [] } : {}) };
  }

  private focusField(field: FieldName): void {
    const target =
      field === 'repeat' || field === 'isPublic'
        ? this.$(`#form-${field} input:checked`) ?? this.$(`#form-${field} input`)
        : this.$(`#form-${field}`);
    target?.focus();
  }

  private focusErrorSummary(): void {
    this.focusSoon(() => this.$('.error-summary'));
  }

  private async submitBooking(): Promise<void> {
    // A second click while the first request is on its way changes nothing.
    if (this.sending) return;
    const api = this.client();
    const room = this.roomDetail.value;
    if (!api || !room) return;
    const locale = activeUiLocale();
    this.conflict = undefined;
    this.formNotice = undefined;
    this.formErrors = validateBooking(this.form, room, todayIn(this.roomTimeZone), locale);
    if (FIELDS.some((field) => this.formErrors[field])) {
      this.focusErrorSummary();
      return;
    }
    const input = toBookingInput(this.form, room, this.roomTimeZone, this.organization || undefined, locale);
    const fingerprint = JSON.stringify(input);
    // One key per submission of the same content: a retry after a lost answer is answered, not booked twice.
    if (this.submission?.fingerprint !== fingerprint) this.submission = { key: newSubmissionKey(), fingerprint };
    this.sending = true;
    this.announce(msg('Wird gesendet …', { id: 'rb.form.sending' }));
    const outcome = await requestBooking(api, input, { idempotencyKey: this.submission.key });
    this.sending = false;
    if (outcome.kind === 'created') {
      this.submission = undefined;
      this.showCreated(outcome.created, room);
    } else this.showSendError(outcome, room, input.recurrence ? undefined : 1);
  }

  private showCreated(created: BookingCreated, room: Room): void {
    this.created = created;
    this.step = 'done';
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    const booking = created.data;
    const ics = bookingIcs(booking, {
      summary: msg(str`Raum: ${booking.roomName}`, { id: 'rb.ics.summary' }),
      location: [booking.roomName, booking.venueName, room.venue.address ? `${room.venue.address.street}, ${room.venue.address.postalCode} ${room.venue.address.city}` : ''].filter(Boolean).join(', '),
      description: `${booking.purpose}\n${created.manageUrl}`,
    });
    this.icsUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    this.announce(booking.status === 'confirmed' ? msg('Gebucht', { id: 'rb.success.confirmed' }) : msg('Anfrage eingegangen – die Stadt prüft sie', { id: 'rb.success.requested' }));
    this.emit('tk-booking-created', { id: booking.id, roomId: booking.roomId, status: booking.status });
    this.focusSoon(() => this.$('#success-title'));
  }

  private showSendError(outcome: Exclude<BookingOutcome, { kind: 'created' }>, room: Room, singleDate: number | undefined): void {
    switch (outcome.kind) {
      case 'conflict': {
        const { conflicts, alternatives } = outcome;
        this.conflict = { conflicts, alternatives, requestedDates: singleDate ?? Math.max(conflicts.length + 1, this.seriesLength()) };
        this.announce(msg('Diese Zeit ist schon vergeben', { id: 'rb.conflict.title' }));
        this.focusSoon(() => this.$('#conflict-title'));
        void this.loadWeek();
        return;
      }
      case 'invalid':
        this.formErrors = serverFieldErrors(outcome, room, activeUiLocale());
        this.focusErrorSummary();
        return;
      case 'rate-limited':
        this.formNotice = 'rate-limit';
        break;
      case 'server-error':
        this.formNotice = 'server';
        break;
      case 'no-answer':
        this.formNotice = 'network';
        break;
    }
    this.focusSoon(() => this.$('.form-notice'));
  }

  /** The number of dates of the series in the form (for "2 of 6 dates are taken"). */
  private seriesLength(): number {
    const { date, until, repeat, excludeDates } = this.form;
    if (repeat === 'none' || !date || !until) return 1;
    const step = repeat === 'weekly' ? 7 : 14;
    let count = 0;
    for (let day = date; day <= until; day = addDays(day, step)) if (!excludeDates.includes(day)) count++;
    return count;
  }

  private dropConflicts(): void {
    const dates = (this.conflict?.conflicts ?? []).map((c) => localDatePart(c.start));
    this.form = { ...this.form, excludeDates: [...new Set([...this.form.excludeDates, ...dates])] };
    void this.submitBooking();
  }

  private pickAlternative(alternative: ConflictAlternative): void {
    const patch: Partial<BookingFormValues> = {
      date: localDatePart(alternative.start),
      start: localTimePart(alternative.start),
      end: localTimePart(alternative.end),
      excludeDates: [],
    };
    this.conflict = undefined;
    if (alternative.roomId !== this.selectedRoomId) {
      // Another room has other house rules: they must be read and accepted again.
      this.form = { ...this.form, ...patch, acceptHouseRules: false };
      this.formNotice = 'room-changed';
      this.weekStart = mondayOf(patch.date!);
      void this.openRoom(alternative.roomId, false).then(() => this.focusSoon(() => this.$('.form-notice')));
      return;
    }
    this.form = { ...this.form, ...patch };
    this.formNotice = 'picked';
    this.weekStart = mondayOf(patch.date!);
    void this.loadWeek();
    this.focusSoon(() => this.$('.form-notice'));
  }

  private startAgain(): void {
    this.created = undefined;
    this.form = { ...emptyForm(), name: this.form.name, email: this.form.email, phone: this.form.phone, organizationName: this.form.organizationName, applicantKind: this.form.applicantKind };
    this.formErrors = {};
    this.step = 'search';
    this.focusSoon(() => this.$('#search-title'));
    void this.runSearch(false);
  }

  // ── Rendering ───────────────────────────────────────────────────────────

  private resultCount(total: number): string {
    return plural(total, activeUiLocale(), msg('one {# Raum gefunden} other {# Räume gefunden}', { id: 'rb.results' }));
  }

  private statusText(): string {
    switch (this.rooms.status) {
      case 'idle':
      case 'loading':
        return msg('Räume werden gesucht …', { id: 'rb.status.loading' });
      case 'offline':
        return msg('Sie sind offline. Die Daten konnten nicht geladen werden.', { id: 'state.offline.title' });
      case 'error':
        return msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' });
      case 'success':
        return this.rooms.value?.meta.total === 0 ? msg('Kein Raum passt zu Ihrer Suche.', { id: 'rb.empty.title' }) : this.resultCount(this.rooms.value?.meta.total ?? 0);
    }
  }

  private renderResults(): TemplateResult {
    const { status, value } = this.rooms;
    if ((status === 'loading' || status === 'idle') && !value) return skeleton(3);
    if (status === 'error' || status === 'offline') return errorState(status === 'offline', () => void this.rooms.retry());
    if (!value || value.data.length === 0) {
      return emptyState({
        title: msg('Kein Raum passt zu Ihrer Suche.', { id: 'rb.empty.title' }),
        hint: msg('Wählen Sie weniger Ausstattung, einen anderen Tag oder eine andere Uhrzeit.', { id: 'rb.empty.hint' }),
      });
    }
    const context = {
      uiLocale: activeUiLocale(),
      labels: this.labels,
      applicantKind: this.search.applicantKind,
      headingLevel: this.headingLevel + 2,
      onOpen: (room: RoomSummary) => this.selectRoom(room),
    };
    const drawn = this.sidebar.narrow ? value.data.slice(0, this.roomsDrawn) : value.data;
    return html`<ul class="results" part="list" aria-busy=${status === 'loading' ? 'true' : 'false'} aria-labelledby="results-title">
        ${repeat(drawn, (room) => room.id, (room) => html`<li>${roomCard(room, context)}</li>`)}
      </ul>
      ${drawn.length < value.data.length
        ? showMore({
            shown: drawn.length,
            total: value.data.length,
            uiLocale: context.uiLocale,
            label: msg('Weitere Räume anzeigen', { id: 'rb.results.more' }),
            onMore: () => this.drawMoreRooms(drawn.length),
          })
        : nothing}`;
  }

  /** Draws the next rooms of the list; focus goes to the first new one. */
  private drawMoreRooms(drawnBefore: number): void {
    this.roomsDrawn = drawnBefore + SIDEBAR_ROOMS;
    this.focusSoon(() => this.renderRoot.querySelectorAll<HTMLElement>('.results [data-room-id]')[drawnBefore]);
  }

  private renderSearchStep(): TemplateResult {
    return html`${searchPanel({
        headingLevel: this.headingLevel + 1,
        values: this.search,
        errors: this.searchErrors,
        labels: this.labels,
        areaPreset: Boolean(this.area),
        onChange: (patch) => {
          this.search = { ...this.search, ...patch };
        },
        onPreset: (preset) => this.setPreset(preset),
        onSubmit: () => this.submitSearch(),
      })}
      <section class="results-area" aria-labelledby="results-title" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>
        <div role="heading" aria-level=${this.headingLevel + 1} class="section-title" id="results-title">${msg('Freie Räume', { id: 'rb.results.title' })}</div>
        <p class="status" part="status">${this.statusText()}</p>
        ${this.renderResults()}
      </section>`;
  }

  private renderWeek(): TemplateResult {
    const { status } = this.availability;
    const uiLocale = activeUiLocale();
    const days = this.schedule();
    const room = this.roomDetail.value;
    const closureReasons = new Map<string, string>();
    for (const closure of room?.closures ?? []) {
      for (let day = closure.from; day <= closure.to && day < addDays(this.weekStart, 7); day = addDays(day, 1)) {
        if (day >= this.weekStart && closure.reason) closureReasons.set(day, closure.reason);
      }
    }
    const weekLabel = msg(str`Woche ab ${formatDayLong(this.weekStart, uiLocale)}`, { id: 'rb.week.label' });
    const isCurrentWeek = this.weekStart <= mondayOf(todayIn(this.roomTimeZone));
    return html`<section class="week" aria-labelledby="week-title">
      <div role="heading" aria-level=${this.headingLevel + 2} class="group-title" id="week-title">${msg('Freie und belegte Zeiten', { id: 'rb.week.title' })}</div>
      <p class="field-hint">${msg('Wählen Sie eine freie Zeit. Wer gebucht hat, sehen Sie hier nicht.', { id: 'rb.week.hint' })}</p>
      <div class="week-bar">
        <button type="button" class="button secondary" part="button" @click=${() => this.moveWeek(-1)} ?hidden=${isCurrentWeek}>
          <span aria-hidden="true">‹</span> ${msg('Vorherige Woche', { id: 'rb.week.previous' })}
        </button>
        <p class="week-label" aria-live="polite">${weekLabel}</p>
        <button type="button" class="button secondary" part="button" @click=${() => this.moveWeek(1)}>
          ${msg('Nächste Woche', { id: 'rb.week.next' })} <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="view-switch" role="group" aria-label=${msg('Darstellung', { id: 'rb.week.view' })} ?hidden=${this.width.narrow}>
        <button type="button" class="chip" aria-pressed=${this.weekViewMode === 'grid' ? 'true' : 'false'} @click=${() => (this.weekViewMode = 'grid')}>
          ${msg('Wochenraster', { id: 'rb.week.view-grid' })}
        </button>
        <button type="button" class="chip" aria-pressed=${this.weekViewMode === 'list' ? 'true' : 'false'} @click=${() => (this.weekViewMode = 'list')}>
          ${msg('Liste', { id: 'rb.week.view-list' })}
        </button>
      </div>
      <div class="legend" aria-hidden="true">
        <span class="legend-item free">${msg('frei', { id: 'rb.week.free' })}</span>
        <span class="legend-item requested">${msg('angefragt, noch nicht bestätigt', { id: 'rb.week.requested' })}</span>
        <span class="legend-item booked">${msg('belegt', { id: 'rb.week.booked' })}</span>
        <span class="legend-item too-soon">${msg('zu kurzfristig', { id: 'rb.week.too-soon' })}</span>
        <span class="legend-item past">${msg('vorbei', { id: 'rb.week.past' })}</span>
      </div>
      <div class="week-body" aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${status === 'error' || status === 'offline'
          ? errorState(status === 'offline', () => void this.availability.retry())
          : days.length === 0
            ? skeleton(1)
            : weekView({
                headingLevel: this.headingLevel + 3,
                days,
                view: this.width.narrow ? 'list' : this.weekViewMode,
                uiLocale,
                activeSlot: this.activeSlot,
                closureReasons,
                onPick: (date, segment) => this.pickSlot(date, segment),
                onActivate: (key) => {
                  this.activeSlot = key;
                },
              })}
      </div>
    </section>`;
  }

  private renderRoomStep(): TemplateResult {
    const { status, value: room } = this.roomDetail;
    const back = html`<button type="button" class="link-button back" part="button" @click=${() => this.backToSearch()}>
      <span aria-hidden="true">‹</span> ${msg('Zurück zur Suche', { id: 'rb.room.back' })}
    </button>`;
    if (status === 'error' || status === 'offline') return html`${back}${errorState(status === 'offline', () => void this.roomDetail.retry())}`;
    if (!room) return html`${back}${skeleton(2)}`;
    return html`${back}
      <section class="room" aria-labelledby="room-title" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>
        <div role="heading" aria-level=${this.headingLevel + 1} class="section-title" id="room-title" tabindex="-1">${contentText(room.name)} <span class="venue">· ${contentText(room.venue.name)}</span></div>
        ${roomFacts(room, activeUiLocale(), todayIn(this.roomTimeZone))} ${this.renderWeek()}
        ${this.conflict
          ? conflictPanel({
              headingLevel: this.headingLevel + 2,
              conflict: this.conflict,
              roomId: room.id,
              uiLocale: activeUiLocale(),
              onPickAlternative: (alternative) => this.pickAlternative(alternative),
              onDropConflicts: () => this.dropConflicts(),
            })
          : nothing}
        ${bookingForm(
            {
              headingLevel: this.headingLevel + 2,
              room,
              values: this.form,
              errors: this.formErrors,
              labels: this.labels,
              uiLocale: activeUiLocale(),
              sending: this.sending,
              formMessage: formNotice(this.formNotice),
              onChange: (patch) => this.changeForm(patch),
              onSubmit: () => void this.submitBooking(),
            },
            (field) => this.focusField(field),
          )}
      </section>`;
  }

  protected override render(): TemplateResult {
    const uiLocale = activeUiLocale();
    return this.frame(msg('Raum finden und anfragen', { id: 'rb.title' }), () => html`
      <p class="visually-hidden" role="status" aria-live="polite">${this.step === 'search' ? this.statusText() : this.announcer.message}</p>
      ${this.taxonomyNotice()}
      ${this.step === 'search' ? this.renderSearchStep() : nothing} ${this.step === 'room' ? this.renderRoomStep() : nothing}
      ${this.step === 'done' && this.created
        ? successPanel({ headingLevel: this.headingLevel + 1, created: this.created, uiLocale, icsUrl: this.icsUrl, onAgain: () => this.startAgain() })
        : nothing}`);
  }
}
