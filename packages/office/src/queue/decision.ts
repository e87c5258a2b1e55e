/**
 * `<tk-office-decision>`: deciding one request, GOV.UK style: the form
 * (approve, decline, or date by date for a series; a reason for the resident
 * when anything is declined, picked from standard reasons and editable; an
 * internal note; before approving a single date, another time or room), then "check your answers", then sending. Fires
 * `tk-decided` with the booking as it is now.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { BookingDecision, RoomSummary, StaffBooking, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { formatTimeRange, localDate } from '../shared/booking-format.js';
import { activeOfficeLocale } from '../localization/index.js';
import { competingRequests, requestDetails } from './request-details.js';
import { standardReasons } from './reasons.js';
import { queueStyles } from './queue.styles.js';
import { changeErrors, changesAnything, fieldsOf, zonedIso, type ChangeFields } from './change-time.js';

type Outcome = 'confirmed' | 'declined';
type Choice = Outcome | 'by-date';

export interface DecidedDetail {
  booking: StaffBooking;
  outcome: Outcome | 'mixed';
}

@localized()
export class TkOfficeDecision extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, queueStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property({ attribute: false }) booking: StaffBooking | undefined;
  /** The rooms to move a request to. */
  @property({ attribute: false }) rooms: RoomSummary[] = [];

  @state() private step: 'form' | 'check' = 'form';
  @state() private choice: Choice | undefined;
  @state() private dates = new Map<string, Outcome>();
  @state() private reasonId: string | undefined;
  @state() private reason = '';
  @state() private note = '';
  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private busy = false;
  /** Another time or room, when the office changes the request before approving it. */
  @state() private change: ChangeFields | undefined;

  /** Dates still open (a series may have dates that are already decided or cancelled). */
  private get openDates(): string[] {
    return (this.booking?.occurrences ?? []).filter((o) => o.status === 'requested').map((o) => localDate(o.start));
  }

  private get declinesAnything(): boolean {
    return this.choice === 'declined' || (this.choice === 'by-date' && [...this.dates.values()].includes('declined'));
  }

  override render() {
    const booking = this.booking;
    if (!booking) return nothing;
    return this.step === 'check' ? this.renderCheck(booking) : this.renderForm(booking);
  }

  private renderForm(booking: StaffBooking) {
    const locale = activeOfficeLocale();
    const series = this.openDates.length > 1;
    return html`
      <h1 tabindex="-1">${msg(str`Anfrage von ${booking.requester.name}`, { id: 'decision.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      ${requestDetails(booking, locale)} ${competingRequests(booking, locale)}
      <tk-office-room-timeline .client=${this.client} .booking=${booking}></tk-office-room-timeline>
      <form novalidate @submit=${this.toCheck}>
        <fieldset class="field ${this.errors.has('choice-confirmed') ? 'has-error' : ''}" aria-describedby=${describedBy(this.errors, 'choice-confirmed')}>
          <legend>${msg('Ihre Entscheidung', { id: 'decision.legend' })}</legend>
          ${fieldError(this.errors, 'choice-confirmed')}
          <div class="radios">
            ${this.radio('choice', 'choice-confirmed', 'confirmed', this.choice === 'confirmed', msg('Zusagen', { id: 'decision.confirm' }), () => this.choose('confirmed'))}
            ${this.radio('choice', 'choice-declined', 'declined', this.choice === 'declined', msg('Absagen', { id: 'decision.decline' }), () => this.choose('declined'))}
            ${series ? this.radio('choice', 'choice-by-date', 'by-date', this.choice === 'by-date', msg('Termin für Termin entscheiden', { id: 'decision.by-date' }), () => this.choose('by-date')) : nothing}
          </div>
        </fieldset>
        ${this.choice === 'confirmed' && !series ? this.renderChange(booking) : nothing} ${this.choice === 'by-date' ? this.renderDates(booking) : nothing}
        ${this.declinesAnything ? this.renderReason() : nothing}
        <div class="field">
          <label class="label" for="note">${msg('Interne Notiz (optional)', { id: 'decision.note' })}</label>
          <p class="field-hint" id="note-hint">${msg('Nur das Büro sieht sie, die anfragende Person nicht.', { id: 'decision.note.hint' })}</p>
          <textarea class="input" id="note" aria-describedby="note-hint" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <div class="button-row">
          <button class="button">${msg('Weiter', { id: 'decision.continue' })}</button>
          <button type="button" class="link-button" @click=${this.cancel}>${msg('Zurück zur Liste', { id: 'decision.back' })}</button>
        </div>
      </form>
    `;
  }

  private renderDates(booking: StaffBooking) {
    const locale = activeOfficeLocale();
    const occurrences = booking.occurrences.filter((o) => o.status === 'requested');
    return html`<div class="dates">
      ${fieldError(this.errors, 'dates')}
      ${occurrences.map((occurrence) => {
        const date = localDate(occurrence.start);
        const decided = this.dates.get(date);
        return html`<fieldset class="date-decision">
          <legend>${formatTimeRange(occurrence.start, occurrence.end, locale)}</legend>
          <div class="radios inline">
            ${this.radio(`date-${date}`, `date-${date}-confirmed`, 'confirmed', decided === 'confirmed', msg('Zusagen', { id: 'decision.confirm' }), () => this.decideDate(date, 'confirmed'))}
            ${this.radio(`date-${date}`, `date-${date}-declined`, 'declined', decided === 'declined', msg('Absagen', { id: 'decision.decline' }), () => this.decideDate(date, 'declined'))}
          </div>
        </fieldset>`;
      })}
    </div>`;
  }

  private renderChange(booking: StaffBooking) {
    const change = this.change;
    const set = (field: keyof ChangeFields) => (e: Event) => (this.change = { ...this.change!, [field]: (e.target as HTMLInputElement).value });
    const input = (id: string, field: keyof ChangeFields, type: string, label: string) => {
      const invalid = this.errors.has(id);
      return html`<div class="field ${invalid ? 'has-error' : ''}">
        <label class="label" for=${id}>${label}</label>
        ${fieldError(this.errors, id)}
        <input class="input" id=${id} type=${type} .value=${change![field]} @input=${set(field)} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, id)} />
      </div>`;
    };
    const rooms = this.rooms.some((r) => r.id === booking.roomId) ? this.rooms : [{ id: booking.roomId, name: booking.roomName } as RoomSummary, ...this.rooms];
    return html`<div class="field">
        <div class="radio">
          <input type="checkbox" id="change-toggle" .checked=${!!change} @change=${(e: Event) => (this.change = (e.target as HTMLInputElement).checked ? fieldsOf(booking) : undefined)} />
          <label for="change-toggle">${msg('Mit anderer Zeit oder in einem anderen Raum zusagen', { id: 'change.toggle' })}</label>
        </div>
      </div>
      ${change
        ? html`<fieldset class="field change">
            <legend>${msg('Neue Zeit und neuer Raum', { id: 'change.legend' })}</legend>
            <p class="field-hint">${msg('Die Person bekommt eine E-Mail, die sagt, was sich geändert hat.', { id: 'change.hint' })}</p>
            <div class="field">
              <label class="label" for="change-room">${msg('Raum', { id: 'change.room' })}</label>
              <select class="input" id="change-room" @change=${set('roomId')}>
                ${rooms.map((r) => html`<option .value=${r.id} ?selected=${r.id === change.roomId}>${r.name}</option>`)}
              </select>
            </div>
            ${input('change-date', 'date', 'date', msg('Datum', { id: 'change.date' }))} ${input('change-from', 'from', 'time', msg('Beginn', { id: 'change.from' }))}
            ${input('change-to', 'to', 'time', msg('Ende', { id: 'change.to' }))}
          </fieldset>`
        : nothing}`;
  }

  private renderReason() {
    const invalid = this.errors.has('reason');
    return html`
      <fieldset class="field">
        <legend>${msg('Eine Begründung wählen (optional)', { id: 'decision.reasons' })}</legend>
        <p class="field-hint">${msg('Sie füllt das Textfeld darunter; Sie können den Text dann ändern.', { id: 'decision.reasons.hint' })}</p>
        <div class="radios">
          ${standardReasons().map((reason) =>
            this.radio('standard-reason', `reason-${reason.id}`, reason.id, this.reasonId === reason.id, reason.label, () => {
              this.reasonId = reason.id;
              this.reason = reason.text;
            }),
          )}
        </div>
      </fieldset>
      <div class="field ${invalid ? 'has-error' : ''}">
        <label class="label" for="reason">${msg('Begründung für die anfragende Person', { id: 'decision.reason' })}</label>
        <p class="field-hint" id="reason-hint">${msg('Sie steht in der E-Mail an die Person. Schreiben Sie einfach und freundlich.', { id: 'decision.reason.hint' })}</p>
        ${fieldError(this.errors, 'reason')}
        <textarea class="input" id="reason" .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, 'reason', true)}></textarea>
      </div>
    `;
  }

  private renderCheck(booking: StaffBooking) {
    const locale = activeOfficeLocale();
    const outcomeLabel = (outcome: Outcome) => (outcome === 'confirmed' ? msg('Zusagen', { id: 'decision.confirm' }) : msg('Absagen', { id: 'decision.decline' }));
    const change = (field: string, what: string) =>
      html`<dd class="actions"><button type="button" class="link-button" @click=${() => this.backTo(field)}>${msg('Ändern', { id: 'check.change' })}<span class="visually-hidden"> ${what}</span></button></dd>`;
    const decisionLabel = msg('Entscheidung', { id: 'check.decision' });
    const reasonLabel = msg('Begründung', { id: 'check.reason' });
    const noteLabel = msg('Interne Notiz', { id: 'check.note' });
    const changedLabel = msg('Geändert auf', { id: 'check.changed' });
    return html`
      <h1 tabindex="-1">${msg('Prüfen Sie Ihre Entscheidung', { id: 'check.title' })}</h1>
      ${errorSummary(new Map(), this.general)}
      <dl class="summary-list with-actions">
        <div><dt>${msg('Anfrage', { id: 'check.request' })}</dt><dd>${booking.requester.name}: ${booking.roomName}, ${formatTimeRange(booking.start, booking.end, locale)}</dd></div>
        <div>
          <dt>${decisionLabel}</dt>
          <dd>
            ${this.choice === 'by-date'
              ? html`<ul>${[...this.dates].map(([date, outcome]) => html`<li>${formatDateKey(date, locale)}: ${outcomeLabel(outcome)}</li>`)}</ul>`
              : outcomeLabel(this.choice as Outcome)}
          </dd>
          ${change('choice-confirmed', decisionLabel)}
        </div>
        ${this.sendsChange
          ? html`<div class="changed">
              <dt>${changedLabel}</dt>
              <dd>${this.roomName(this.change!.roomId)}, ${formatTimeRange(zonedIso(this.change!.date, this.change!.from), zonedIso(this.change!.date, this.change!.to), locale)}</dd>
              ${change('change-date', changedLabel)}
            </div>`
          : nothing}
        ${this.declinesAnything ? html`<div><dt>${reasonLabel}</dt><dd class="preserve">${this.reason.trim()}</dd>${change('reason', reasonLabel)}</div>` : nothing}
        ${this.note.trim() ? html`<div><dt>${noteLabel}</dt><dd class="preserve">${this.note.trim()}</dd>${change('note', noteLabel)}</div>` : nothing}
      </dl>
      <p>${msg(str`${booking.requester.name} bekommt die Entscheidung per E-Mail.`, { id: 'check.mail' })}</p>
      <div class="button-row">
        <button type="button" class="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.send}>${msg('Entscheidung senden', { id: 'check.send' })}</button>
        <button type="button" class="link-button" @click=${this.cancel}>${msg('Abbrechen', { id: 'check.cancel' })}</button>
      </div>
    `;
  }

  /** Only a change that differs from the request is sent; unchanged fields are no change. */
  private get sendsChange(): boolean {
    return this.choice === 'confirmed' && !!this.change && !!this.booking && this.openDates.length <= 1 && changesAnything(this.booking, this.change);
  }

  private roomName(id: string): string {
    return this.rooms.find((r) => r.id === id)?.name ?? (id === this.booking?.roomId ? this.booking.roomName : id);
  }

  private radio(name: string, id: string, value: string, checked: boolean, label: string, onChange: () => void) {
    return html`<div class="radio">
      <input type="radio" id=${id} name=${name} .value=${value} .checked=${checked} @change=${onChange} />
      <label for=${id}>${label}</label>
    </div>`;
  }

  private choose(choice: Choice) {
    this.choice = choice;
    if (choice === 'by-date' && this.dates.size === 0) this.dates = new Map(this.openDates.map((date) => [date, 'confirmed']));
  }

  private decideDate(date: string, outcome: Outcome) {
    this.dates = new Map(this.dates).set(date, outcome);
  }

  private async toCheck(event: Event) {
    event.preventDefault();
    const errors = new Map<string, string>();
    if (!this.choice) errors.set('choice-confirmed', msg('Wählen Sie, ob Sie zusagen oder absagen', { id: 'decision.choice.missing' }));
    if (this.declinesAnything && this.reason.trim().length < 3)
      errors.set('reason', msg('Schreiben Sie der Person, warum Sie absagen', { id: 'decision.reason.missing' }));
    if (this.choice === 'confirmed' && this.change) for (const [id, text] of changeErrors(this.change)) errors.set(id, text);
    this.errors = errors;
    this.general = undefined;
    await this.updateComplete;
    if (errors.size) return focusErrorSummary(this.shadowRoot);
    this.step = 'check';
    await this.focusHeading();
  }

  private async backTo(field: string) {
    this.step = 'form';
    this.general = undefined;
    await this.updateComplete;
    this.shadowRoot?.getElementById(field)?.focus();
  }

  private async send() {
    const booking = this.booking;
    if (this.busy || !booking || !this.client || !this.choice) return;
    const decision: BookingDecision = { status: this.choice === 'declined' ? 'declined' : 'confirmed' };
    if (this.choice === 'by-date') decision.dates = Object.fromEntries(this.dates);
    if (this.declinesAnything) decision.reason = this.reason.trim();
    if (this.sendsChange) {
      const { roomId, date, from, to } = this.change!;
      decision.change = { ...(roomId !== booking.roomId ? { roomId } : {}), start: zonedIso(date, from), end: zonedIso(date, to) };
    }
    if (this.note.trim()) decision.note = this.note.trim();
    this.busy = true;
    try {
      const { data } = await this.client.bookings.decide(booking.id, decision);
      const outcomes = new Set(this.choice === 'by-date' ? this.dates.values() : [this.choice]);
      const outcome = outcomes.size > 1 ? 'mixed' : ([...outcomes][0] as Outcome);
      this.dispatchEvent(new CustomEvent<DecidedDetail>('tk-decided', { detail: { booking: data, outcome }, bubbles: true, composed: true }));
    } catch (error) {
      const meaning = meaningOf(error);
      this.general =
        meaning.status === 409
          ? msg('Der Raum ist zu dieser Zeit schon vergeben, oder die Anfrage wurde inzwischen entschieden. Gehen Sie zurück zur Liste; sie zeigt den neuen Stand.', { id: 'check.conflict' })
          : meaning.status === 0
            ? msg('Keine Verbindung zum Server. Die Entscheidung ist noch nicht gesendet. Versuchen Sie es noch einmal.', { id: 'check.offline' })
            : msg('Die Entscheidung konnte nicht gesendet werden. Versuchen Sie es in einem Moment noch einmal.', { id: 'check.failed' });
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
    } finally {
      this.busy = false;
    }
  }

  private cancel() {
    this.dispatchEvent(new CustomEvent('tk-decision-cancelled', { bubbles: true, composed: true }));
  }

  private async focusHeading() {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }

  override firstUpdated(): void {
    void this.focusHeading();
  }
}

/** `2026-12-24` as a date of the reader's language. */
function formatDateKey(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
