/**
 * `<tk-office-freshness>`: records not confirmed for more than a year, every
 * kind, least recently confirmed first; "confirm unchanged" in one click
 * (sets `verifiedAt`, audited), or the link to the form to change it.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { RecordCollection, StoredRecordSummary, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from '../shell/router.js';
import { RECORD_KINDS, collectionTitle, recordRoute } from '../records/collections.js';
import { recordsStyles } from '../records/records.styles.js';
import { staleRecords } from './stale-count.js';
import { doneBanner } from '../shared/done-banner.js';

interface StaleRow extends StoredRecordSummary {
  collection: RecordCollection;
}

@localized()
export class TkOfficeFreshness extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, recordsStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;

  @state() private rows: StaleRow[] | undefined;
  @state() private failed = false;
  @state() private notice: string | undefined;
  @state() private rowError: { id: string; message: string } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    if (!this.client) return;
    this.failed = false;
    try {
      const byKind = await staleRecords(this.client);
      this.rows = RECORD_KINDS.flatMap((collection) => byKind[collection].map((row) => ({ ...row, collection })));
    } catch {
      this.failed = true;
    }
  }

  private async confirm(row: StaleRow, index: number) {
    if (!this.client) return;
    this.rowError = undefined;
    try {
      await this.client.records.confirm(row.collection, row.id, { version: row.version });
      this.rows = this.rows!.filter((r) => r !== row);
      this.notice = msg(str`„${row.title}“ ist als unverändert bestätigt.`, { id: 'freshness.confirmed' });
      await this.updateComplete;
      // The confirmed row is gone; the focus goes to the next one's button, or to the notice when none is left.
      const buttons = this.shadowRoot!.querySelectorAll<HTMLElement>('.confirm');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.shadowRoot!.querySelector<HTMLElement>('.banner'))?.focus();
    } catch {
      this.rowError = { id: `${row.collection}/${row.id}`, message: msg('Das Bestätigen hat nicht geklappt. Der Eintrag wurde vielleicht inzwischen geändert. Öffnen Sie ihn und prüfen Sie ihn.', { id: 'freshness.failed' }) };
    }
  }

  override render() {
    const locale = activeOfficeLocale();
    return html`
      <h1 tabindex="-1">${msg('Lange nicht bestätigt', { id: 'freshness.title' })}</h1>
      <p class="measure">${msg('Diese Einträge hat seit mehr als einem Jahr niemand geprüft. Bestätigen Sie einen Eintrag, wenn er noch stimmt, oder öffnen Sie ihn und ändern Sie ihn.', { id: 'freshness.intro' })}</p>
      ${doneBanner(this.notice)}
      ${this.failed
        ? html`<p>${msg('Die Einträge konnten nicht geladen werden.', { id: 'records.error' })}</p>
            <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`
        : !this.rows
          ? html`<p role="status">${msg('Die Einträge werden geladen …', { id: 'records.loading' })}</p>`
          : this.rows.length === 0
            ? html`<p role="status">${msg('Alle Einträge sind im letzten Jahr bestätigt worden.', { id: 'freshness.none' })}</p>`
            : html`<ul class="record-list stale-list">
                ${this.rows.map((row, index) => {
                  const route = recordRoute(row.collection, row.id);
                  const error = this.rowError?.id === `${row.collection}/${row.id}` ? this.rowError.message : undefined;
                  const errorId = `error-${row.collection}-${row.id}`;
                  return html`<li>
                    <span>
                      <a href=${router.href(route)} @click=${navigate(route)}>${row.title}</a>
                      <span class="hint">(${collectionTitle(row.collection)}; ${row.verifiedAt
                        ? msg(str`zuletzt bestätigt am ${formatDate(row.verifiedAt, locale)}`, { id: 'freshness.verified-on' })
                        : msg('noch nie bestätigt', { id: 'freshness.never' })})</span>
                      ${error ? html`<span class="field-error" id=${errorId}>${error}</span>` : nothing}
                    </span>
                    <button type="button" class="button secondary confirm" aria-describedby=${error ? errorId : nothing} @click=${() => this.confirm(row, index)}>
                      ${msg('Unverändert bestätigen', { id: 'records.confirm' })}<span class="visually-hidden">: ${row.title}</span>
                    </button>
                  </li>`;
                })}
              </ul>`}
    `;
  }
}
