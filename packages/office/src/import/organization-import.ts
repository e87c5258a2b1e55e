/**
 * `<tk-office-import>`: the office brings its Excel or CSV list of
 * organisations in. The file goes to the server as a dry run first; the
 * screen shows the guessed columns (changeable, savable as a mapping file),
 * the values the server does not know (to map to a code or leave out), every
 * row with what will happen and its errors, and for each row that matches an
 * existing organisation a choice: skip, merge or create. Every change asks
 * for a fresh preview; only "Import ausführen" writes, all rows or none.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ApiError, type ImportMapping, type ImportReport, type OnDuplicate, type TaxonomyName, type TaxonomyTerm, type TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary, type FieldErrors } from '../shared/form-errors.js';
import { IMPORT_FIELDS, actionLabel, decisionLabel, fieldLabel, reasonLabel, type ImportField } from './field-labels.js';
import { mappingFileHref, mappingFileName, readMappingFile } from './mapping-file.js';
import { importStyles } from './import.styles.js';

type Row = ImportReport['rows'][number];
type Unknown = ImportReport['unknownValues'][number];
type VocabularyField = Unknown['field'];
type Phase = 'choose' | 'preview' | 'done';

const DECISIONS: readonly OnDuplicate[] = ['skip', 'merge', 'create'];
const TAXONOMY_OF: Partial<Record<VocabularyField, TaxonomyName>> = { types: 'organization-types', topics: 'topics', offers: 'offers', area: 'areas' };
/** The select's value for a value not decided yet, and for "leave it out". */
const UNDECIDED = '';
const LEAVE_OUT = '\u0000leave-out';

const unknownId = (index: number) => `import-value-${index}`;

@localized()
export class TkOfficeImport extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, importStyles];

  /** The signed-in client. */
  @property({ attribute: false }) client: TeilhabeClient | undefined;

  @state() private phase: Phase = 'choose';
  @state() private file: File | undefined;
  @state() private report: ImportReport | undefined;
  @state() private columns: Record<string, ImportField | null> = {};
  @state() private values: NonNullable<ImportMapping['values']> = {};
  @state() private duplicates: Record<number, OnDuplicate> = {};
  /** Organisation type for rows that name none (a list without an "Art" column). */
  @state() private defaultType = '';
  @state() private organizationTypes: TaxonomyTerm[] = [];
  @state() private busy: 'preview' | 'import' | undefined;
  @state() private errors: FieldErrors = new Map();
  @state() private general: string | undefined;
  @state() private terms: Partial<Record<VocabularyField, TaxonomyTerm[]>> = {};
  /**
   * Every unknown value met with this file, decided or not: the server lists
   * only the open ones, but a decision stays on screen to be changed.
   */
  @state() private unknownValues: Unknown[] = [];
  /** Answers to older previews are dropped: only the newest describes what the screen shows. */
  private previewSequence = 0;
  private inFlight: Promise<void> | undefined;

  /** Everything the office decided, sent with every preview and with the import itself. */
  private choices() {
    return {
      mapping: { columns: { ...this.columns }, values: structuredClone(this.values) } satisfies ImportMapping,
      duplicates: this.duplicates,
      ...(this.defaultType ? { defaultType: this.defaultType } : {}),
    };
  }

  private async chooseAndPreview(event: Event): Promise<void> {
    event.preventDefault();
    const errors = new Map<string, string>();
    if (!this.file) errors.set('import-file', msg('Wählen Sie die Datei mit Ihrer Liste aus (CSV oder Excel)', { id: 'import.file.missing' }));
    const mappingFile = this.renderRoot.querySelector<HTMLInputElement>('#import-mapping-file')?.files?.[0];
    if (mappingFile) {
      try {
        const saved = await readMappingFile(mappingFile);
        this.columns = saved.columns ?? {};
        this.values = saved.values ?? {};
      } catch {
        errors.set('import-mapping-file', msg('Die Zuordnungsdatei lässt sich nicht lesen. Wählen Sie eine Datei, die diese Seite gespeichert hat, oder lassen Sie das Feld leer', { id: 'import.mapping-file.invalid' }));
      }
    } else {
      this.columns = {};
      this.values = {};
    }
    this.duplicates = {};
    this.defaultType = '';
    this.unknownValues = [];
    this.errors = errors;
    this.general = undefined;
    if (errors.size) {
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    await this.preview();
    if (this.report && this.phase === 'preview') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#import-preview-title')?.focus();
    }
  }

  /** Another file: the preview of the last one no longer says anything. */
  private fileChosen(file: File | undefined) {
    this.file = file;
    this.report = undefined;
    this.phase = 'choose';
  }

  /** A dry run with the current decisions; its report replaces the last one. */
  private preview(): Promise<void> {
    const sequence = ++this.previewSequence;
    this.busy = 'preview';
    const run = (async () => {
      try {
        const report = await this.client!.imports.organizations(this.file!, { dryRun: true, ...this.choices() });
        if (sequence !== this.previewSequence) return;
        this.report = report;
        this.columns = report.mapping.columns ?? {};
        this.unknownValues = [...this.unknownValues, ...report.unknownValues.filter((u) => !this.unknownValues.some((seen) => seen.field === u.field && seen.value === u.value))];
        this.phase = 'preview';
        this.general = undefined;
        void this.loadTerms(report.unknownValues);
        void this.loadOrganizationTypes();
      } catch (error) {
        if (sequence !== this.previewSequence) return;
        this.general = this.problemText(error);
        await this.updateComplete;
        focusErrorSummary(this.shadowRoot);
      } finally {
        if (sequence === this.previewSequence) this.busy = undefined;
      }
    })();
    this.inFlight = run;
    return run;
  }

  /** The codes an unknown value can be mapped to, once per taxonomy. */
  private async loadTerms(unknown: readonly Unknown[]): Promise<void> {
    for (const field of new Set(unknown.map((u) => u.field))) {
      const taxonomy = TAXONOMY_OF[field];
      if (!taxonomy || this.terms[field]) continue;
      try {
        const { data } = await this.client!.taxonomies.get(taxonomy);
        this.terms = { ...this.terms, [field]: data };
      } catch {
        // Without the list the office can still leave the value out or type the code.
      }
    }
  }

  private async loadOrganizationTypes(): Promise<void> {
    if (this.organizationTypes.length) return;
    try {
      this.organizationTypes = (await this.client!.taxonomies.get('organization-types')).data;
    } catch {
      // Without the list the rows name their type themselves, as the preview shows.
    }
  }

  private setDefaultType(code: string) {
    this.defaultType = code;
    void this.preview();
  }

  private problemText(error: unknown): string {
    if (error instanceof ApiError) {
      if (error.status === 403) return msg('Ihnen fehlt die Rolle Redaktion, die Listen importieren darf. Fragen Sie die Verwaltung der Office-App.', { id: 'import.forbidden' });
      const detail = (error.problem as { detail?: string } | undefined)?.detail;
      if (error.status === 400 || error.status === 413 || error.status === 415) {
        return `${msg('Die Datei lässt sich so nicht übernehmen.', { id: 'import.file.unreadable' })} ${detail ?? ''}`.trim();
      }
      return msg('Der Server hat die Datei nicht angenommen. Versuchen Sie es in einem Moment erneut.', { id: 'import.failed' });
    }
    return msg('Keine Verbindung zum Server. Ihre Datei und Ihre Entscheidungen bleiben hier; versuchen Sie es erneut.', { id: 'import.offline' });
  }

  private setColumn(header: string, value: string) {
    this.columns = { ...this.columns, [header]: value ? (value as ImportField) : null };
    void this.preview();
  }

  private setValue(unknown: Unknown, value: string) {
    const decisions = { ...(this.values?.[unknown.field] ?? {}) };
    if (value === UNDECIDED) delete decisions[unknown.value];
    else decisions[unknown.value] = value === LEAVE_OUT ? null : value;
    this.values = { ...this.values, [unknown.field]: decisions };
    void this.preview();
  }

  private setDuplicate(row: number, decision: OnDuplicate) {
    this.duplicates = { ...this.duplicates, [row]: decision };
    void this.preview();
  }

  private async confirm(): Promise<void> {
    await this.inFlight;
    const report = this.report;
    if (!report) return;
    if (report.errors.length) {
      this.showReportErrors(report);
      return;
    }
    this.busy = 'import';
    this.errors = new Map();
    this.general = undefined;
    try {
      const result = await this.client!.imports.organizations(this.file!, { dryRun: false, ...this.choices() });
      this.report = result;
      if (!result.committed) {
        this.showReportErrors(result);
        return;
      }
      this.phase = 'done';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.banner')?.focus();
    } catch (error) {
      this.general = this.problemText(error);
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
    } finally {
      this.busy = undefined;
    }
  }

  /** Every error of the preview in the summary, each linking to the decision or the row that fixes it. */
  private async showReportErrors(report: ImportReport) {
    const errors = new Map<string, string>();
    report.unknownValues.forEach((unknown) => {
      const index = this.unknownValues.findIndex((seen) => seen.field === unknown.field && seen.value === unknown.value);
      errors.set(unknownId(index), msg(str`Entscheiden Sie, was „${unknown.value}“ (${fieldLabel(unknown.field)}) bedeutet`, { id: 'import.summary.unknown' }));
    });
    for (const error of report.errors) {
      if (report.unknownValues.some((u) => u.field === error.field && u.rows.includes(error.row))) continue;
      // One entry per row, linking to it: a row with two faults names both.
      const key = `row-${error.row}`;
      const text = error.column ? msg(str`Zeile ${error.row}, Spalte „${error.column}“: ${error.message}`, { id: 'import.summary.row-column' }) : msg(str`Zeile ${error.row}: ${error.message}`, { id: 'import.summary.row' });
      errors.set(key, errors.has(key) ? `${errors.get(key)} ${text}` : text);
    }
    this.errors = errors;
    this.general = msg('Nichts wurde importiert. Klären Sie diese Punkte; Zeilen mit Fehlern korrigieren Sie in der Datei und wählen sie dann erneut aus.', { id: 'import.summary.general' });
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private startOver() {
    this.phase = 'choose';
    this.file = undefined;
    this.report = undefined;
    this.columns = {};
    this.values = {};
    this.duplicates = {};
    this.unknownValues = [];
    this.errors = new Map();
    this.general = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  override render() {
    return html`<h1 tabindex="-1">${msg('Liste der Vereine importieren', { id: 'import.title' })}</h1>
      ${this.phase === 'done' && this.report
        ? this.renderDone(this.report)
        : html`${errorSummary(this.errors, this.general)}
            <p role="status" class="preview-status">${this.statusText()}</p>
            ${this.renderChoose()} ${this.report && this.phase === 'preview' ? this.renderPreview(this.report) : nothing}`}`;
  }

  /** One live region for the whole screen: it exists before its text changes, so every change is announced. */
  private statusText(): string {
    if (this.busy === 'import') return msg('Der Import läuft …', { id: 'import.running' });
    if (this.busy === 'preview') return this.report ? msg('Die Vorschau wird aktualisiert …', { id: 'import.preview.updating' }) : msg('Die Datei wird gelesen …', { id: 'import.reading' });
    const report = this.report;
    if (!report || this.phase !== 'preview') return '';
    return msg(str`${report.created} neu, ${report.updated} ergänzt, ${report.skipped} übersprungen, ${report.errors.length} Fehler. Noch ist nichts gespeichert.`, { id: 'import.preview.counts' });
  }

  private renderChoose() {
    return html`<form class="measure" @submit=${(e: Event) => void this.chooseAndPreview(e)} novalidate>
      <p>${msg('Bringen Sie Ihre Liste aus Excel oder als CSV-Datei in das Verzeichnis. Zuerst sehen Sie eine Vorschau; geschrieben wird erst, wenn Sie den Import bestätigen.', { id: 'import.intro' })}</p>
      <div class="field ${this.errors.has('import-file') ? 'has-error' : ''}">
        <label class="label" for="import-file">${msg('Ihre Liste', { id: 'import.file' })}</label>
        <p class="hint" id="import-file-hint">${msg('Excel-Arbeitsmappe (.xlsx) oder CSV, höchstens 1 MB. Die Kopfzeile darf unter einer Titelzeile stehen.', { id: 'import.file.hint' })}</p>
        ${fieldError(this.errors, 'import-file')}
        <input id="import-file" class="input" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby=${describedBy(this.errors, 'import-file', true)} aria-invalid=${this.errors.has('import-file') ? 'true' : nothing}
          @change=${(e: Event) => this.fileChosen((e.target as HTMLInputElement).files?.[0])} />
      </div>
      <div class="field ${this.errors.has('import-mapping-file') ? 'has-error' : ''}">
        <label class="label" for="import-mapping-file">${msg('Gespeicherte Zuordnung (optional)', { id: 'import.mapping-file' })}</label>
        <p class="hint" id="import-mapping-file-hint">${msg('Die Datei, die Sie beim letzten Import hier gespeichert haben: Spalten und Werte sind dann schon entschieden.', { id: 'import.mapping-file.hint' })}</p>
        ${fieldError(this.errors, 'import-mapping-file')}
        <input id="import-mapping-file" class="input" type="file" accept=".json,application/json"
          aria-describedby=${describedBy(this.errors, 'import-mapping-file', true)} aria-invalid=${this.errors.has('import-mapping-file') ? 'true' : nothing} />
      </div>
      <div class="button-row">
        <button class="button" type="submit" id="import-preview">${msg('Vorschau anzeigen', { id: 'import.preview' })}</button>
      </div>
    </form>`;
  }

  private renderPreview(report: ImportReport) {
    return html`<section class="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabindex="-1">${msg(str`Vorschau: ${report.file.name}`, { id: 'import.preview.title' })}</h2>
      ${this.renderColumns(report)} ${this.renderUnknown()} ${this.renderRows(report)}
      <section aria-labelledby="import-confirm-title">
        <h3 id="import-confirm-title">${msg('Import bestätigen', { id: 'import.confirm.title' })}</h3>
        <p>${msg('Alle Zeilen werden in einem Schritt geschrieben, oder keine. Jede Änderung steht danach im Verlauf des Eintrags.', { id: 'import.confirm.text' })}</p>
        <div class="button-row">
          <button type="button" class="button" id="import-confirm" @click=${() => void this.confirm()}>${msg('Import ausführen', { id: 'import.confirm' })}</button>
          <button type="button" class="button secondary" @click=${() => this.startOver()}>${msg('Andere Datei wählen', { id: 'import.other-file' })}</button>
        </div>
      </section>
    </section>`;
  }

  private renderColumns(report: ImportReport) {
    return html`<section aria-labelledby="import-columns-title">
      <h3 id="import-columns-title">${msg('Spalten zuordnen', { id: 'import.columns.title' })}</h3>
      <p class="measure">${msg(str`Die Kopfzeile steht in Zeile ${report.file.headerRow}. Prüfen Sie, welches Feld jede Spalte füllt.`, { id: 'import.columns.hint' })}</p>
      <ul class="column-list">
        ${report.columns.map(
          (column, index) => html`<li class="column">
            <label class="label" for="import-column-${index}">${column.header || msg(str`Spalte ${index + 1} ohne Überschrift`, { id: 'import.columns.unnamed' })}</label>
            <select id="import-column-${index}" class="input" @change=${(e: Event) => this.setColumn(column.header, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!column.field}>${msg('Nicht übernehmen', { id: 'import.columns.none' })}</option>
              ${IMPORT_FIELDS.map((field) => html`<option value=${field} ?selected=${column.field === field}>${fieldLabel(field)}</option>`)}
            </select>
          </li>`,
        )}
      </ul>
      ${this.organizationTypes.length
        ? html`<div class="field">
            <label class="label" for="import-default-type">${msg('Art für Zeilen ohne Art (optional)', { id: 'import.default-type' })}</label>
            <p class="hint" id="import-default-type-hint">${msg('Für eine Liste ohne Spalte „Art“, oder für die Zeilen, in denen sie leer ist.', { id: 'import.default-type.hint' })}</p>
            <select id="import-default-type" class="input" aria-describedby="import-default-type-hint" @change=${(e: Event) => this.setDefaultType((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.defaultType}>${msg('Keine Vorgabe', { id: 'import.default-type.none' })}</option>
              ${this.organizationTypes.map((term) => html`<option value=${term.code} ?selected=${this.defaultType === term.code}>${term.label}</option>`)}
            </select>
          </div>`
        : nothing}
      <p><a class="mapping-download" href=${mappingFileHref(this.savableMapping(report))} download=${mappingFileName(report.file.name)}>${msg('Zuordnung als Datei speichern', { id: 'import.mapping.download' })}</a></p>
    </section>`;
  }

  /** What the office decided, without the values still open (saved as open they would read as "leave out"). */
  private savableMapping(report: ImportReport): ImportMapping {
    return { columns: report.mapping.columns ?? {}, values: this.values ?? {} };
  }

  private renderUnknown() {
    // A value of a column no longer mapped to its field needs no decision.
    const open = this.unknownValues.map((unknown, index) => ({ unknown, index })).filter(({ unknown }) => this.columns[unknown.column] === unknown.field);
    if (open.length === 0) return nothing;
    return html`<section aria-labelledby="import-unknown-title">
      <h3 id="import-unknown-title">${msg('Unbekannte Werte', { id: 'import.unknown.title' })}</h3>
      <p class="measure">${msg('Diese Werte kennt das Verzeichnis nicht. Ordnen Sie jeden einem Eintrag der Liste zu, oder lassen Sie ihn weg.', { id: 'import.unknown.hint' })}</p>
      <ul class="unknown-list">
        ${open.map(({ unknown, index }) => {
          const id = unknownId(index);
          const terms = this.terms[unknown.field] ?? [];
          const decided = this.values?.[unknown.field]?.[unknown.value];
          const current = decided === undefined ? UNDECIDED : decided === null ? LEAVE_OUT : decided;
          return html`<li class="field ${this.errors.has(id) ? 'has-error' : ''}">
            <label class="label" for=${id}>${msg(str`„${unknown.value}“ in der Spalte „${unknown.column}“`, { id: 'import.unknown.label' })}</label>
            <p class="hint" id="${id}-hint">${msg(str`${fieldLabel(unknown.field)}, in Zeile ${unknown.rows.join(', ')}`, { id: 'import.unknown.rows' })}</p>
            ${fieldError(this.errors, id)}
            <select id=${id} class="input" aria-describedby=${describedBy(this.errors, id, true)} aria-invalid=${this.errors.has(id) ? 'true' : nothing}
              @change=${(e: Event) => this.setValue(unknown, (e.target as HTMLSelectElement).value)}>
              <option value=${UNDECIDED} ?selected=${current === UNDECIDED}>${msg('Noch nicht entschieden', { id: 'import.unknown.undecided' })}</option>
              <option value=${LEAVE_OUT} ?selected=${current === LEAVE_OUT}>${msg('Weglassen', { id: 'import.unknown.leave-out' })}</option>
              ${terms.map((term) => html`<option value=${term.code} ?selected=${current === term.code}>${term.label}</option>`)}
            </select>
            ${TAXONOMY_OF[unknown.field] ? nothing : html`<label class="label" for="${id}-code">${msg('Oder den Code eintragen', { id: 'import.unknown.code' })}</label>
                <input id="${id}-code" class="input short" @change=${(e: Event) => this.setValue(unknown, (e.target as HTMLInputElement).value.trim())} />`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderRows(report: ImportReport) {
    return html`<section aria-labelledby="import-rows-title">
      <h3 id="import-rows-title">${msg('Zeilen', { id: 'import.rows.title' })}</h3>
      <ol class="import-rows">${report.rows.map((row) => this.renderRow(row))}</ol>
    </section>`;
  }

  private renderRow(row: Row) {
    const name = row.name || msg('(ohne Namen)', { id: 'import.rows.no-name' });
    return html`<li class="card import-row" id="row-${row.row}" tabindex="-1" data-row=${row.row}>
      <h4>${msg(str`Zeile ${row.row}: ${name}`, { id: 'import.rows.heading' })}</h4>
      <p><span class="tag ${row.errors.length ? 'warning' : ''}">${row.errors.length ? msg('Fehler', { id: 'import.rows.error-tag' }) : actionLabel(row.action)}</span>
        ${row.action === 'update' && row.changedFields.length ? html` ${msg(str`Ändert: ${row.changedFields.join(', ')}`, { id: 'import.rows.changes' })}` : nothing}</p>
      ${row.duplicateOf ? this.renderDuplicate(row, row.duplicateOf) : nothing}
      ${row.errors.length
        ? html`<ul class="row-errors">${row.errors.map((error) => html`<li>${error.column ? msg(str`Spalte „${error.column}“: ${error.message}`, { id: 'import.rows.column-error' }) : error.message}</li>`)}</ul>`
        : nothing}
    </li>`;
  }

  private renderDuplicate(row: Row, duplicate: NonNullable<Row['duplicateOf']>) {
    const chosen = row.decision ?? 'skip';
    return html`<fieldset class="duplicate">
      <legend>${msg(str`Schon im Verzeichnis: „${duplicate.name}“ (${reasonLabel(duplicate.reason)}). Was soll mit dieser Zeile geschehen?`, { id: 'import.duplicate.legend' })}</legend>
      <div class="radios">
        ${DECISIONS.map((decision) => {
          const { label, hint } = decisionLabel(decision);
          const id = `dup-${row.row}-${decision}`;
          return html`<div class="radio">
            <input type="radio" id=${id} name="dup-${row.row}" value=${decision} .checked=${chosen === decision} aria-describedby="${id}-hint" @change=${() => this.setDuplicate(row.row, decision)} />
            <label for=${id}>${label} <span class="hint" id="${id}-hint">${hint}</span></label>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderDone(report: ImportReport) {
    return html`<div class="banner" role="status" tabindex="-1">
        <p class="banner-title">${msg('Import abgeschlossen', { id: 'import.done.title' })}</p>
        <div class="banner-body">
          <p>${msg(str`${report.file.name}: ${report.created} Vereine neu angelegt, ${report.updated} ergänzt, ${report.skipped} übersprungen.`, { id: 'import.done.counts' })}</p>
        </div>
      </div>
      <dl class="summary-list import-report">
        <div><dt>${msg('Neu angelegt', { id: 'import.done.created' })}</dt><dd>${report.created}</dd></div>
        <div><dt>${msg('Ergänzt', { id: 'import.done.updated' })}</dt><dd>${report.updated}</dd></div>
        <div><dt>${msg('Übersprungen', { id: 'import.done.skipped' })}</dt><dd>${report.skipped}</dd></div>
        <div><dt>${msg('Davon schon im Verzeichnis', { id: 'import.done.duplicates' })}</dt><dd>${report.duplicates}</dd></div>
      </dl>
      <ul class="measure">${report.rows.filter((row) => row.action !== 'skip').map((row) => html`<li>${msg(str`Zeile ${row.row}: ${row.name}`, { id: 'import.rows.heading' })} – ${actionLabel(row.action)}</li>`)}</ul>
      <div class="button-row"><button type="button" class="button secondary" @click=${() => this.startOver()}>${msg('Weitere Liste importieren', { id: 'import.again' })}</button></div>`;
  }
}
