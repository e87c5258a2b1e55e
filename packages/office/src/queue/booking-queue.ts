/**
 * `<tk-office-queue>`: the booking requests. Filters (status, room, text),
 * one card per request with the resident's contact, the days it has waited
 * and what competes with it; "Anfrage entscheiden" opens the decision
 * (`bookings/<id>`), and after it a notification banner says what happened.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { BookingOverlap, BookingStatus, RoomSummary, StaffBooking, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { formatTimeRange } from '../shared/booking-format.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from '../shell/router.js';
import { competingRequests, requestDetails } from './request-details.js';
import { queueStyles } from './queue.styles.js';
import type { DecidedDetail } from './decision.js';

/** Requests per page: enough for a normal week, small enough to show at once. */
const PAGE_SIZE = 50;

interface Filters {
  status: BookingStatus;
  room: string;
  q: string;
}

@localized()
export class TkOfficeQueue extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, queueStyles];

  /** The signed-in client. */
  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The request being decided, from the route `bookings/<id>`. */
  @property({ attribute: false }) bookingId: string | undefined;

  @state() private bookings: StaffBooking[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private rooms: RoomSummary[] = [];
  @state() private loading: 'idle' | 'loading' | 'error' = 'loading';
  @state() private banner: string | undefined;
  /** After an approval: the requests that still wait for the same time, to decline in one step. */
  @state() private competing: { approved: StaffBooking; requests: BookingOverlap[] } | undefined;
  @state() private decliningCompeting = false;
  private filters: Filters = { status: 'requested', room: '', q: '' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    void this.client?.rooms.list({ limit: 100 }).then(
      ({ data }) => (this.rooms = data),
      () => undefined,
    );
  }

  override render() {
    if (this.bookingId) {
      const booking = this.bookings.find((b) => b.id === this.bookingId);
      if (booking) {
        return html`<tk-office-decision .client=${this.client} .booking=${booking} .rooms=${this.rooms} @tk-decided=${this.decided} @tk-decision-cancelled=${() => router.go('bookings')}></tk-office-decision>`;
      }
      if (this.loading === 'loading') return this.renderLoading();
      return html`<h1 tabindex="-1">${msg('Diese Anfrage wartet nicht mehr', { id: 'queue.gone.title' })}</h1>
        <p>${msg('Sie wurde schon entschieden oder zurückgezogen.', { id: 'queue.gone.body' })}</p>
        <p><a href=${router.href('bookings')} @click=${navigate('bookings')}>${msg('Zu den Anfragen', { id: 'queue.gone.back' })}</a></p>`;
    }
    if (this.decliningCompeting && this.competing) {
      return html`<tk-office-decline-competing .client=${this.client} .approved=${this.competing.approved} .requests=${this.competing.requests}
        @tk-competing-declined=${this.competingDeclined} @tk-decision-cancelled=${this.stopDecliningCompeting}></tk-office-decline-competing>`;
    }
    return html`
      ${this.banner
        ? html`<div class="banner" role="status" tabindex="-1"><p class="banner-title">${msg('Erledigt', { id: 'banner.done' })}</p><div class="banner-body"><p>${this.banner}</p>
              ${this.competing
                ? html`<p>${this.competing.requests.length === 1
                      ? msg('1 weitere Anfrage wartet auf dieselbe Zeit.', { id: 'banner.competing.one' })
                      : msg(str`${formatNumber(this.competing.requests.length, activeOfficeLocale())} weitere Anfragen warten auf dieselbe Zeit.`, { id: 'banner.competing.other' })}</p>
                    <p><button type="button" class="button secondary decline-competing" @click=${this.startDecliningCompeting}>${msg('Diese Anfragen absagen', { id: 'banner.competing.decline' })}</button></p>`
                : nothing}</div></div>`
        : nothing}
      <h1 tabindex="-1">${msg('Buchungsanfragen', { id: 'queue.title' })}</h1>
      ${this.renderFilters()}
      <p class="count" role="status">${this.loading === 'loading' ? msg('Die Anfragen werden geladen …', { id: 'queue.loading' }) : this.countText()}</p>
      ${this.loading === 'error'
        ? html`<div class="state state-error"><p class="state-title">${msg('Die Anfragen konnten nicht geladen werden.', { id: 'queue.error' })}</p>
            <button type="button" class="button" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></div>`
        : this.renderList()}
    `;
  }

  private renderLoading() {
    return html`<p role="status">${msg('Die Anfragen werden geladen …', { id: 'queue.loading' })}</p>`;
  }

  private renderFilters() {
    const statuses: Array<[BookingStatus, string]> = [
      ['requested', msg('Wartend', { id: 'status.requested' })],
      ['confirmed', msg('Zugesagt', { id: 'status.confirmed' })],
      ['declined', msg('Abgesagt', { id: 'status.declined' })],
      ['cancelled', msg('Zurückgezogen', { id: 'status.cancelled' })],
    ];
    return html`<form class="filters" role="search" aria-label=${msg('Anfragen filtern', { id: 'queue.filters' })} @submit=${this.applyFilters}>
      <div class="field">
        <label class="label" for="filter-status">${msg('Status', { id: 'queue.filter.status' })}</label>
        <select class="input" id="filter-status" name="status">
          ${statuses.map(([value, label]) => html`<option value=${value} ?selected=${this.filters.status === value}>${label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label class="label" for="filter-room">${msg('Raum', { id: 'request.room' })}</label>
        <select class="input" id="filter-room" name="room">
          <option value="">${msg('Alle Räume', { id: 'queue.filter.all-rooms' })}</option>
          ${this.rooms.map((room) => html`<option value=${room.id} ?selected=${this.filters.room === room.id}>${room.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label class="label" for="filter-q">${msg('Name, E-Mail oder Zweck', { id: 'queue.filter.q' })}</label>
        <input class="input" id="filter-q" name="q" type="search" .value=${this.filters.q} />
      </div>
      <button class="button">${msg('Filter anwenden', { id: 'queue.filter.apply' })}</button>
    </form>`;
  }

  private countText() {
    const n = this.total;
    if (n === 0) return msg('Keine Anfrage passt zu den Filtern.', { id: 'queue.count.none' });
    return n === 1 ? msg('1 Anfrage', { id: 'queue.count.one' }) : msg(str`${formatNumber(n, activeOfficeLocale())} Anfragen`, { id: 'queue.count.other' });
  }

  private renderList() {
    const locale = activeOfficeLocale();
    if (this.loading !== 'idle' || this.bookings.length === 0) return nothing;
    return html`<ul class="requests">
      ${this.bookings.map((booking) => {
        const competing = booking.overlaps.length > 0;
        const headingId = `request-${booking.id}`;
        return html`<li class="card request ${competing ? 'competing' : ''}" aria-labelledby=${headingId}>
          <h2 id=${headingId} tabindex="-1">${booking.roomName}: ${formatTimeRange(booking.start, booking.end, locale)}</h2>
          <p class="request-tags">
            ${booking.waitingDays !== null && booking.status === 'requested' ? html`<span class="tag ${booking.waitingDays >= 5 ? 'warning' : ''}">${waitingText(booking.waitingDays, locale)}</span>` : nothing}
            ${booking.occurrences.length > 1 ? html`<span class="tag">${msg(str`Serie mit ${formatNumber(booking.occurrences.length, locale)} Terminen`, { id: 'request.series' })}</span>` : nothing}
          </p>
          ${requestDetails(booking, locale)} ${competingRequests(booking, locale)}
          ${booking.status === 'requested'
            ? html`<a class="button decide" href=${router.href(`bookings/${booking.id}`)} @click=${navigate(`bookings/${booking.id}`)}
                >${msg('Anfrage entscheiden', { id: 'queue.decide' })}<span class="visually-hidden">: ${booking.requester.name}</span></a
              >`
            : nothing}
        </li>`;
      })}
    </ul>
    ${this.nextCursor
      ? html`<p class="more"><button type="button" class="button secondary load-more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
          ${msg(str`Weitere Anfragen laden (${formatNumber(this.bookings.length, activeOfficeLocale())} von ${formatNumber(this.total, activeOfficeLocale())} gezeigt)`, { id: 'queue.more' })}
        </button></p>`
      : nothing}`;
  }

  private applyFilters(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.filters = { status: String(form.get('status')) as BookingStatus, room: String(form.get('room') ?? ''), q: String(form.get('q') ?? '').trim() };
    this.banner = undefined;
    this.competing = undefined;
    void this.load();
  }

  /** Reloads the list from its first page. */
  async load(): Promise<void> {
    if (!this.client) return;
    this.loading = 'loading';
    try {
      const page = await this.client.bookings.queue(this.query());
      this.bookings = page.data;
      this.total = page.meta.total;
      this.nextCursor = page.meta.nextCursor;
      this.loading = 'idle';
    } catch {
      this.loading = 'error';
    }
  }

  private async startDecliningCompeting() {
    this.decliningCompeting = true;
  }

  private async stopDecliningCompeting() {
    this.decliningCompeting = false;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
  }

  private async competingDeclined(event: CustomEvent<{ count: number }>) {
    const { count } = event.detail;
    this.decliningCompeting = false;
    this.competing = undefined;
    this.banner =
      count === 1
        ? msg('1 Anfrage abgesagt. Die Person bekommt eine E-Mail mit Ihrer Begründung.', { id: 'banner.competing.declined.one' })
        : msg(str`${formatNumber(count, activeOfficeLocale())} Anfragen abgesagt. Die Personen bekommen eine E-Mail mit Ihrer Begründung.`, { id: 'banner.competing.declined.other' });
    await this.load();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
  }

  /** The filters as the API takes them; waiting requests the oldest first, the rest by date. */
  private query(cursor?: string) {
    const { status, room, q } = this.filters;
    return { status, sort: status === 'requested' ? ('arrival' as const) : ('start' as const), limit: PAGE_SIZE, ...(room ? { room } : {}), ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) };
  }

  /** The next page below the list; the focus moves to the first new request so a keyboard user reads on from there. */
  private async loadMore() {
    if (!this.client || !this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    const firstNew = this.bookings.length;
    try {
      const page = await this.client.bookings.queue(this.query(this.nextCursor));
      this.bookings = [...this.bookings, ...page.data];
      this.nextCursor = page.meta.nextCursor;
      await this.updateComplete;
      this.shadowRoot?.querySelectorAll<HTMLElement>('.request h2')[firstNew]?.focus();
    } catch {
      this.loading = 'error';
    } finally {
      this.loadingMore = false;
    }
  }

  private async decided(event: CustomEvent<DecidedDetail>) {
    const { booking, outcome } = event.detail;
    const before = this.bookings.find((b) => b.id === booking.id);
    const waiting = (before?.overlaps ?? []).filter((o) => o.status === 'requested');
    this.competing = outcome !== 'declined' && waiting.length > 0 ? { approved: booking, requests: waiting } : undefined;
    const when = formatTimeRange(booking.start, booking.end, activeOfficeLocale());
    const name = booking.requester.name;
    const room = booking.roomName;
    this.banner =
      outcome === 'confirmed'
        ? msg(str`Zugesagt: ${name}, ${room}, ${when}. ${name} bekommt eine E-Mail.`, { id: 'banner.confirmed' })
        : outcome === 'declined'
          ? msg(str`Abgesagt: ${name}, ${room}, ${when}. ${name} bekommt eine E-Mail mit Ihrer Begründung.`, { id: 'banner.declined' })
          : msg(str`Termin für Termin entschieden: ${name}, ${room}. ${name} bekommt eine E-Mail.`, { id: 'banner.mixed' });
    router.go('bookings');
    await this.load();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
  }
}

function waitingText(days: number, locale: string): string {
  if (days === 0) return msg('wartet seit heute', { id: 'queue.waiting.today' });
  if (days === 1) return msg('wartet seit 1 Tag', { id: 'queue.waiting.one' });
  return msg(str`wartet seit ${formatNumber(days, locale)} Tagen`, { id: 'queue.waiting.other' });
}
