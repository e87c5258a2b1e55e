import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { factsStyles } from '../shared/facts.styles.js';
import { formErrorStyles } from '../shared/form-errors.styles.js';
import { localDatePart, timeOf, todayIn, zonedIso } from '../shared/dates.js';
import { contentText } from '../shared/fallback.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { errorState, skeleton } from '../shared/status.js';
import { WidgetElement } from '../shared/widget-element.js';
import { tokens } from '../theme/tokens.styles.js';
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
  type RoomSummary,
  type RoomTaxonomy,
} from './booking-api.js';
import { bookingForm, focusFormField } from './booking-form.js';
import {
  FIELDS,
  emptyForm,
  formAtAlternative,
  formForAnotherRequest,
  formFromSearch,
  seriesLength,
  serverFieldErrors,
  toBookingInput,
  validateBooking,
  withFormChange,
  type BookingFormValues,
  type FieldErrors,
} from './booking-form-model.js';
import { conflictPanel, successPanel, whenText, type ConflictInfo } from './booking-outcome.js';
import { resultsArea, roomsStatusText } from './room-results.js';
import { SentBooking } from './sent-booking.js';
import { formNotice, refusalNotice, roomFacts, type FormNotice } from './room-views.js';
import { applyPreset, emptySearch, roomListQuery, searchPanel, validateSearch, type Preset, type SearchErrors, type SearchValues } from './room-search.js';
import { roomBookingStyles } from './room-booking.styles.js';
import { RoomWeek } from './room-week.js';
import { slotTimes, type Segment } from './week-schedule.js';

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
  /** Below this width the seven day columns do not fit: the week is a day list, without the choice. */
  private readonly width = new NarrowController(this, 640);
  /** Below this width (a sidebar) each room card is tall: the list draws a few at a time. */
  private readonly sidebar = new NarrowController(this, SIDEBAR_WIDTH);
  /** Rooms drawn in a sidebar; the rest wait behind "Weitere Räume anzeigen". */
  @state() private roomsDrawn = SIDEBAR_ROOMS;
  @state() private form: BookingFormValues = emptyForm();
  @state() private formErrors: FieldErrors = {};
  @state() private formNotice: FormNotice | undefined;
  @state() private sending = false;
  @state() private conflict: ConflictInfo | undefined;

  protected readonly taxonomies: readonly RoomTaxonomy[] = ['equipment', 'accessibility', 'areas', 'applicant-kinds'];
  private readonly rooms = this.fetcher<ListResponse<RoomSummary>>();
  private readonly roomDetail = this.fetcher<Room>();
  private readonly week = new RoomWeek(this, this.fetcher<Availability>(), {
    source: () => {
      const api = this.client();
      return api && this.selectedRoomId ? { api, roomId: this.selectedRoomId } : undefined;
    },
    tenantTimeZone: () => this.timeZone,
  });
  private selectedRoomId: string | undefined;
  private submission: { key: string; fingerprint: string } | undefined;
  private searchPending = true;
  private organizationName = '';
  private readonly sent = new SentBooking(this);

  protected createApi(baseUrl: string, tenant: string): RoomBookingApi {
    return createRoomBookingApi(baseUrl, tenant);
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

  private async runSearch(focusStatus: boolean): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    const query = roomListQuery(this.search, this.area, todayIn(this.week.timeZone), activeUiLocale());
    this.roomsDrawn = SIDEBAR_ROOMS;
    await this.rooms.run((signal) => api.listRooms(query, { locale, signal }));
    if (focusStatus && this.rooms.status === 'success') this.announcer.announce(this.statusText());
  }

  private async openRoom(id: string, focus: boolean): Promise<void> {
    this.selectedRoomId = id;
    this.step = 'room';
    this.conflict = undefined;
    this.formNotice = undefined;
    await this.loadRoom(id);
    if (focus) this.focusAfterUpdate.request(() => this.$('#room-title'));
  }

  private async loadRoom(id: string): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    await Promise.all([this.roomDetail.run((signal) => api.getRoom(id, { locale, signal })), this.week.load()]);
  }

  // ── Search ──────────────────────────────────────────────────────────────

  private submitSearch(): void {
    this.searchErrors = validateSearch(this.search, activeUiLocale());
    const first = (['people', 'dateTo', 'timeTo'] as const).find((key) => this.searchErrors[key]);
    if (first) {
      this.focusAfterUpdate.request(() => this.$(`#search-${first}`));
      return;
    }
    void this.runSearch(true);
  }

  private setPreset(preset: Preset): void {
    this.search = applyPreset(this.search, preset, todayIn(this.week.timeZone));
    this.searchErrors = {};
    void this.runSearch(true);
  }

  private selectRoom(room: RoomSummary): void {
    this.emit('tk-room-select', { id: room.id, name: room.name });
    this.form = formFromSearch(this.form, this.search, this.selectedRoomId === room.id);
    if (this.search.dateFrom) this.week.showWeekOf(this.search.dateFrom);
    void this.openRoom(room.id, true);
  }

  private backToSearch(): void {
    this.step = 'search';
    const opened = this.selectedRoomId;
    this.focusAfterUpdate.request(() => (opened ? this.$(`[data-room-id="${CSS.escape(opened)}"]`) : null) ?? this.$('#search-title'));
    if (!this.rooms.value) void this.runSearch(false);
  }

  private pickSlot(date: string, segment: Segment): void {
    const { start, end } = slotTimes(segment, this.search, this.week.availability.value?.bookingPolicy.maxDurationMinutes);
    this.form = { ...this.form, date, start: timeOf(start), end: timeOf(end) };
    this.formErrors = {};
    this.conflict = undefined;
    this.formNotice = 'picked';
    this.announcer.announce(msg(str`Zeit übernommen: ${whenText(zonedIso(date, timeOf(start)), zonedIso(date, timeOf(end)), activeUiLocale())}`, { id: 'rb.week.picked' }));
    this.focusAfterUpdate.request(() => this.$('#form-start'));
  }

  // ── Form ────────────────────────────────────────────────────────────────

  private changeForm(patch: Partial<BookingFormValues>): void {
    this.form = withFormChange(this.form, patch);
  }

  private focusErrorSummary(): void {
    this.focusAfterUpdate.request(() => this.$('.error-summary'));
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
    this.formErrors = validateBooking(this.form, room, todayIn(this.week.timeZone), locale);
    if (FIELDS.some((field) => this.formErrors[field])) {
      this.focusErrorSummary();
      return;
    }
    const input = toBookingInput(this.form, room, this.week.timeZone, this.organization || undefined, locale);
    const fingerprint = JSON.stringify(input);
    // One key per submission of the same content: a retry after a lost answer is answered, not booked twice.
    if (this.submission?.fingerprint !== fingerprint) this.submission = { key: newSubmissionKey(), fingerprint };
    this.sending = true;
    this.announcer.announce(msg('Wird gesendet …', { id: 'rb.form.sending' }));
    const outcome = await requestBooking(api, input, { idempotencyKey: this.submission.key });
    this.sending = false;
    if (outcome.kind === 'created') {
      this.submission = undefined;
      this.showCreated(outcome.created, room);
    } else this.showSendError(outcome, room, input.recurrence ? undefined : 1);
  }

  private showCreated(created: BookingCreated, room: Room): void {
    this.sent.show(created, room);
    this.step = 'done';
    const booking = created.data;
    this.announcer.announce(booking.status === 'confirmed' ? msg('Gebucht', { id: 'rb.success.confirmed' }) : msg('Anfrage eingegangen – die Stadt prüft sie', { id: 'rb.success.requested' }));
    this.emit('tk-booking-created', { id: booking.id, roomId: booking.roomId, status: booking.status });
    this.focusAfterUpdate.request(() => this.$('#success-title'));
  }

  private showSendError(outcome: Exclude<BookingOutcome, { kind: 'created' }>, room: Room, singleDate: number | undefined): void {
    switch (outcome.kind) {
      case 'conflict': {
        const { conflicts, alternatives } = outcome;
        this.conflict = { conflicts, alternatives, requestedDates: singleDate ?? Math.max(conflicts.length + 1, seriesLength(this.form)) };
        this.announcer.announce(msg('Diese Zeit ist schon vergeben', { id: 'rb.conflict.title' }));
        this.focusAfterUpdate.request(() => this.$('#conflict-title'));
        void this.week.load();
        return;
      }
      case 'invalid':
        this.formErrors = serverFieldErrors(outcome, room, activeUiLocale());
        this.focusErrorSummary();
        return;
      default:
        this.formNotice = refusalNotice(outcome.kind);
    }
    this.focusAfterUpdate.request(() => this.$('.form-notice'));
  }

  private dropConflicts(): void {
    const dates = (this.conflict?.conflicts ?? []).map((c) => localDatePart(c.start));
    this.form = { ...this.form, excludeDates: [...new Set([...this.form.excludeDates, ...dates])] };
    void this.submitBooking();
  }

  private pickAlternative(alternative: ConflictAlternative): void {
    const otherRoom = alternative.roomId !== this.selectedRoomId;
    this.form = formAtAlternative(this.form, alternative, otherRoom);
    this.conflict = undefined;
    this.week.showWeekOf(this.form.date);
    if (otherRoom) {
      this.formNotice = 'room-changed';
      void this.openRoom(alternative.roomId, false).then(() => this.focusAfterUpdate.request(() => this.$('.form-notice')));
      return;
    }
    this.formNotice = 'picked';
    void this.week.load();
    this.focusAfterUpdate.request(() => this.$('.form-notice'));
  }

  private startAgain(): void {
    this.sent.clear();
    this.form = formForAnotherRequest(this.form);
    this.formErrors = {};
    this.step = 'search';
    this.focusAfterUpdate.request(() => this.$('#search-title'));
    void this.runSearch(false);
  }

  // ── Rendering ───────────────────────────────────────────────────────────

  private statusText(): string {
    return roomsStatusText(this.rooms.status, this.rooms.value?.meta.total, activeUiLocale());
  }

  /** Draws the next rooms of the list; focus goes to the first new one. */
  private drawMoreRooms(drawnBefore: number): void {
    this.roomsDrawn = drawnBefore + SIDEBAR_ROOMS;
    this.focusAfterUpdate.request(() => this.renderRoot.querySelectorAll<HTMLElement>('.results [data-room-id]')[drawnBefore]);
  }

  private renderSearchStep(): TemplateResult {
    const rooms = this.rooms.value;
    return html`${searchPanel({
        headingLevel: this.headingLevel + 1,
        values: this.search,
        errors: this.searchErrors,
        labels: this.labels,
        areaPreset: Boolean(this.area),
        onChange: (patch) => (this.search = { ...this.search, ...patch }),
        onPreset: (preset) => this.setPreset(preset),
        onSubmit: () => this.submitSearch(),
      })}
      ${resultsArea({
        headingLevel: this.headingLevel + 1,
        contentLocale: this.contentLocale,
        statusText: this.statusText(),
        status: this.rooms.status,
        rooms,
        drawn: this.sidebar.narrow ? this.roomsDrawn : (rooms?.data.length ?? 0),
        card: { uiLocale: activeUiLocale(), labels: this.labels, applicantKind: this.search.applicantKind, headingLevel: this.headingLevel + 2, onOpen: (room) => this.selectRoom(room) },
        onRetry: () => void this.rooms.retry(),
        onMore: (drawnBefore) => this.drawMoreRooms(drawnBefore),
      })}`;
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
        ${roomFacts(room, activeUiLocale(), todayIn(this.week.timeZone))} ${this.week.render({ headingLevel: this.headingLevel + 2, room, narrow: this.width.narrow, onPick: (date, segment) => this.pickSlot(date, segment) })}
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
            (field) => focusFormField(this.renderRoot, field),
          )}
      </section>`;
  }

  protected override render(): TemplateResult {
    const uiLocale = activeUiLocale();
    return this.frame(msg('Raum finden und anfragen', { id: 'rb.title' }), () => html`
      <p class="visually-hidden" role="status" aria-live="polite">${this.step === 'search' ? this.statusText() : this.announcer.message}</p>
      ${this.taxonomyNotice()}
      ${this.step === 'search' ? this.renderSearchStep() : nothing} ${this.step === 'room' ? this.renderRoomStep() : nothing}
      ${this.step === 'done' && this.sent.created
        ? successPanel({ headingLevel: this.headingLevel + 1, created: this.sent.created, uiLocale, icsUrl: this.sent.icsUrl, onAgain: () => this.startAgain() })
        : nothing}`);
  }
}
