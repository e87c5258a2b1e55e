/**
 * `<tk-office-event-source-form>`: adds or changes a calendar import with the
 * record forms' field templates (format and topics as the tenant's terms,
 * the organiser from the organisations). Field errors GOV.UK style, nothing
 * cleared, a warning before unsaved changes are lost.
 *
 * @fires tk-event-source-saved - The source was stored; `detail` is it.
 * @fires tk-event-source-cancel - The person closed the form without saving.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { ApiError, type EventSource, type EventSourceInput, type Locale, type TaxonomyTerm, type TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { meaningOf } from '../shared/api-errors.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { activeOfficeLocale } from '../localization/index.js';
import { renderField, type FieldContext } from '../records/field-templates.js';
import { fieldId, parseValue, sameValue, writePath, type FieldSpec, type RecordData } from '../records/record-fields.js';
import { recordsStyles } from '../records/records.styles.js';
import { UnsavedChangesController } from '../records/unsaved-changes.js';
import { idField, sourceFields } from './source-fields.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const blank = (): RecordData => ({ id: '', name: '', url: '', organizerId: '', topics: [], intervalMinutes: 60 });

@localized()
export class TkOfficeEventSourceForm extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, recordsStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The source to change; undefined: a new one. */
  @property({ attribute: false }) source: EventSource | undefined;

  @state() private draft: RecordData = blank();
  @state() private base: RecordData = blank();
  @state() private errors = new Map<string, string>();
  @state() private generalError: string | undefined;
  @state() private busy = false;
  @state() private taxonomies = new Map<string, readonly TaxonomyTerm[]>();
  @state() private organizations: Array<readonly [string, string]> | undefined;

  readonly unsavedChanges = new UnsavedChangesController(this, () => this.dirty);

  get dirty(): boolean {
    return !sameValue(this.draft, this.base);
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('source')) {
      const { id, name, url, organizerId, format, topics, intervalMinutes } = this.source ?? (blank() as unknown as EventSource);
      const data: RecordData = { id, name, url, organizerId, ...(format ? { format } : {}), topics: [...(topics ?? [])], intervalMinutes: intervalMinutes ?? 60 };
      this.base = structuredClone(data);
      this.draft = structuredClone(data);
    }
    if (changed.has('client')) void this.loadChoices();
  }

  /** Terms and organisations for the choices; a list that does not load (or is empty) leaves its field a code field. */
  private async loadChoices() {
    if (!this.client) return;
    const client = this.client;
    const list = async (name: 'event-formats' | 'topics') => {
      try {
        const { data } = await client.taxonomies.get(name, { locale: activeOfficeLocale() as Locale });
        return data.length ? ([name, data] as const) : undefined;
      } catch {
        return undefined;
      }
    };
    const [formats, topics] = await Promise.all([list('event-formats'), list('topics')]);
    this.taxonomies = new Map([formats, topics].filter((entry) => entry !== undefined));
    try {
      const { data } = await client.records.list('organizations', { limit: 100 });
      this.organizations = data.length ? data.map((row) => [row.id, row.title] as const) : undefined;
    } catch {
      this.organizations = undefined;
    }
  }

  private readonly onInput = (spec: FieldSpec, path: readonly string[], value: string | boolean) => {
    this.draft = writePath(this.draft, path, typeof value === 'boolean' ? value : parseValue(spec, value));
  };

  private fields(): FieldSpec[] {
    return [...(this.source ? [] : [idField]), ...sourceFields(this.organizations)];
  }

  /** The checks the API makes that need no round trip. */
  private checkLocally(): Map<string, string> {
    const errors = new Map<string, string>();
    const text = (key: string) => String(this.draft[key] ?? '').trim();
    for (const spec of this.fields()) {
      const key = spec.path[0]!;
      const missing = key === 'id' ? !SLUG.test(text('id')) : key === 'topics' ? false : key === 'intervalMinutes' ? !Number.isInteger(this.draft[key]) : text(key) === '';
      if (missing) errors.set(fieldId(spec.path), spec.error!());
    }
    return errors;
  }

  private outgoing(): EventSourceInput {
    const { id: _id, ...input } = this.draft;
    return { ...input, name: String(input.name).trim(), url: String(input.url).trim() } as unknown as EventSourceInput;
  }

  private async save(event: Event) {
    event.preventDefault();
    if (!this.client || this.busy) return;
    const local = this.checkLocally();
    if (local.size) return this.showErrors(local, undefined);
    this.busy = true;
    const id = this.source?.id ?? String(this.draft.id).trim();
    try {
      const { data } = await this.client.eventSources.put(id, this.outgoing());
      this.base = structuredClone(this.draft);
      this.errors = new Map();
      this.generalError = undefined;
      this.dispatchEvent(new CustomEvent<EventSource>('tk-event-source-saved', { detail: data, bubbles: true, composed: true }));
    } catch (error) {
      await this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async failed(error: unknown) {
    if (error instanceof ApiError && error.status === 409) {
      return this.showErrors(new Map([['url', msg('Diesen Kalender liest schon ein anderer Import. Geben Sie eine andere Adresse an.', { id: 'sources.url.taken' })]]), undefined);
    }
    const meaning = meaningOf(error);
    if (meaning.status === 400 && meaning.fieldErrors.length) {
      const errors = new Map<string, string>();
      for (const fieldError of meaning.fieldErrors) {
        const spec = this.fields().find((field) => field.path[0] === fieldError.path.split('.')[0]);
        if (spec) errors.set(fieldId(spec.path), spec.error!());
      }
      return this.showErrors(errors, errors.size ? undefined : msg('Der Kalender konnte nicht gespeichert werden; Ihre Eingaben bleiben im Formular. Prüfen Sie sie und versuchen Sie es noch einmal.', { id: 'sources.save-failed' }));
    }
    return this.showErrors(
      new Map(),
      meaning.status === 0
        ? msg('Keine Verbindung zum Server. Ihre Änderungen sind noch nicht gespeichert; sie bleiben im Formular. Versuchen Sie es gleich noch einmal.', { id: 'records.offline' })
        : msg('Der Kalender konnte nicht gespeichert werden; Ihre Eingaben bleiben im Formular. Prüfen Sie sie und versuchen Sie es noch einmal.', { id: 'sources.save-failed' }),
    );
  }

  private async showErrors(errors: Map<string, string>, general: string | undefined) {
    this.errors = errors;
    this.generalError = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private cancel() {
    this.draft = structuredClone(this.base);
    this.dispatchEvent(new CustomEvent('tk-event-source-cancel', { bubbles: true, composed: true }));
  }

  override render() {
    const context: FieldContext = {
      draft: this.draft,
      errors: this.errors,
      locales: ['de'],
      onInput: this.onInput,
      onValue: (path, value) => (this.draft = writePath(this.draft, path, value)),
      taxonomies: this.taxonomies,
      timeZone: 'Europe/Berlin',
    };
    return html`${errorSummary(this.errors, this.generalError)}
      <form novalidate @submit=${this.save}>
        ${this.fields().map((spec) => renderField(spec, context))}
        <div class="button-row">
          <button class="button save" type="submit">
            ${this.busy ? msg('Wird gespeichert …', { id: 'records.saving' }) : this.source ? msg('Speichern', { id: 'records.save' }) : msg('Kalender hinzufügen', { id: 'sources.add.submit' })}
          </button>
          ${this.source ? html`<button type="button" class="button secondary" @click=${() => this.cancel()}>${msg('Abbrechen', { id: 'check.cancel' })}</button>` : nothing}
        </div>
      </form>`;
  }
}
