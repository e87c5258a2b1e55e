/**
 * `<tk-office-decline-competing>`: after an approval, the requests that
 * waited for the same time are declined in one step with one reason (the
 * standard "already taken" text, editable). The screen lists who gets the
 * answer, so it is its own "check your answers". Fires
 * `tk-competing-declined` with the number declined.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { BookingOverlap, StaffBooking, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { formatTimeRange } from '../shared/booking-format.js';
import { activeOfficeLocale } from '../localization/index.js';
import { standardReasons } from './reasons.js';
import { queueStyles } from './queue.styles.js';

@localized()
export class TkOfficeDeclineCompeting extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, queueStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The booking just approved. */
  @property({ attribute: false }) approved: StaffBooking | undefined;
  /** The requests that wait for the same time. */
  @property({ attribute: false }) requests: BookingOverlap[] = [];

  @state() private reason = standardReasons()[0]!.text;
  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private busy = false;

  override firstUpdated(): void {
    this.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    const locale = activeOfficeLocale();
    const invalid = this.errors.has('competing-reason');
    return html`
      <h1 tabindex="-1">${msg('Die anderen Anfragen absagen', { id: 'competing.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <p>${msg('Diese Anfragen warten auf dieselbe Zeit im selben Raum. Jede Person bekommt eine E-Mail mit der Begründung.', { id: 'competing.intro' })}</p>
      <ul class="measure competing-list">
        ${this.requests.map((r) => html`<li>${r.organizationName ?? r.requesterName ?? msg('ohne Namen', { id: 'request.overlap.anonymous' })}, ${formatTimeRange(r.start, r.end, locale)}</li>`)}
      </ul>
      <form novalidate @submit=${this.submit}>
        <div class="field ${invalid ? 'has-error' : ''}">
          <label class="label" for="competing-reason">${msg('Begründung für die anfragenden Personen', { id: 'competing.reason' })}</label>
          ${fieldError(this.errors, 'competing-reason')}
          <textarea class="input" id="competing-reason" .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, 'competing-reason')}></textarea>
        </div>
        <div class="button-row">
          <button class="button warning" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Anfragen absagen', { id: 'competing.submit' })}</button>
          <button type="button" class="link-button" @click=${this.cancel}>${msg('Abbrechen', { id: 'check.cancel' })}</button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client || !this.approved) return;
    if (this.reason.trim().length < 3) return this.show(new Map([['competing-reason', msg('Schreiben Sie den Personen, warum Sie absagen', { id: 'competing.reason.missing' })]]));
    this.busy = true;
    try {
      const { data } = await this.client.bookings.declineConflicting(this.approved.id, this.reason.trim());
      this.dispatchEvent(new CustomEvent('tk-competing-declined', { detail: { count: data.length }, bubbles: true, composed: true }));
    } catch {
      await this.show(new Map(), msg('Die Anfragen konnten nicht abgesagt werden. Versuchen Sie es in einem Moment noch einmal.', { id: 'competing.failed' }));
    } finally {
      this.busy = false;
    }
  }

  private async show(errors: Map<string, string>, general?: string) {
    this.errors = errors;
    this.general = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private cancel() {
    this.dispatchEvent(new CustomEvent('tk-decision-cancelled', { bubbles: true, composed: true }));
  }
}
