/**
 * `<tk-office-taxonomy-terms>`: one taxonomy's terms, each with its label in
 * every language of the tenant side by side (and what is missing or machine
 * translated) and how many records use it; a link to edit the labels, a
 * removal after a question (refused while records use the term, with the
 * count), and the form to add a term.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ApiError, type Locale, type StoredTaxonomyTerm, type TaxonomyName, type TeilhabeClient, type TermUsage } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { doneBanner } from '../shared/done-banner.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { directionOf, languageName } from '../records/language-names.js';
import { navigate, router } from '../shell/router.js';
import { taxonomyRoute, taxonomyTitle } from './taxonomy-names.js';
import { tenantLocales } from '../shared/tenant-locales.js';
import { usageText } from './usage-text.js';
import { taxonomiesStyles } from './taxonomies.styles.js';
import { RemoteData, remoteState } from '../shared/remote-data.js';

@localized()
export class TkOfficeTaxonomyTerms extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, taxonomiesStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property() name: TaxonomyName = 'areas';

  /** The terms with every label, and the tenant's languages to show them in. */
  private readonly list = new RemoteData(
    this,
    async () => {
      const [terms, locales] = await Promise.all([this.client!.taxonomies.terms(this.name), tenantLocales(this.client!)]);
      return { terms: terms.data, locales };
    },
    { args: () => [this.client, this.name] },
  );
  @state() private notice: string | undefined;
  @state() private problem: string | undefined;
  /** The term whose removal is being asked about. */
  @state() private confirming: string | undefined;
  @state() private busy = false;

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private async created(term: StoredTaxonomyTerm) {
    this.problem = undefined;
    await this.list.reload();
    this.notice = msg(str`Der Begriff „${term.label.de}“ ist angelegt.`, { id: 'taxonomies.created' });
    await this.focusOn('.banner');
  }

  private async ask(code: string) {
    this.notice = undefined;
    this.problem = undefined;
    this.confirming = code;
    await this.focusOn('#confirm-question');
  }

  private async cancel() {
    const code = this.confirming;
    this.confirming = undefined;
    await this.focusOn(`#delete-${code}`);
  }

  private async removeTerm(term: StoredTaxonomyTerm) {
    if (!this.client || this.busy) return;
    this.busy = true;
    try {
      await this.client.taxonomies.deleteTerm(this.name, term.code, { version: term.version });
      this.confirming = undefined;
      await this.list.reload();
      this.notice = msg(str`Der Begriff „${term.label.de}“ ist gelöscht.`, { id: 'taxonomies.deleted' });
      await this.focusOn('.banner');
    } catch (error) {
      this.confirming = undefined;
      this.problem = this.refusal(error, term);
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
    } finally {
      this.busy = false;
    }
  }

  private refusal(error: unknown, term: StoredTaxonomyTerm): string {
    if (error instanceof ApiError && error.status === 409) {
      const usage = (error.problem as unknown as { usage?: TermUsage }).usage ?? term.usage;
      return msg(str`„${term.label.de}“ kann nicht gelöscht werden: ${usageText(usage)}. Entfernen Sie den Begriff zuerst aus diesen Einträgen; dann können Sie ihn löschen.`, { id: 'taxonomies.in-use' });
    }
    if (error instanceof ApiError && error.status === 412) {
      void this.list.reload();
      return msg('Jemand anderes hat den Begriff inzwischen geändert. Die Liste zeigt ihn jetzt, wie er gespeichert ist; prüfen Sie, ob Sie ihn noch löschen wollen.', { id: 'taxonomies.delete.conflict' });
    }
    if (error instanceof ApiError && error.status === 403) return msg('Begriffe löschen dürfen nur Personen mit der Rolle „Redaktion“.', { id: 'taxonomies.delete.forbidden' });
    return msg('Der Begriff konnte nicht gelöscht werden. Versuchen Sie es gleich noch einmal.', { id: 'taxonomies.delete.failed' });
  }

  override render() {
    const back = taxonomyRoute();
    return html`<p><a href=${router.href(back)} @click=${navigate(back)}>${msg('Zurück zu: Kategorien und Gebiete', { id: 'taxonomies.back' })}</a></p>
      <h1 tabindex="-1">${taxonomyTitle(this.name)}</h1>
      ${doneBanner(this.notice)} ${errorSummary(new Map(), this.problem)}
      ${remoteState(
        this.list,
        { loading: msg('Die Begriffe werden geladen …', { id: 'taxonomies.loading' }), failed: msg('Die Begriffe konnten nicht geladen werden.', { id: 'taxonomies.load-failed' }) },
        ({ terms, locales }) =>
          html`${terms.length ? html`<ul class="terms">${terms.map((term) => this.renderTerm(term, locales))}</ul>` : html`<p>${msg('Diese Liste hat noch keine Begriffe.', { id: 'taxonomies.empty' })}</p>`}
              <section class="add" aria-labelledby="add-title">
                <h2 id="add-title">${msg('Begriff hinzufügen', { id: 'taxonomies.add' })}</h2>
                <p class="measure">${msg('Der Code und die deutsche Bezeichnung sind nötig. Übersetzungen können Sie jetzt oder später eintragen; bis dahin sehen Besucherinnen und Besucher die deutsche Bezeichnung.', { id: 'taxonomies.add.hint' })}</p>
                <tk-office-term-form .client=${this.client} .name=${this.name} .locales=${locales} @tk-term-created=${(e: CustomEvent<StoredTaxonomyTerm>) => this.created(e.detail)}></tk-office-term-form>
              </section>`,
      )}`;
  }

  private renderTerm(term: StoredTaxonomyTerm, locales: Locale[]) {
    const edit = taxonomyRoute(this.name, term.code);
    const german = term.label.de;
    return html`<li class="term">
      <h2 lang="de">${german}</h2>
      <p class="hint">${msg(str`Code: ${term.code}`, { id: 'taxonomies.code.value' })} · ${usageText(term.usage)}</p>
      <dl class="summary-list term-labels">
        ${locales.map((locale) => {
          const text = term.label[locale];
          return html`<div>
            <dt>${languageName(locale)}</dt>
            <dd>
              ${text ? html`<span lang=${locale} dir=${directionOf(locale)}>${text}</span>` : html`<span class="tag warning">${msg('fehlt – zeigt Deutsch', { id: 'records.translation.missing' })}</span>`}
              ${text && locale !== 'de' && term.machineTranslated.includes(locale) ? html`<span class="tag">${msg('maschinell übersetzt', { id: 'records.translation.machine' })}</span>` : nothing}
            </dd>
          </div>`;
        })}
      </dl>
      <div class="button-row">
        <a class="edit" href=${router.href(edit)} @click=${navigate(edit)}>${msg('Bezeichnungen bearbeiten', { id: 'taxonomies.edit' })}<span class="visually-hidden"> – ${german}</span></a>
        <button type="button" class="button secondary" id=${`delete-${term.code}`} @click=${() => this.ask(term.code)}>${msg('Löschen', { id: 'taxonomies.delete' })}<span class="visually-hidden"> – ${german}</span></button>
      </div>
      ${this.confirming === term.code
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question" tabindex="-1"><strong>${msg(str`Wollen Sie „${german}“ löschen?`, { id: 'taxonomies.delete.question' })}</strong></p>
            <p>${term.usage.total > 0 ? usageText(term.usage) : msg('Kein Eintrag verwendet den Begriff. Das Löschen lässt sich nicht rückgängig machen.', { id: 'taxonomies.delete.unused' })}</p>
            <div class="button-row">
              <button type="button" class="button warning confirm-delete" @click=${() => this.removeTerm(term)}>${this.busy ? msg('Wird gelöscht …', { id: 'taxonomies.deleting' }) : msg('Ja, löschen', { id: 'taxonomies.delete.yes' })}</button>
              <button type="button" class="button secondary" @click=${() => this.cancel()}>${msg('Abbrechen', { id: 'check.cancel' })}</button>
            </div>
          </div>`
        : nothing}
    </li>`;
  }
}
