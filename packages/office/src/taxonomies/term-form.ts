/**
 * `<tk-office-term-form>`: a term's code (when it is new) and its label in
 * every language of the tenant side by side, with the record forms' field
 * templates: German required, each translation marked by a person, by a
 * machine or missing (then the public sees German). Field errors GOV.UK
 * style, nothing cleared; a warning before unsaved changes are lost.
 *
 * @fires tk-term-created - A new term was stored; `detail` is the term.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ApiError, type Locale, type StoredTaxonomyTerm, type TaxonomyName, type TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { meaningOf } from '../shared/api-errors.js';
import { doneBanner } from '../shared/done-banner.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { renderField, renderMachineTranslated, type FieldContext } from '../records/field-templates.js';
import { languageName } from '../records/language-names.js';
import { sameValue, writePath, type FieldSpec, type RecordData } from '../records/record-fields.js';
import { recordsStyles } from '../records/records.styles.js';
import { UnsavedChangesController } from '../records/unsaved-changes.js';
import { navigate, router } from '../shell/router.js';
import { taxonomyRoute, taxonomyTitle } from './taxonomy-names.js';
import { tenantLocales } from '../shared/tenant-locales.js';

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const codeField: FieldSpec = {
  kind: 'text',
  path: ['code'],
  label: () => msg('Code', { id: 'taxonomies.code' }),
  hint: () => msg('Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „neu-stadt“. Einträge verweisen auf den Code; er lässt sich später nicht ändern.', { id: 'taxonomies.code.hint' }),
  error: () => msg('Geben Sie einen Code aus Kleinbuchstaben, Ziffern und Bindestrichen an', { id: 'taxonomies.code.error' }),
};

const labelField: FieldSpec = {
  kind: 'localized',
  path: ['label'],
  label: () => msg('Bezeichnung', { id: 'taxonomies.label' }),
  error: () => msg('Geben Sie die Bezeichnung auf Deutsch an', { id: 'taxonomies.label.error' }),
};

const emptyDraft = (): RecordData => ({ code: '', label: { de: '' }, machineTranslated: [] });

@localized()
export class TkOfficeTermForm extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    officeStyles,
    recordsStyles,
    css`
      .form-wide {
        margin-block-start: var(--_space-m);
      }
      .hint {
        color: var(--_color-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property() name: TaxonomyName = 'areas';
  /** The term to edit (its screen loads it and the tenant's languages); empty: a new term in the given `locales`. */
  @property() code = '';
  @property({ attribute: false }) locales: Locale[] = ['de'];

  @state() private draft: RecordData = emptyDraft();
  @state() private base: RecordData = emptyDraft();
  @state() private version: number | undefined;
  @state() private errors = new Map<string, string>();
  @state() private generalError: string | undefined;
  /** A 412: somebody else saved meanwhile; the version they saved, to save over it knowingly. */
  @state() private theirVersion: number | undefined;
  @state() private notice: string | undefined;
  @state() private busy = false;
  @state() private loadFailed = false;

  readonly unsavedChanges = new UnsavedChangesController(this, () => this.dirty);

  get dirty(): boolean {
    return !sameValue(this.draft, this.base);
  }

  private get creating() {
    return this.code === '';
  }

  override updated(changed: Map<string, unknown>): void {
    if ((changed.has('code') || changed.has('client') || changed.has('name')) && !this.creating) void this.load();
  }

  private async load() {
    if (!this.client) return;
    this.loadFailed = false;
    try {
      const [terms, locales] = await Promise.all([this.client.taxonomies.terms(this.name), tenantLocales(this.client)]);
      const term = terms.data.find((t) => t.code === this.code);
      if (!term) throw new Error('no such term');
      this.locales = locales;
      this.adopt(term);
    } catch {
      this.loadFailed = true;
    }
  }

  private adopt(term: StoredTaxonomyTerm) {
    const data = { code: term.code, label: { ...term.label }, machineTranslated: [...term.machineTranslated] };
    this.base = structuredClone(data);
    this.draft = structuredClone(data);
    this.version = term.version;
    this.theirVersion = undefined;
  }

  private readonly onInput = (_spec: FieldSpec, path: readonly string[], value: string | boolean) => {
    this.notice = undefined;
    this.draft = writePath(this.draft, path, value);
  };

  private toggleMachine(locale: Locale, machine: boolean) {
    const current = (this.draft.machineTranslated as Locale[]).filter((l) => l !== locale);
    this.draft = { ...this.draft, machineTranslated: machine ? [...current, locale] : current };
  }

  /** What the API takes: empty translations left out, a machine mark only where a text is. */
  private outgoing() {
    const texts = this.draft.label as Record<string, string>;
    const label = Object.fromEntries(Object.entries(texts).filter(([locale, text]) => locale === 'de' || text.trim() !== '')) as StoredTaxonomyTerm['label'];
    const machineTranslated = (this.draft.machineTranslated as Locale[]).filter((locale) => label[locale]);
    return { label, machineTranslated };
  }

  /** The same checks the API makes, so the common mistakes need no round trip. */
  private checkLocally(): Map<string, string> {
    const errors = new Map<string, string>();
    if (this.creating && !CODE.test(String(this.draft.code).trim())) errors.set('code', codeField.error!());
    if (!String((this.draft.label as Record<string, string>).de ?? '').trim()) errors.set('label-de', labelField.error!());
    return errors;
  }

  private async save(event?: Event) {
    event?.preventDefault();
    if (!this.client || this.busy) return;
    this.notice = undefined;
    const local = this.checkLocally();
    if (local.size) {
      await this.showErrors(local, undefined);
      return;
    }
    this.busy = true;
    const code = this.creating ? String(this.draft.code).trim() : this.code;
    try {
      const { data } = await this.client.taxonomies.putTerm(this.name, code, this.outgoing(), this.creating ? { create: true } : { version: this.theirVersion ?? this.version! });
      this.errors = new Map();
      this.generalError = undefined;
      if (this.creating) {
        this.draft = emptyDraft();
        this.base = emptyDraft();
        this.dispatchEvent(new CustomEvent<StoredTaxonomyTerm>('tk-term-created', { detail: data, bubbles: true, composed: true }));
        return;
      }
      this.adopt(data);
      this.notice = msg('Die Bezeichnungen sind gespeichert.', { id: 'taxonomies.saved' });
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
    } catch (error) {
      await this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async failed(error: unknown) {
    if (error instanceof ApiError && error.status === 412) {
      const problem = error.problem as unknown as { type?: string; current?: { label?: { de?: string } } | null; currentVersion?: number | null };
      if (problem.type?.endsWith('term-exists')) {
        await this.showErrors(new Map([['code', msg('Diesen Code gibt es in der Liste schon. Wählen Sie einen anderen Code.', { id: 'taxonomies.code.exists' })]]), undefined);
        return;
      }
      this.theirVersion = problem.currentVersion ?? undefined;
      const theirs = problem.current?.label?.de ?? '';
      await this.showErrors(
        new Map(),
        problem.current
          ? msg(str`Jemand anderes hat den Begriff inzwischen geändert (Deutsch jetzt: „${theirs}“). Ihre Eingaben bleiben im Formular. Speichern Sie noch einmal, um die andere Fassung mit Ihrer zu ersetzen.`, { id: 'taxonomies.conflict' })
          : msg('Jemand anderes hat den Begriff inzwischen gelöscht.', { id: 'taxonomies.conflict.deleted' }),
      );
      return;
    }
    const meaning = meaningOf(error);
    if (meaning.status === 400 && meaning.fieldErrors.length) {
      const errors = new Map<string, string>();
      for (const fieldError of meaning.fieldErrors) {
        const id = fieldError.path.replaceAll('.', '-');
        if (id === 'code') errors.set(id, codeField.error!());
        else if (id === 'label-de') errors.set(id, labelField.error!());
        else if (id.startsWith('label-')) errors.set(id, msg(str`Prüfen Sie die Angabe „${labelField.label()} – ${languageName(id.slice(6) as Locale)}“.`, { id: 'records.error.generic' }));
      }
      await this.showErrors(errors, errors.size ? undefined : msg('Die Eingaben konnten nicht gespeichert werden; sie bleiben im Formular. Prüfen Sie sie und versuchen Sie es noch einmal.', { id: 'taxonomies.save-failed' }));
      return;
    }
    await this.showErrors(
      new Map(),
      meaning.status === 0
        ? msg('Keine Verbindung zum Server. Ihre Änderungen sind noch nicht gespeichert; sie bleiben im Formular. Versuchen Sie es gleich noch einmal.', { id: 'records.offline' })
        : meaning.status === 403
          ? msg('Begriffe ändern dürfen nur Personen mit der Rolle „Redaktion“. Ihre Eingaben bleiben im Formular.', { id: 'taxonomies.forbidden' })
          : msg('Die Eingaben konnten nicht gespeichert werden; sie bleiben im Formular. Prüfen Sie sie und versuchen Sie es noch einmal.', { id: 'taxonomies.save-failed' }),
    );
  }

  private async showErrors(errors: Map<string, string>, general: string | undefined) {
    this.errors = errors;
    this.generalError = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  override render() {
    if (this.creating) return this.renderForm();
    const back = taxonomyRoute(this.name);
    const german = (this.base.label as { de?: string }).de;
    return html`<p><a href=${router.href(back)} @click=${navigate(back)}>${msg(str`Zurück zu: ${taxonomyTitle(this.name)}`, { id: 'records.back' })}</a></p>
      <h1 tabindex="-1" lang="de">${german || this.code}</h1>
      <p class="hint">${msg(str`Code: ${this.code}`, { id: 'taxonomies.code.value' })}</p>
      ${this.renderForm()}`;
  }

  private renderForm() {
    if (this.loadFailed) {
      return html`<p>${msg('Der Begriff konnte nicht geladen werden.', { id: 'taxonomies.term.load-failed' })}</p>
        <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`;
    }
    if (!this.creating && this.version === undefined) return html`<p role="status">${msg('Der Begriff wird geladen …', { id: 'taxonomies.term.loading' })}</p>`;
    const context: FieldContext = {
      draft: this.draft,
      errors: this.errors,
      locales: this.locales,
      onInput: this.onInput,
      onValue: (path, value) => (this.draft = writePath(this.draft, path, value)),
      taxonomies: new Map(),
      timeZone: 'Europe/Berlin',
    };
    return html`${doneBanner(this.notice)} ${errorSummary(this.errors, this.generalError)}
      <form class="form-wide" novalidate @submit=${this.save}>
        ${this.creating ? renderField(codeField, context) : nothing} ${renderField(labelField, context)}
        ${renderMachineTranslated(context, (locale, machine) => this.toggleMachine(locale, machine))}
        <div class="button-row">
          <button class="button save" type="submit">
            ${this.busy
              ? msg('Wird gespeichert …', { id: 'records.saving' })
              : this.creating
                ? msg('Begriff anlegen', { id: 'taxonomies.create' })
                : msg('Speichern', { id: 'records.save' })}
          </button>
          ${this.dirty && !this.creating ? html`<p class="unsaved" role="status">${msg('Ungespeicherte Änderungen', { id: 'records.unsaved' })}</p>` : nothing}
        </div>
      </form>`;
  }
}
