/** `<tk-office-records>`: the records of one kind, searchable, each with a link to its form and when it was last confirmed. */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { RecordCollection, StoredRecordSummary, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from '../shell/router.js';
import { RECORD_KINDS, collectionTitle, recordRoute } from './collections.js';
import { recordsStyles } from './records.styles.js';

@localized()
export class TkOfficeRecords extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    officeStyles,
    recordsStyles,
    css`
      .search {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_space-s) var(--_space-m);
        margin-block-end: var(--_space-l);
      }
      .search .field {
        flex: 1 1 14rem;
      }
    `,
  ];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property() collection: RecordCollection = 'organizations';

  @state() private rows: StoredRecordSummary[] | undefined;
  @state() private total = 0;
  /** More than one page matched: the search should be narrower. */
  @state() private more = false;
  @state() private failed = false;
  @state() private query = '';

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('collection') || changed.has('client')) void this.load();
  }

  private async load() {
    if (!this.client) return;
    this.failed = false;
    this.rows = undefined;
    try {
      const page = await this.client.records.list(this.collection, { ...(this.query ? { q: this.query } : {}), limit: 100 });
      this.rows = page.data;
      this.total = page.data.length;
      this.more = page.meta.nextCursor !== null;
    } catch {
      this.failed = true;
    }
  }

  private search(event: SubmitEvent) {
    event.preventDefault();
    this.query = (new FormData(event.target as HTMLFormElement).get('q') as string).trim();
    void this.load();
  }

  override render() {
    const locale = activeOfficeLocale();
    return html`
      <h1 tabindex="-1">${collectionTitle(this.collection)}</h1>
      <nav aria-label=${msg('Art der Einträge', { id: 'records.kinds' })}>
        <ul class="kinds">
          ${RECORD_KINDS.map(
            (kind) => html`<li><a href=${router.href(recordRoute(kind))} aria-current=${kind === this.collection ? 'page' : 'false'} @click=${navigate(recordRoute(kind))}>${collectionTitle(kind)}</a></li>`,
          )}
        </ul>
      </nav>
      <form class="search" role="search" @submit=${this.search}>
        <div class="field">
          <label class="label" for="q">${msg('Name oder Titel enthält', { id: 'records.search' })}</label>
          <input class="input" id="q" name="q" type="search" .value=${this.query} />
        </div>
        <button class="button" type="submit">${msg('Suchen', { id: 'records.search.submit' })}</button>
      </form>
      ${this.failed
        ? html`<p>${msg('Die Einträge konnten nicht geladen werden.', { id: 'records.error' })}</p>
            <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`
        : !this.rows
          ? html`<p role="status">${msg('Die Einträge werden geladen …', { id: 'records.loading' })}</p>`
          : html`<p role="status" class="records-count">
                ${this.total === 0
                  ? msg('Keine Einträge gefunden.', { id: 'records.none' })
                  : this.total === 1
                    ? msg('1 Eintrag', { id: 'records.count.one' })
                    : msg(str`${formatNumber(this.total, locale)} Einträge`, { id: 'records.count.other' })}
                ${this.more ? msg('Es gibt weitere; grenzen Sie die Suche ein.', { id: 'records.more' }) : nothing}
              </p>
              ${this.rows.length
                ? html`<ul class="record-list">
                    ${this.rows.map(
                      (row) => html`<li>
                        <a href=${router.href(recordRoute(this.collection, row.id))} @click=${navigate(recordRoute(this.collection, row.id))}>${row.title}</a>
                        <span class="hint">${row.verifiedAt
                          ? msg(str`Zuletzt bestätigt am ${formatDate(row.verifiedAt, locale)}`, { id: 'records.verified-on' })
                          : msg('Noch nie bestätigt', { id: 'records.never-verified' })}</span>
                      </li>`,
                    )}
                  </ul>`
                : nothing}`}
    `;
  }
}
