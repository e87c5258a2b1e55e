/**
 * `<tk-office-event-sources>`: the calendars the server keeps the events in
 * step with: each with its address, interval, last sync and, clearly, why
 * the last attempt failed; "sync now" with its outcome announced; changing a
 * source in place, removing one after a question, and adding one.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ApiError, type EventSource, type TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { RemoteData, remoteState } from '../shared/remote-data.js';
import { doneBanner } from '../shared/done-banner.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { activeOfficeLocale } from '../localization/index.js';
import { taxonomiesStyles } from '../taxonomies/taxonomies.styles.js';

const dateTime = (iso: string) => {
  const locale = activeOfficeLocale();
  return `${formatDate(iso, locale)}, ${new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(new Date(iso))}`;
};

function intervalText(minutes: number): string {
  const locale = activeOfficeLocale();
  if (minutes % 1440 === 0) return minutes === 1440 ? msg('jeden Tag', { id: 'sources.every-day' }) : msg(str`alle ${formatNumber(minutes / 1440, locale)} Tage`, { id: 'sources.every-days' });
  if (minutes % 60 === 0) return minutes === 60 ? msg('jede Stunde', { id: 'sources.every-hour' }) : msg(str`alle ${formatNumber(minutes / 60, locale)} Stunden`, { id: 'sources.every-hours' });
  return msg(str`alle ${formatNumber(minutes, locale)} Minuten`, { id: 'sources.every-minutes' });
}

function reportText(source: EventSource): string {
  const report = source.lastReport;
  if (!report) return '';
  const locale = activeOfficeLocale();
  return msg(str`${formatNumber(report.created, locale)} neu, ${formatNumber(report.updated, locale)} geändert, ${formatNumber(report.removed, locale)} entfernt, ${formatNumber(report.unchanged, locale)} unverändert`, { id: 'sources.report' });
}

@localized()
export class TkOfficeEventSources extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    officeStyles,
    taxonomiesStyles,
    css`
      .source-error {
        padding: var(--_space-s) var(--_space-m);
        border-inline-start: 5px solid var(--_color-danger);
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) client: TeilhabeClient | undefined;

  private readonly sources = new RemoteData(this, async () => (await this.client!.eventSources.list()).data, { args: () => [this.client] });
  @state() private notice: string | undefined;
  @state() private problem: string | undefined;
  /** What the last "sync now" came to, read out by the live region. */
  @state() private syncOutcome = '';
  @state() private syncing: string | undefined;
  @state() private editing: string | undefined;
  @state() private confirming: string | undefined;

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private async saved(source: EventSource, created: boolean) {
    this.editing = undefined;
    this.problem = undefined;
    await this.sources.reload();
    this.notice = created ? msg(str`„${source.name}“ ist hinzugefügt. Der Server liest den Kalender innerhalb einer Minute.`, { id: 'sources.created' }) : msg(str`„${source.name}“ ist gespeichert.`, { id: 'sources.saved' });
    await this.focusOn('.banner');
  }

  private async sync(source: EventSource) {
    if (!this.client || this.syncing) return;
    this.syncing = source.id;
    this.syncOutcome = msg(str`„${source.name}“ wird abgeglichen …`, { id: 'sources.syncing' });
    try {
      const { data } = await this.client.eventSources.sync(source.id);
      if (this.sources.value) this.sources.value = this.sources.value.map((s) => (s.id === data.id ? data : s));
      this.syncOutcome = data.lastError
        ? msg(str`Der Abgleich von „${data.name}“ ist fehlgeschlagen: ${data.lastError}`, { id: 'sources.sync.failed' })
        : msg(str`Abgleich von „${data.name}“ fertig: ${reportText(data)}.`, { id: 'sources.sync.done' });
    } catch (error) {
      this.syncOutcome =
        error instanceof ApiError && error.status === 409
          ? msg(str`„${source.name}“ wird gerade schon abgeglichen. Sehen Sie in einer Minute wieder nach.`, { id: 'sources.sync.running' })
          : msg(str`Der Abgleich von „${source.name}“ konnte nicht gestartet werden. Versuchen Sie es gleich noch einmal.`, { id: 'sources.sync.not-started' });
    } finally {
      this.syncing = undefined;
    }
  }

  private async ask(id: string) {
    this.notice = undefined;
    this.problem = undefined;
    this.confirming = id;
    await this.focusOn('#confirm-question');
  }

  private async cancelQuestion() {
    const id = this.confirming;
    this.confirming = undefined;
    await this.focusOn(`#delete-${id}`);
  }

  private async removeSource(source: EventSource) {
    if (!this.client) return;
    try {
      await this.client.eventSources.delete(source.id);
      this.confirming = undefined;
      await this.sources.reload();
      this.notice = msg(str`„${source.name}“ ist entfernt. Seine Veranstaltungen bleiben und lassen sich jetzt hier bearbeiten.`, { id: 'sources.deleted' });
      await this.focusOn('.banner');
    } catch {
      this.confirming = undefined;
      this.problem = msg('Der Kalender konnte nicht entfernt werden. Versuchen Sie es gleich noch einmal.', { id: 'sources.delete.failed' });
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${msg('Kalender-Importe', { id: 'sources.title' })}</h1>
      <p class="measure">${msg('Diese Kalender liest der Server regelmäßig und hält ihre Veranstaltungen aktuell: neue kommen hinzu, geänderte werden übernommen, entfernte verschwinden.', { id: 'sources.intro' })}</p>
      ${doneBanner(this.notice)} ${errorSummary(new Map(), this.problem)}
      <p class="visually-hidden" role="status" aria-live="polite" id="sync-outcome">${this.syncOutcome}</p>
      ${remoteState(
        this.sources,
        { loading: msg('Die Kalender werden geladen …', { id: 'sources.loading' }), failed: msg('Die Kalender konnten nicht geladen werden.', { id: 'sources.load-failed' }) },
        (sources) =>
          html`${sources.length ? html`<ul class="terms">${sources.map((source) => this.renderSource(source))}</ul>` : html`<p>${msg('Es gibt noch keinen Kalender-Import.', { id: 'sources.empty' })}</p>`}
              <section aria-labelledby="add-title">
                <h2 id="add-title">${msg('Kalender hinzufügen', { id: 'sources.add' })}</h2>
                <tk-office-event-source-form .client=${this.client} @tk-event-source-saved=${(e: CustomEvent<EventSource>) => this.saved(e.detail, true)}></tk-office-event-source-form>
              </section>`,
      )}`;
  }

  private renderSource(source: EventSource) {
    if (this.editing === source.id) {
      return html`<li class="term source">
        <h2>${msg(str`„${source.name}“ ändern`, { id: 'sources.edit.title' })}</h2>
        <tk-office-event-source-form .client=${this.client} .source=${source} @tk-event-source-saved=${(e: CustomEvent<EventSource>) => this.saved(e.detail, false)}
          @tk-event-source-cancel=${() => (this.editing = undefined)}></tk-office-event-source-form>
      </li>`;
    }
    return html`<li class="term source">
      <h2>${source.name}</h2>
      ${source.lastError
        ? html`<p class="source-error"><span class="tag warning">${msg('Fehler', { id: 'sources.error.tag' })}</span> ${msg(str`Der letzte Abgleich ist fehlgeschlagen: ${source.lastError}`, { id: 'sources.error' })}</p>`
        : nothing}
      <dl class="summary-list">
        <div><dt>${msg('Adresse', { id: 'sources.url.short' })}</dt><dd>${source.url}</dd></div>
        <div><dt>${msg('Abgleich', { id: 'sources.interval.short' })}</dt><dd>${intervalText(source.intervalMinutes ?? 60)}</dd></div>
        <div>
          <dt>${msg('Zuletzt abgeglichen', { id: 'sources.last-sync' })}</dt>
          <dd>${source.lastSyncedAt ? html`${dateTime(source.lastSyncedAt)}${source.lastReport ? html`<br /><span class="hint">${reportText(source)}</span>` : nothing}` : msg('noch nie', { id: 'sources.never' })}</dd>
        </div>
      </dl>
      <div class="button-row">
        <button type="button" class="button sync" @click=${() => this.sync(source)}>
          ${this.syncing === source.id ? msg('Wird abgeglichen …', { id: 'sources.sync.busy' }) : msg('Jetzt abgleichen', { id: 'sources.sync' })}<span class="visually-hidden"> – ${source.name}</span>
        </button>
        <button type="button" class="button secondary" @click=${() => (this.editing = source.id)}>${msg('Ändern', { id: 'check.change' })}<span class="visually-hidden"> – ${source.name}</span></button>
        <button type="button" class="button secondary" id=${`delete-${source.id}`} @click=${() => this.ask(source.id)}>${msg('Entfernen', { id: 'sources.delete' })}<span class="visually-hidden"> – ${source.name}</span></button>
      </div>
      ${this.confirming === source.id
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question" tabindex="-1"><strong>${msg(str`Wollen Sie „${source.name}“ entfernen?`, { id: 'sources.delete.question' })}</strong></p>
            <p>${msg('Der Server liest den Kalender dann nicht mehr. Seine Veranstaltungen bleiben und lassen sich hier bearbeiten.', { id: 'sources.delete.hint' })}</p>
            <div class="button-row">
              <button type="button" class="button warning" @click=${() => this.removeSource(source)}>${msg('Ja, entfernen', { id: 'sources.delete.yes' })}</button>
              <button type="button" class="button secondary" @click=${() => this.cancelQuestion()}>${msg('Abbrechen', { id: 'check.cancel' })}</button>
            </div>
          </div>`
        : nothing}
    </li>`;
  }
}
