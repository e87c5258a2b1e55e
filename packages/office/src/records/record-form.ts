/**
 * `<tk-office-record-form>`: the form chassis every kind of record shares.
 * Loads the record as stored and the tenant's locales, draws the kind's
 * fields (texts in languages side by side), saves with the version it read
 * (`If-Match`), shows the API's field errors GOV.UK style without clearing
 * anything, turns a 412 into a side-by-side choice, warns before unsaved
 * changes are lost, confirms a record unchanged and shows its history.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ApiError, type Locale, type RecordCollection, type TaxonomyTerm, type TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, tokens } from '../shared/from-components.js';
import { ALL_CONTENT_LOCALES } from '../shared/tenant-locales.js';
import { officeStyles } from '../shared/office.styles.js';
import { meaningOf } from '../shared/api-errors.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from '../shell/router.js';
import { AUDIT_RECORD_TYPE, collectionTitle, recordRoute, writeRecord } from './collections.js';
import { IMPORTED_EVENT_PROBLEM, importSourceNotice, type ImportSource } from './import-source.js';
import { renderField, renderMachineTranslated, type FieldContext } from './field-templates.js';
import { languageName } from './language-names.js';
import { formFor, type RecordFormDefinition } from './record-forms.js';
import { fieldId, leavesOf, readPath, sameValue, writePath, parseValue, type FieldLeaf, type FieldSpec, type RecordData } from './record-fields.js';
import { recordsStyles } from './records.styles.js';
import { UnsavedChangesController } from './unsaved-changes.js';
import { conflictBetween, renderConflict, resolveConflict, type VersionConflict } from './version-conflict.js';
import { doneBanner } from '../shared/done-banner.js';

const SOURCE_LOCALE: Locale = 'de';
const clone = <T>(value: T): T => structuredClone(value);

@localized()
export class TkOfficeRecordForm extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, recordsStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property() collection: RecordCollection = 'organizations';
  @property({ attribute: false }) recordId = '';

  @state() private base: RecordData | undefined;
  @state() private draft: RecordData = {};
  @state() private version = 0;
  @state() private verifiedAt: string | null = null;
  @state() private locales: Locale[] = [SOURCE_LOCALE];
  @state() private timeZone = 'Europe/Berlin';
  @state() private taxonomies = new Map<string, readonly TaxonomyTerm[]>();
  @state() private errors = new Map<string, string>();
  @state() private generalError: string | undefined;
  @state() private conflict: VersionConflict | undefined;
  @state() private notice: string | undefined;
  @state() private loadFailed = false;
  @state() private busy = false;
  @state() private historyRevision = 0;
  /** Events only: the calendar it is imported from, and whether the office chose to change it here anyway. */
  @state() private importSource: ImportSource | null = null;
  @state() private overwriteImported = false;

  readonly unsavedChanges = new UnsavedChangesController(this, () => this.dirty);

  get dirty(): boolean {
    return this.conflict !== undefined || (this.base !== undefined && !sameValue(this.draft, this.base));
  }

  private get definition(): RecordFormDefinition | undefined {
    return formFor(this.collection);
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('recordId') || changed.has('collection') || changed.has('client')) void this.load();
    // The previews bring the widgets' templates: loaded on first use, for the kind that shows one.
    if (changed.has('collection') && this.collection === 'organizations') void import('./organization-preview.js');
    if (changed.has('collection') && this.collection === 'events') void import('./event-preview.js');
    if (changed.has('collection') && this.collection === 'rooms') void import('./room-preview.js');
  }

  private async load() {
    if (!this.client || !this.recordId) return;
    this.loadFailed = false;
    try {
      const [stored, locales] = await Promise.all([this.client.records.get(this.collection, this.recordId), this.tenantLocales(), this.loadTaxonomies()]);
      this.locales = locales;
      this.adopt(stored.data, stored.meta.version, stored.meta.verifiedAt);
      this.importSource = stored.meta.source ?? null;
      this.overwriteImported = false;
    } catch {
      this.loadFailed = true;
    }
  }

  /** The tenant's content locales, German first; every locale when the settings are not readable for this role. */
  private async tenantLocales(): Promise<Locale[]> {
    try {
      const { data } = await this.client!.settings.get();
      this.timeZone = data.timeZone;
      return [SOURCE_LOCALE, ...data.locales.filter((l) => l !== SOURCE_LOCALE)];
    } catch {
      return [...ALL_CONTENT_LOCALES];
    }
  }

  /** The terms of the taxonomies the form names, labelled in the office's language; a list that fails to load leaves its field a code field. */
  private async loadTaxonomies(): Promise<void> {
    const names = this.definition?.taxonomies ?? [];
    const loaded = await Promise.all(
      names.map(async (name) => {
        try {
          return [name, (await this.client!.taxonomies.get(name, { locale: activeOfficeLocale() as Locale })).data] as const;
        } catch {
          return undefined;
        }
      }),
    );
    this.taxonomies = new Map(loaded.filter((entry) => entry !== undefined));
  }

  private adopt(data: RecordData, version: number, verifiedAt: string | null) {
    this.base = clone(data);
    this.draft = clone(data);
    this.version = version;
    this.verifiedAt = verifiedAt;
  }

  private readonly onInput = (spec: FieldSpec, path: readonly string[], value: string | boolean) => {
    this.notice = undefined;
    this.draft = writePath(this.draft, path, typeof value === 'boolean' ? value : parseValue(spec, value));
  };

  private readonly onValue = (path: readonly string[], value: unknown) => {
    this.notice = undefined;
    this.draft = writePath(this.draft, path, value);
  };

  private toggleMachine(locale: Locale, machine: boolean) {
    const current = ((this.draft.machineTranslated as Locale[] | undefined) ?? []).filter((l) => l !== locale);
    this.draft = { ...this.draft, machineTranslated: machine ? [...current, locale] : current };
  }

  /** The draft as the API takes it: empty translations left out, an empty optional text as null. */
  private outgoing(): RecordData {
    let data = this.draft;
    for (const group of this.definition!.groups()) {
      for (const spec of group.fields) {
        if (spec.kind !== 'localized') continue;
        const texts = readPath(data, spec.path) as Record<string, string> | null | undefined;
        if (!texts) continue;
        const kept = Object.fromEntries(Object.entries(texts).filter(([locale, text]) => locale === SOURCE_LOCALE || text.trim() !== ''));
        data = writePath(data, spec.path, spec.nullable && Object.values(kept).every((text) => !text.trim()) ? null : kept);
      }
    }
    return this.definition!.finalize(data);
  }

  private leaves(): FieldLeaf[] {
    return leavesOf(this.definition!.groups(), this.locales);
  }

  private labelOf(leaf: FieldLeaf) {
    return leaf.locale && leaf.locale !== SOURCE_LOCALE ? `${leaf.spec.label()} – ${languageName(leaf.locale)}` : leaf.spec.label();
  }

  /** The API's field errors on the form's fields, each in words that repeat the field's label. */
  private showFieldErrors(fieldErrors: Array<{ path: string; message: string }>) {
    const leaves = this.leaves().map((leaf) => ({ leaf, id: fieldId(leaf.path) }));
    const errors = new Map<string, string>();
    const unplaced: string[] = [];
    for (const error of fieldErrors) {
      const id = error.path.replaceAll('.', '-');
      const match = leaves.find((l) => l.id === id) ?? leaves.filter((l) => id.startsWith(`${l.id}-`)).sort((a, b) => b.id.length - a.id.length)[0];
      if (!match) {
        unplaced.push(`${error.path}: ${error.message}`);
        continue;
      }
      if (errors.has(match.id)) continue;
      const isTranslation = match.leaf.locale !== undefined && match.leaf.locale !== SOURCE_LOCALE;
      errors.set(match.id, !isTranslation && match.leaf.spec.error ? match.leaf.spec.error() : msg(str`Prüfen Sie die Angabe „${this.labelOf(match.leaf)}“.`, { id: 'records.error.generic' }));
    }
    this.errors = errors;
    this.generalError = unplaced.length ? msg(str`Der Server nennt weitere Fehler: ${unplaced.join('; ')}`, { id: 'records.error.unplaced' }) : undefined;
  }

  private async save(event?: Event) {
    event?.preventDefault();
    if (!this.client || this.busy) return;
    this.busy = true;
    this.notice = undefined;
    const data = this.outgoing();
    try {
      await writeRecord(this.client, this.collection, this.recordId, data, this.version, { overwriteImported: this.overwriteImported });
      const stored = await this.client.records.get(this.collection, this.recordId);
      this.adopt(stored.data, stored.meta.version, stored.meta.verifiedAt);
      this.errors = new Map();
      this.generalError = undefined;
      this.notice = msg('Die Änderungen sind gespeichert.', { id: 'records.saved' });
      this.historyRevision++;
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
    } catch (error) {
      await this.failed(error, data);
    } finally {
      this.busy = false;
    }
  }

  private async failed(error: unknown, sent: RecordData) {
    if (error instanceof ApiError && error.status === 412) {
      const problem = error.problem as unknown as { current?: RecordData | null; currentVersion?: number | null };
      if (problem.current && typeof problem.currentVersion === 'number') {
        this.conflict = conflictBetween(this.definition!.groups(), this.locales, this.base!, sent, problem.current, problem.currentVersion);
        await this.updateComplete;
        this.shadowRoot?.querySelector<HTMLElement>('#conflict-title')?.focus();
        return;
      }
    }
    const meaning = meaningOf(error);
    if (meaning.status === 400 && meaning.fieldErrors.length) this.showFieldErrors(meaning.fieldErrors);
    else {
      this.errors = new Map();
      const importedEvent = error instanceof ApiError && error.status === 409 && error.problem.type === IMPORTED_EVENT_PROBLEM;
      this.generalError = importedEvent
        ? msg('Diese Veranstaltung ist importiert. Wählen Sie „Trotzdem hier ändern“, wenn Sie sie hier ändern wollen; Ihre Änderungen bleiben im Formular.', { id: 'records.import-source.refused' })
        : meaning.status === 0
          ? msg('Keine Verbindung zum Server. Ihre Änderungen sind noch nicht gespeichert; sie bleiben im Formular. Versuchen Sie es gleich noch einmal.', { id: 'records.offline' })
          : msg('Die Änderungen konnten nicht gespeichert werden; sie bleiben im Formular. Versuchen Sie es gleich noch einmal.', { id: 'records.save-failed' });
    }
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private choose(id: string, choice: 'mine' | 'theirs') {
    if (!this.conflict) return;
    this.conflict = { ...this.conflict, differences: this.conflict.differences.map((d) => (d.id === id ? { ...d, choice } : d)) };
  }

  private async saveResolved() {
    const conflict = this.conflict!;
    this.base = clone(conflict.theirs);
    this.draft = resolveConflict(conflict);
    this.version = conflict.theirVersion;
    this.conflict = undefined;
    await this.save();
  }

  private async confirmUnchanged() {
    if (!this.client || this.busy) return;
    this.busy = true;
    try {
      const stored = await this.client.records.confirm(this.collection, this.recordId, { version: this.version });
      this.adopt(stored.data, stored.meta.version, stored.meta.verifiedAt);
      this.notice = msg('Der Eintrag ist als unverändert bestätigt.', { id: 'records.confirmed' });
      this.historyRevision++;
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
    } catch (error) {
      await this.failed(error, this.outgoing());
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const localizedTitle = (this.draft.title as { de?: string } | undefined)?.de;
    const title = typeof this.draft.name === 'string' && this.draft.name ? this.draft.name : localizedTitle || this.recordId;
    const back = recordRoute(this.collection);
    return html`
      <p><a href=${router.href(back)} @click=${navigate(back)}>${msg(str`Zurück zu: ${collectionTitle(this.collection)}`, { id: 'records.back' })}</a></p>
      <h1 tabindex="-1">${this.base ? title : msg('Eintrag', { id: 'records.record' })}</h1>
      ${this.loadFailed
        ? html`<p>${msg('Der Eintrag konnte nicht geladen werden.', { id: 'records.load-error' })}</p>
            <p><button type="button" class="button secondary" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></p>`
        : !this.base
          ? html`<p role="status">${msg('Der Eintrag wird geladen …', { id: 'records.record-loading' })}</p>`
          : html`${this.renderBody()}
              ${this.collection === 'organizations' && !this.conflict
                ? html`<tk-office-organization-preview .data=${this.outgoing()} .locales=${this.locales}></tk-office-organization-preview>`
                : nothing}
              ${this.collection === 'rooms' && !this.conflict ? html`<tk-office-room-preview .data=${this.outgoing()} .locales=${this.locales}></tk-office-room-preview>` : nothing}
              ${this.collection === 'events' && !this.conflict
                ? html`<tk-office-event-preview .data=${this.outgoing()} .locales=${this.locales} .timeZone=${this.timeZone}></tk-office-event-preview>`
                : nothing}
              <tk-office-record-history .client=${this.client} .recordType=${AUDIT_RECORD_TYPE[this.collection]} .recordId=${this.recordId} .revision=${this.historyRevision}></tk-office-record-history>`}
    `;
  }

  private renderBody() {
    const locale = activeOfficeLocale();
    return html`
      ${doneBanner(this.notice)}
      ${errorSummary(this.errors, this.generalError)}
      ${importSourceNotice(this.importSource, this.overwriteImported, (overwrite) => (this.overwriteImported = overwrite))}
      <p class="verified">
        ${this.verifiedAt ? msg(str`Zuletzt bestätigt am ${formatDate(this.verifiedAt, locale)}.`, { id: 'records.form.verified-on' }) : msg('Noch nie bestätigt.', { id: 'records.form.never-verified' })}
        ${this.dirty ? nothing : html`<button type="button" class="button secondary confirm-unchanged" @click=${() => this.confirmUnchanged()}>${msg('Unverändert bestätigen', { id: 'records.confirm' })}</button>`}
      </p>
      ${this.conflict
        ? renderConflict(this.conflict, (id, choice) => this.choose(id, choice), () => this.saveResolved())
        : this.definition
          ? this.renderForm()
          : html`<p class="measure">${msg('Für diese Art von Eintrag gibt es hier noch kein Formular. Sie können ihn als unverändert bestätigen und seinen Verlauf sehen.', { id: 'records.no-form' })}</p>`}
    `;
  }

  private renderForm() {
    const context: FieldContext = {
      draft: this.draft,
      errors: this.errors,
      locales: this.locales,
      onInput: this.onInput,
      onValue: this.onValue,
      taxonomies: this.taxonomies,
      timeZone: this.timeZone,
    };
    return html`<form class="form-wide" novalidate @submit=${this.save}>
      ${this.definition!.groups().map(
        (group, index) => html`<section class="form-group" aria-labelledby=${`group-${index}`}>
          <h2 id=${`group-${index}`}>${group.title()}</h2>
          ${group.fields.map((spec) => renderField(spec, context))}
          ${index === 0 && this.definition!.machineTranslated ? renderMachineTranslated(context, (l, m) => this.toggleMachine(l, m)) : nothing}
        </section>`,
      )}
      <div class="button-row">
        <button class="button save" type="submit">${this.busy ? msg('Wird gespeichert …', { id: 'records.saving' }) : msg('Speichern', { id: 'records.save' })}</button>
        ${this.dirty ? html`<p class="unsaved" role="status">${msg('Ungespeicherte Änderungen', { id: 'records.unsaved' })}</p>` : nothing}
      </div>
    </form>`;
  }
}
