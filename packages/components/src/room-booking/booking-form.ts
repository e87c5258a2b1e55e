/**
 * The request form (GOV.UK / KERN pattern): visible labels, hints and errors
 * linked by `aria-describedby`, `aria-invalid`, an error summary that takes
 * focus on submit, optional fields marked, nothing cleared on error and a
 * submit button that is never disabled.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import type { Room } from './booking-api.js';
import { FIELDS, fieldLabel, maxAttendeesOf, type BookingFormValues, type FieldErrors, type FieldName } from './booking-form-model.js';
import { contentText, fallbackHint } from '../shared/fallback.js';
import { plural } from '../shared/plural.js';

export interface BookingFormContext {
  /** Level of the form's heading; its groups sit one below. */
  headingLevel: number;
  room: Room;
  values: BookingFormValues;
  errors: FieldErrors;
  labels: TaxonomyLabels;
  uiLocale: string;
  sending: boolean;
  /** A message above the form that is not about one field (network, server). */
  formMessage: TemplateResult | undefined;
  onChange: (patch: Partial<BookingFormValues>) => void;
  onSubmit: () => void;
}

const fieldId = (field: FieldName) => `form-${field}`;

function labelText(field: FieldName, optional: boolean): TemplateResult {
  return html`${fieldLabel(field)}${optional ? html` <span class="optional">${msg('(freiwillig)', { id: 'rb.optional' })}</span>` : nothing}`;
}

function errorLine(field: FieldName, errors: FieldErrors): TemplateResult | typeof nothing {
  const error = errors[field];
  return error
    ? html`<p class="field-error" id="${fieldId(field)}-error"><span class="visually-hidden">${msg('Fehler:', { id: 'rb.error-prefix' })}</span> ${error}</p>`
    : nothing;
}

function describedBy(field: FieldName, hint: boolean, errors: FieldErrors): string | typeof nothing {
  const ids = [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

function input(
  context: BookingFormContext,
  field: 'date' | 'start' | 'end' | 'until' | 'organizationName' | 'name' | 'email' | 'phone' | 'attendees',
  options: { type: string; hint?: string; optional?: boolean; autocomplete?: string; inputmode?: string; width?: string },
): TemplateResult {
  const { errors } = context;
  return html`<div class="field ${errors[field] ? 'has-error' : ''}">
    <label class="label" for=${fieldId(field)}>${labelText(field, options.optional ?? false)}</label>
    ${options.hint ? html`<p class="field-hint" id="${fieldId(field)}-hint">${options.hint}</p>` : nothing}
    ${errorLine(field, errors)}
    <input
      id=${fieldId(field)}
      name=${field}
      class="input ${options.width ?? ''}"
      type=${options.type}
      autocomplete=${options.autocomplete ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      aria-describedby=${describedBy(field, Boolean(options.hint), errors)}
      aria-invalid=${errors[field] ? 'true' : nothing}
      .value=${live(context.values[field])}
      @input=${(event: Event) => context.onChange({ [field]: (event.target as HTMLInputElement).value })}
    />
  </div>`;
}

function radios<V extends string>(context: BookingFormContext, field: 'repeat' | 'isPublic', options: Array<[V, string]>, hint?: string): TemplateResult {
  const { errors } = context;
  return html`<fieldset class="field radios ${errors[field] ? 'has-error' : ''}" id=${fieldId(field)} tabindex="-1" aria-describedby=${describedBy(field, Boolean(hint), errors)}>
    <legend class="label">${fieldLabel(field)}</legend>
    ${hint ? html`<p class="field-hint" id="${fieldId(field)}-hint">${hint}</p>` : nothing}
    ${errorLine(field, errors)}
    ${options.map(
      ([value, label]) => html`<div class="choice">
        <input
          type="radio"
          id="${fieldId(field)}-${value}"
          name=${field}
          value=${value}
          .checked=${live(context.values[field] === value)}
          @change=${() => context.onChange({ [field]: value } as Partial<BookingFormValues>)}
        />
        <label for="${fieldId(field)}-${value}">${label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** The error summary: a list of links to the fields; focused after a failed submit. */
function errorSummary(errors: FieldErrors, headingLevel: number, focusField: (field: FieldName) => void): TemplateResult | typeof nothing {
  const fields = FIELDS.filter((field) => errors[field]);
  if (fields.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <div role="heading" aria-level=${headingLevel} id="error-summary-title">${msg('Prüfen Sie diese Angaben:', { id: 'rb.form.error-summary' })}</div>
    <ul>
      ${fields.map(
        (field) => html`<li>
          <a
            href="#${fieldId(field)}"
            @click=${(event: Event) => {
              event.preventDefault();
              focusField(field);
            }}
            >${fieldLabel(field)}: ${errors[field]}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

export function bookingForm(context: BookingFormContext, focusField: (field: FieldName) => void): TemplateResult {
  const { room, values, errors } = context;
  return html`<form
    class="booking-form"
    part="form"
    novalidate
    aria-labelledby="form-title"
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onSubmit();
    }}
  >
    <div role="heading" aria-level=${context.headingLevel} class="section-title" id="form-title" tabindex="-1">${msg('Raum anfragen', { id: 'rb.form.title' })}</div>
    ${errorSummary(errors, context.headingLevel + 1, focusField)} ${context.formMessage ?? nothing}
    <fieldset class="group">
      <legend class="group-title">${msg('Wann?', { id: 'rb.form.when' })}</legend>
      <div class="form-row">
        ${input(context, 'date', { type: 'date' })} ${input(context, 'start', { type: 'time', width: 'narrow' })}
        ${input(context, 'end', { type: 'time', width: 'narrow' })}
      </div>
      ${radios(context, 'repeat', [
        ['none', msg('Einmal', { id: 'rb.form.repeat-none' })],
        ['weekly', msg('Jede Woche', { id: 'rb.form.repeat-weekly' })],
        ['biweekly', msg('Alle zwei Wochen', { id: 'rb.form.repeat-biweekly' })],
      ])}
      ${values.repeat !== 'none'
        ? input(context, 'until', { type: 'date', hint: msg('Bis zu diesem Tag wiederholt sich der Termin.', { id: 'rb.form.until-hint' }) })
        : nothing}
      ${values.repeat !== 'none' && values.excludeDates.length > 0
        ? html`<p class="field-hint">${msg(str`Ausgelassene Termine: ${values.excludeDates.length}`, { id: 'rb.form.excluded' })}</p>`
        : nothing}
    </fieldset>
    <fieldset class="group">
      <legend class="group-title">${msg('Wer fragt an?', { id: 'rb.form.who' })}</legend>
      ${input(context, 'organizationName', { type: 'text', optional: true, autocomplete: 'organization', hint: msg('Lassen Sie das Feld leer, wenn Sie als Privatperson anfragen.', { id: 'rb.form.organization-hint' }) })}
      <div class="field">
        <label class="label" for=${fieldId('applicantKind')}>${labelText('applicantKind', true)}</label>
        <p class="field-hint" id="${fieldId('applicantKind')}-hint">${msg('Davon hängen die Kosten ab.', { id: 'rb.form.applicant-hint' })}</p>
        <select id=${fieldId('applicantKind')} class="input" aria-describedby="${fieldId('applicantKind')}-hint" @change=${(event: Event) => context.onChange({ applicantKind: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${values.applicantKind === ''}>${msg('Keine Angabe', { id: 'rb.search.applicant-any' })}</option>
          ${context.labels.codes('applicant-kinds').map(
            (code) => html`<option value=${code} ?selected=${values.applicantKind === code}>${context.labels.label('applicant-kinds', code).label}</option>`,
          )}
        </select>
      </div>
      ${input(context, 'name', { type: 'text', autocomplete: 'name', hint: msg('Die Person, die sich um die Buchung kümmert.', { id: 'rb.form.name-hint' }) })}
      ${input(context, 'email', { type: 'email', autocomplete: 'email', hint: msg('An diese Adresse schickt die Stadt ihre Antwort.', { id: 'rb.form.email-hint' }) })}
      ${input(context, 'phone', { type: 'tel', optional: true, autocomplete: 'tel', hint: msg('Für Rückfragen am Tag der Veranstaltung.', { id: 'rb.form.phone-hint' }) })}
    </fieldset>
    <fieldset class="group">
      <legend class="group-title">${msg('Ihre Veranstaltung', { id: 'rb.form.event' })}</legend>
      <div class="field ${errors.purpose ? 'has-error' : ''}">
        <label class="label" for=${fieldId('purpose')}>${labelText('purpose', false)}</label>
        <p class="field-hint" id="${fieldId('purpose')}-hint">${msg('Zum Beispiel: Vorstandssitzung, Sprachkurs für Kinder, Fest zum Jahresende.', { id: 'rb.form.purpose-hint' })}</p>
        ${errorLine('purpose', errors)}
        <textarea
          id=${fieldId('purpose')}
          class="input textarea"
          rows="3"
          aria-describedby=${describedBy('purpose', true, errors)}
          aria-invalid=${errors.purpose ? 'true' : nothing}
          .value=${live(values.purpose)}
          @input=${(event: Event) => context.onChange({ purpose: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>
      ${input(context, 'attendees', { type: 'text', inputmode: 'numeric', width: 'narrow', hint: plural(maxAttendeesOf(room), context.uiLocale, msg('one {Der Raum hat Platz für höchstens # Person.} other {Der Raum hat Platz für höchstens # Personen.}', { id: 'rb.form.attendees-max' })) })}
      ${radios(
        context,
        'isPublic',
        [
          ['yes', msg('Ja, alle können kommen', { id: 'rb.form.public-yes' })],
          ['no', msg('Nein, nur für eingeladene Personen', { id: 'rb.form.public-no' })],
        ],
        msg('Öffentliche Veranstaltungen kann die Stadt im Kalender zeigen.', { id: 'rb.form.public-hint' }),
      )}
    </fieldset>
    <div class="house-rules">
      <div role="heading" aria-level=${context.headingLevel + 1} class="group-title">${msg('Hausordnung', { id: 'rb.field.house-rules' })}</div>
      <p>${contentText(room.houseRules, room.translation.fallbacks['houseRules'])} ${fallbackHint('houseRules', room.translation, context.uiLocale)}</p>
    </div>
    <div class="field ${errors.acceptHouseRules ? 'has-error' : ''}" id="${fieldId('acceptHouseRules')}-wrap">
      ${errorLine('acceptHouseRules', errors)}
      <div class="choice">
        <input
          type="checkbox"
          id=${fieldId('acceptHouseRules')}
          aria-describedby=${describedBy('acceptHouseRules', false, errors)}
          aria-invalid=${errors.acceptHouseRules ? 'true' : nothing}
          .checked=${live(values.acceptHouseRules)}
          @change=${(event: Event) => context.onChange({ acceptHouseRules: (event.target as HTMLInputElement).checked })}
        />
        <label for=${fieldId('acceptHouseRules')}>${msg('Ich habe die Hausordnung gelesen und halte sie ein.', { id: 'rb.form.accept' })}</label>
      </div>
    </div>
    <div class="privacy">
      <div role="heading" aria-level=${context.headingLevel + 1} class="group-title">${msg('Was mit Ihren Daten geschieht', { id: 'rb.form.privacy-title' })}</div>
      <p>
        ${msg(
          'Die Stadt nutzt Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer nur, um die Anfrage zu bearbeiten und Sie zu erreichen. Im Belegungsplan sieht niemand, wer gebucht hat. Nach der Veranstaltung löscht die Stadt Ihre Daten nach den Fristen der Verwaltung.',
          { id: 'rb.form.privacy' },
        )}
      </p>
    </div>
    <div class="actions">
      <button type="submit" class="button" part="button submit" aria-describedby=${context.sending ? 'form-sending' : nothing}>
        ${room.bookingPolicy.needsApproval ? msg('Anfrage senden', { id: 'rb.form.submit-request' }) : msg('Verbindlich buchen', { id: 'rb.form.submit-book' })}
      </button>
      ${context.sending ? html`<span class="hint-plain" id="form-sending">${msg('Wird gesendet …', { id: 'rb.form.sending' })}</span>` : nothing}
    </div>
  </form>`;
}

/** Focus on a field named in the error summary; a group of radio buttons takes it on its chosen (else first) button. */
export function focusFormField(root: ParentNode, field: FieldName): void {
  const find = (selector: string) => root.querySelector<HTMLElement>(selector);
  const target = field === 'repeat' || field === 'isPublic' ? (find(`#form-${field} input:checked`) ?? find(`#form-${field} input`)) : find(`#form-${field}`);
  target?.focus();
}
