/**
 * How the chassis draws a field: label, hint, error repeating the label,
 * `aria-describedby` and `aria-invalid`; a localized field as columns, the
 * German source first and each translation beside it with its state
 * (by a person, by a machine, or missing so the public sees German).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale, TaxonomyTerm } from '@teilhabe/sdk';
import { describedBy, fieldError, type FieldErrors } from '../shared/form-errors.js';
import { directionOf, languageName } from './language-names.js';
import { displayValue, fieldId, readPath, type FieldSpec, type RecordData } from './record-fields.js';

export interface FieldContext {
  draft: RecordData;
  errors: FieldErrors;
  /** The tenant's content locales, the source (German) first. */
  locales: readonly Locale[];
  onInput: (spec: FieldSpec, path: readonly string[], text: string | boolean) => void;
  /** Writes a value as it is (an editor's list or series). */
  onValue: (path: readonly string[], value: unknown) => void;
  /** The terms of each taxonomy the form names, labelled in the office's language; missing when they could not be loaded. */
  taxonomies: ReadonlyMap<string, readonly TaxonomyTerm[]>;
  /** The tenant's IANA zone: dates and times are shown and typed in it. */
  timeZone: string;
}

const optionalMark = (optional: boolean | undefined) => (optional ? html` <span class="optional">${msg('(optional)', { id: 'records.optional' })}</span>` : nothing);

function hint(spec: FieldSpec, id: string) {
  return spec.hint ? html`<p class="field-hint" id="${id}-hint">${spec.hint()}</p>` : nothing;
}

export function renderField(spec: FieldSpec, context: FieldContext): TemplateResult {
  if (spec.kind === 'localized') return renderLocalized(spec, context);
  const id = fieldId(spec.path);
  const value = readPath(context.draft, spec.path);
  const invalid = context.errors.has(id);
  if (spec.kind === 'editor') return html`<div class="field wide-field ${invalid ? 'has-error' : ''}">${fieldError(context.errors, id)} ${spec.render(context, id)}</div>`;
  const terms = spec.kind === 'taxonomy' ? context.taxonomies.get(spec.taxonomy) : undefined;
  if (spec.kind === 'taxonomy' && terms) return renderTaxonomy(spec, context, terms);
  if (spec.kind === 'checkbox') {
    return html`<div class="field ${invalid ? 'has-error' : ''}">
      ${fieldError(context.errors, id)}
      <label class="checkbox">
        <input type="checkbox" id=${id} .checked=${value === true} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(context.errors, id)}
          @change=${(e: Event) => context.onInput(spec, spec.path, (e.target as HTMLInputElement).checked)} />
        ${spec.label()}
      </label>
    </div>`;
  }
  const text = displayValue(spec, value);
  const input = (e: Event) => context.onInput(spec, spec.path, (e.target as HTMLInputElement).value);
  if (spec.kind === 'choice') {
    return html`<div class="field ${invalid ? 'has-error' : ''}">
      <label class="label" for=${id}>${spec.label()}</label>
      ${hint(spec, id)} ${fieldError(context.errors, id)}
      <select class="input" id=${id} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(context.errors, id, Boolean(spec.hint))} @change=${input}>
        ${spec.options().map(([option, label]) => html`<option value=${option} ?selected=${option === text}>${label}</option>`)}
      </select>
    </div>`;
  }
  const common = { id, invalid, described: describedBy(context.errors, id, Boolean(spec.hint)) };
  return html`<div class="field ${invalid ? 'has-error' : ''}">
    <label class="label" for=${id}>${spec.label()}${optionalMark(spec.optional)}</label>
    ${hint(spec, id)} ${fieldError(context.errors, id)}
    ${spec.kind === 'textarea'
      ? html`<textarea class="input" id=${common.id} .value=${text} aria-invalid=${common.invalid ? 'true' : 'false'} aria-describedby=${common.described} @input=${input}></textarea>`
      : html`<input
          class="input ${spec.kind === 'integer' || spec.kind === 'decimal' ? 'short' : ''}"
          id=${common.id}
          type=${spec.kind === 'integer' || spec.kind === 'decimal' || spec.kind === 'codes' || spec.kind === 'taxonomy' ? 'text' : spec.kind}
          inputmode=${spec.kind === 'integer' ? 'numeric' : spec.kind === 'decimal' ? 'decimal' : nothing}
          autocomplete="off"
          spellcheck=${spec.kind === 'text' ? 'true' : 'false'}
          .value=${text}
          aria-invalid=${common.invalid ? 'true' : 'false'}
          aria-describedby=${common.described}
          @input=${input}
        />`}
  </div>`;
}

/**
 * A taxonomy as checkboxes, labelled in the office's language. A code the list
 * does not know (any more) stays ticked under its code, so saving keeps it
 * until somebody unticks it. The first checkbox carries the field's id: the
 * error summary links there, as GOV.UK does for a group.
 */
function renderTaxonomy(spec: FieldSpec & { kind: 'taxonomy' }, context: FieldContext, terms: readonly TaxonomyTerm[]): TemplateResult {
  const id = fieldId(spec.path);
  const invalid = context.errors.has(id);
  if (spec.single) {
    const value = readPath(context.draft, spec.path);
    const current = typeof value === 'string' ? value : '';
    const options = [['', msg('(keine Angabe)', { id: 'records.taxonomy.none' })] as const, ...terms.map((t) => [t.code, t.label] as const), ...(current && !terms.some((t) => t.code === current) ? [[current, current] as const] : [])];
    return html`<div class="field ${invalid ? 'has-error' : ''}">
      <label class="label" for=${id}>${spec.label()}${optionalMark(spec.optional)}</label>
      ${hint(spec, id)} ${fieldError(context.errors, id)}
      <select class="input" id=${id} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(context.errors, id, Boolean(spec.hint))}
        @change=${(e: Event) => context.onValue(spec.path, (e.target as HTMLSelectElement).value || undefined)}>
        ${options.map(([code, label]) => html`<option value=${code} ?selected=${code === current}>${label}</option>`)}
      </select>
    </div>`;
  }
  const chosen = (readPath(context.draft, spec.path) as string[] | undefined) ?? [];
  const known = new Set(terms.map((t) => t.code));
  const options = [...terms.map((t) => [t.code, t.label] as const), ...chosen.filter((code) => !known.has(code)).map((code) => [code, code] as const)];
  const toggle = (code: string, on: boolean) => {
    const others = chosen.filter((c) => c !== code);
    context.onValue(spec.path, on ? [...others, code] : others);
  };
  return html`<fieldset class="field ${invalid ? 'has-error' : ''}" aria-describedby=${describedBy(context.errors, id, Boolean(spec.hint))}>
    <legend class="label">${spec.label()}${optionalMark(spec.optional)}</legend>
    ${hint(spec, id)} ${fieldError(context.errors, id)}
    <div class="checkboxes">
      ${options.map(
        ([code, label], index) => html`<label class="checkbox">
          <input type="checkbox" id=${index === 0 ? id : `${id}-${code}`} value=${code} .checked=${chosen.includes(code)} aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} />
          ${label}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The state of one translation: what the public sees in that language. */
function translationState(context: FieldContext, spec: FieldSpec, locale: Locale): TemplateResult {
  const text = readPath(context.draft, [...spec.path, locale]);
  if (typeof text !== 'string' || text.trim() === '') {
    return html`<span class="tag warning">${msg('fehlt – zeigt Deutsch', { id: 'records.translation.missing' })}</span>`;
  }
  const machine = (context.draft.machineTranslated as string[] | undefined)?.includes(locale);
  return machine
    ? html`<span class="tag">${msg('maschinell übersetzt', { id: 'records.translation.machine' })}</span>`
    : html`<span class="tag">${msg('von Menschen übersetzt', { id: 'records.translation.human' })}</span>`;
}

function renderLocalized(spec: FieldSpec & { kind: 'localized' }, context: FieldContext): TemplateResult {
  const [source, ...translations] = context.locales;
  const column = (locale: Locale, isSource: boolean) => {
    const id = fieldId(spec.path, locale);
    const invalid = context.errors.has(id);
    const value = readPath(context.draft, [...spec.path, locale]);
    const text = typeof value === 'string' ? value : '';
    const input = (e: Event) => context.onInput(spec, [...spec.path, locale], (e.target as HTMLInputElement).value);
    const attributes = { lang: locale, dir: directionOf(locale) };
    const stateId = `${id}-state`;
    const described = [isSource ? '' : stateId, describedBy(context.errors, id) === nothing ? '' : `${id}-error`].filter(Boolean).join(' ');
    return html`<div class="language-column field ${invalid ? 'has-error' : ''}">
      <label class="label" for=${id}>${isSource
          ? msg(str`${spec.label()} – ${languageName(locale)} (Ausgangstext)`, { id: 'records.source-label' })
          : msg(str`${spec.label()} – ${languageName(locale)}`, { id: 'records.translation-label' })}${optionalMark(!isSource || spec.optional)}</label>
      ${isSource ? nothing : html`<p id=${stateId}>${translationState(context, spec, locale)}</p>`} ${fieldError(context.errors, id)}
      ${spec.multiline
        ? html`<textarea class="input" id=${id} lang=${attributes.lang} dir=${attributes.dir} .value=${text} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described || nothing} @input=${input}></textarea>`
        : html`<input class="input" id=${id} type="text" lang=${attributes.lang} dir=${attributes.dir} .value=${text} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described || nothing} @input=${input} />`}
    </div>`;
  };
  return html`<fieldset class="wide localized">
    <legend>${spec.label()}</legend>
    ${spec.hint ? html`<p class="field-hint">${spec.hint()}</p>` : nothing}
    <div class="languages">${source ? column(source, true) : nothing} ${translations.map((locale) => column(locale, false))}</div>
  </fieldset>`;
}

/** Per translation: whether a machine made it. The public widgets mark such texts. */
export function renderMachineTranslated(context: FieldContext, onToggle: (locale: Locale, machine: boolean) => void): TemplateResult {
  const machine = (context.draft.machineTranslated as string[] | undefined) ?? [];
  return html`<fieldset class="wide">
    <legend>${msg('Maschinell übersetzt', { id: 'records.machine.legend' })}</legend>
    <p class="field-hint">${msg('Kreuzen Sie die Sprachen an, deren Texte eine Maschine übersetzt hat. Die öffentliche Ansicht weist darauf hin.', { id: 'records.machine.hint' })}</p>
    ${context.locales.slice(1).map(
      (locale) => html`<label class="checkbox">
        <input type="checkbox" id=${`machine-${locale}`} .checked=${machine.includes(locale)} @change=${(e: Event) => onToggle(locale, (e.target as HTMLInputElement).checked)} />
        ${languageName(locale)}
      </label>`,
    )}
  </fieldset>`;
}
