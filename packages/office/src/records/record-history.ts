/** `<tk-office-record-history>`: who changed or confirmed a record and when, from the audit trail, newest first. */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AuditEntry, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, formatList, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { activeOfficeLocale } from '../localization/index.js';
import { recordsStyles } from './records.styles.js';

function operationName(operation: string): string {
  switch (operation) {
    case 'create':
      return msg('angelegt', { id: 'history.create' });
    case 'delete':
      return msg('gelöscht', { id: 'history.delete' });
    case 'confirm':
      return msg('unverändert bestätigt', { id: 'history.confirm' });
    default:
      return msg('geändert', { id: 'history.update' });
  }
}

@localized()
export class TkOfficeRecordHistory extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, recordsStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property({ attribute: false }) recordType: AuditEntry['recordType'] = 'organization';
  @property({ attribute: false }) recordId = '';
  /** Raise it after a write to read the trail again. */
  @property({ attribute: false }) revision = 0;

  @state() private entries: AuditEntry[] | undefined;
  @state() private failed = false;

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('recordId') || changed.has('revision') || changed.has('client')) void this.load();
  }

  private async load() {
    if (!this.client || !this.recordId) return;
    this.failed = false;
    try {
      this.entries = (await this.client.audit.list({ recordType: this.recordType, recordId: this.recordId, limit: 20 })).data;
    } catch {
      this.failed = true;
    }
  }

  override render() {
    const locale = activeOfficeLocale();
    const when = (at: string) => `${formatDate(at, locale)}, ${new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' })}`;
    return html`<section aria-labelledby="history-title">
      <h2 id="history-title">${msg('Verlauf', { id: 'history.title' })}</h2>
      ${this.failed
        ? html`<p>${msg('Der Verlauf konnte nicht geladen werden.', { id: 'history.error' })}</p>
            <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`
        : !this.entries
          ? html`<p role="status">${msg('Der Verlauf wird geladen …', { id: 'history.loading' })}</p>`
          : this.entries.length === 0
            ? html`<p>${msg('Noch keine Einträge im Verlauf.', { id: 'history.none' })}</p>`
            : html`<ol class="history">
                ${this.entries.map(
                  (entry) => html`<li class="history-entry">
                    <strong>${when(entry.at)}</strong>: ${msg(str`${entry.actor.name} hat den Eintrag ${operationName(entry.operation)}`, { id: 'history.entry' })}${Object.keys(entry.changes).length && entry.operation !== 'confirm'
                      ? html` (${msg(str`Felder: ${formatList(Object.keys(entry.changes), locale)}`, { id: 'history.fields' })})`
                      : nothing}.
                  </li>`,
                )}
              </ol>`}
    </section>`;
  }
}
