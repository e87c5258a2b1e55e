/** `<tk-office-stale-summary>`: the start page's card with the number of records not confirmed for a year, and the way to them. */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from '../shell/router.js';
import { staleCount } from './stale-count.js';

@localized()
export class TkOfficeStaleSummary extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;

  @state() private count: number | undefined;
  @state() private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    if (!this.client) return;
    this.failed = false;
    try {
      this.count = await staleCount(this.client);
    } catch {
      this.failed = true;
    }
  }

  override render() {
    const locale = activeOfficeLocale();
    return html`<section aria-labelledby="stale-title" class="card measure">
      <h2 id="stale-title">${msg('Lange nicht bestätigt', { id: 'freshness.title' })}</h2>
      ${this.failed
        ? html`<p>${msg('Die Zahl der Einträge konnte nicht geladen werden.', { id: 'freshness.count-error' })}</p>
            <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`
        : this.count === undefined
          ? html`<p role="status">${msg('Die Einträge werden geladen …', { id: 'records.loading' })}</p>`
          : html`<p class="stale-count" role="status">
              ${this.count === 0
                ? msg('Alle Einträge sind im letzten Jahr bestätigt worden.', { id: 'freshness.none' })
                : this.count === 1
                  ? msg('1 Eintrag ist seit mehr als einem Jahr nicht bestätigt.', { id: 'freshness.count.one' })
                  : msg(str`${formatNumber(this.count, locale)} Einträge sind seit mehr als einem Jahr nicht bestätigt.`, { id: 'freshness.count.other' })}
            </p>`}
      <p><a href=${router.href('freshness')} @click=${navigate('freshness')}>${msg('Zu den Einträgen, die lange nicht bestätigt sind', { id: 'freshness.to-list' })}</a></p>
    </section>`;
  }
}
