/** `<tk-office-start>`: how many requests wait and for how long, and the way to them. */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from './router.js';

@localized()
export class TkOfficeStart extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The signed-in person's name, for the greeting. */
  @property({ attribute: false }) staffName = '';

  @state() private waiting: { total: number; oldestDays: number | null } | undefined;
  @state() private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    if (!this.client) return;
    this.failed = false;
    try {
      const page = await this.client.bookings.queue({ status: 'requested', sort: 'arrival', limit: 1 });
      this.waiting = { total: page.meta.total, oldestDays: page.data[0]?.waitingDays ?? null };
    } catch {
      this.failed = true;
    }
  }

  override render() {
    const locale = activeOfficeLocale();
    return html`
      <h1 tabindex="-1">${msg(str`Guten Tag, ${this.staffName}`, { id: 'start.title' })}</h1>
      <section aria-labelledby="waiting-title" class="card measure">
        <h2 id="waiting-title">${msg('Buchungsanfragen', { id: 'queue.title' })}</h2>
        ${this.failed
          ? html`<p>${msg('Die Zahl der Anfragen konnte nicht geladen werden.', { id: 'start.error' })}</p>
              <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`
          : !this.waiting
            ? html`<p role="status">${msg('Die Anfragen werden geladen …', { id: 'queue.loading' })}</p>`
            : html`<p class="waiting-count" role="status">
                  ${this.waiting.total === 0
                    ? msg('Zurzeit wartet keine Anfrage.', { id: 'start.none' })
                    : this.waiting.total === 1
                      ? msg('1 Anfrage wartet auf Ihre Entscheidung.', { id: 'start.one' })
                      : msg(str`${formatNumber(this.waiting.total, locale)} Anfragen warten auf Ihre Entscheidung.`, { id: 'start.other' })}
                </p>
                ${this.waiting.total > 0 && this.waiting.oldestDays !== null && this.waiting.oldestDays > 0
                  ? html`<p>${msg(str`Die älteste wartet seit ${formatNumber(this.waiting.oldestDays, locale)} Tagen.`, { id: 'start.oldest' })}</p>`
                  : nothing}`}
        <p><a href=${router.href('bookings')} @click=${navigate('bookings')}>${msg('Zu den Buchungsanfragen', { id: 'start.to-queue' })}</a></p>
      </section>
      <tk-office-stale-summary .client=${this.client}></tk-office-stale-summary>
    `;
  }
}
