/**
 * The search panel: people, date or range, time window with the one-tap
 * presets "Abends" and "Wochenende", equipment, accessibility, place and the
 * kind of organisation (for the fee). Native inputs, visible labels, hints
 * linked by `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { withCodeChecked } from '../shared/filter-selection.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { addDays, isoWeekday, type LocalDate } from '../shared/dates.js';
import { contentText } from '../shared/fallback.js';
import { parseTypedNumber } from '../shared/typed-number.js';
import { parseCodes } from '../shared/codes.js';
import type { RoomListQuery } from './booking-api.js';

export type Preset = '' | 'evening' | 'weekend';

export interface SearchValues {
  people: string;
  dateFrom: string;
  dateTo: string;
  timeFrom: string;
  timeTo: string;
  /** ISO weekdays (the weekend preset). */
  weekdays: number[];
  equipment: string[];
  accessibility: string[];
  area: string;
  applicantKind: string;
  preset: Preset;
}

export type SearchErrors = Partial<Record<'people' | 'dateTo' | 'timeTo', string>>;

export function emptySearch(): SearchValues {
  return { people: '', dateFrom: '', dateTo: '', timeFrom: '', timeTo: '', weekdays: [], equipment: [], accessibility: [], area: '', applicantKind: '', preset: '' };
}

/** What a preset sets: evenings from 18:00 in the coming week, or the next two weekends. */
export function applyPreset(values: SearchValues, preset: Preset, today: LocalDate): SearchValues {
  if (preset === 'evening') {
    const from = values.dateFrom || today;
    return { ...values, preset, timeFrom: '18:00', timeTo: '', weekdays: [], dateFrom: from, dateTo: values.dateTo || addDays(from, 6) };
  }
  if (preset === 'weekend') {
    const saturday = isoWeekday(today) === 7 ? today : addDays(today, 6 - isoWeekday(today));
    return { ...values, preset, weekdays: [6, 7], dateFrom: saturday, dateTo: addDays(saturday, 8), timeFrom: values.preset === 'evening' ? '' : values.timeFrom, timeTo: values.preset === 'evening' ? '' : values.timeTo };
  }
  return { ...values, preset: '', weekdays: [] };
}

/** The number of people typed into the search, as the reader writes numbers; undefined when none or not a whole number. */
export function peopleOf(values: SearchValues, locale: string): number | undefined {
  return values.people.trim() ? parseTypedNumber(values.people, locale, { integer: true }) : undefined;
}

export function validateSearch(values: SearchValues, locale: string): SearchErrors {
  const errors: SearchErrors = {};
  const people = peopleOf(values, locale);
  if (values.people.trim() && !(people !== undefined && people >= 1)) {
    errors.people = msg('Geben Sie die Zahl der Personen als ganze Zahl an, zum Beispiel 12.', { id: 'rb.search.error.people' });
  }
  if (values.dateFrom && values.dateTo) {
    if (values.dateTo < values.dateFrom) errors.dateTo = msg('Das Ende des Zeitraums muss nach dem Anfang liegen.', { id: 'rb.search.error.date-order' });
    else if (values.dateTo > addDays(values.dateFrom, 61)) errors.dateTo = msg('Suchen Sie in höchstens 62 Tagen auf einmal.', { id: 'rb.search.error.date-range' });
  }
  if (values.timeFrom && values.timeTo && values.timeTo <= values.timeFrom) {
    errors.timeTo = msg('Das Ende der Uhrzeit muss nach dem Beginn liegen.', { id: 'rb.search.error.time-order' });
  }
  return errors;
}

export interface SearchPanelContext {
  /** Level of the panel's heading (one below the widget's). */
  headingLevel: number;
  values: SearchValues;
  errors: SearchErrors;
  labels: TaxonomyLabels;
  /** Area preset by the host page: the place filter is hidden. */
  areaPreset: boolean;
  onChange: (patch: Partial<SearchValues>) => void;
  onPreset: (preset: Preset) => void;
  onSubmit: () => void;
}

function inputField(
  context: SearchPanelContext,
  key: 'people' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo',
  type: string,
  label: string,
  hint: string | undefined,
  extra: { min?: string; optional?: boolean; inputmode?: string } = {},
): TemplateResult {
  const id = `search-${key}`;
  const error = context.errors[key as keyof SearchErrors];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label class="label" for=${id}>${label}${extra.optional ? html` <span class="optional">${msg('(freiwillig)', { id: 'rb.optional' })}</span>` : nothing}</label>
    ${hint ? html`<p class="field-hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${msg('Fehler:', { id: 'rb.error-prefix' })}</span> ${error}</p>` : nothing}
    <input
      id=${id}
      class="input"
      type=${type}
      min=${extra.min ?? nothing}
      inputmode=${extra.inputmode ?? nothing}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${error ? 'true' : nothing}
      .value=${live(context.values[key])}
      @change=${(event: Event) => context.onChange({ [key]: (event.target as HTMLInputElement).value, preset: key === 'people' ? context.values.preset : '' })}
    />
  </div>`;
}

function checkboxGroup(context: SearchPanelContext, key: 'equipment' | 'accessibility', legend: string): TemplateResult {
  const codes = context.labels.codes(key);
  const chosen = context.values[key];
  return html`<details class="filter-group" ?open=${chosen.length > 0}>
    <summary class="filter-summary">${legend}${chosen.length > 0 ? html` <span class="filter-chosen">(${chosen.length})</span>` : nothing}</summary>
    <fieldset class="filter-options">
      <legend class="visually-hidden">${legend}</legend>
      ${codes.length === 0 ? html`<p class="hint">${msg('Die Auswahl wird geladen …', { id: 'rb.search.options-loading' })}</p>` : nothing}
      <ul>
        ${codes.map((code) => {
          const { label, lang } = context.labels.label(key, code);
          const id = `search-${key}-${code}`;
          return html`<li class="filter-option">
            <input
              type="checkbox"
              id=${id}
              .checked=${live(chosen.includes(code))}
              @change=${(event: Event) => {
                const checked = (event.target as HTMLInputElement).checked;
                context.onChange({ [key]: withCodeChecked(chosen, code, checked) });
              }}
            />
            <label for=${id}>${contentText(label, lang)}</label>
          </li>`;
        })}
      </ul>
    </fieldset>
  </details>`;
}

function selectField(context: SearchPanelContext, key: 'area' | 'applicantKind', taxonomy: string, label: string, hint: string, anyLabel: string): TemplateResult {
  const id = `search-${key}`;
  return html`<div class="field">
    <label class="label" for=${id}>${label} <span class="optional">${msg('(freiwillig)', { id: 'rb.optional' })}</span></label>
    <p class="field-hint" id="${id}-hint">${hint}</p>
    <select id=${id} class="input" aria-describedby="${id}-hint" @change=${(event: Event) => context.onChange({ [key]: (event.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${context.values[key] === ''}>${anyLabel}</option>
      ${context.labels.codes(taxonomy).map((code) => {
        const { label: text } = context.labels.label(taxonomy, code);
        return html`<option value=${code} ?selected=${context.values[key] === code}>${text}</option>`;
      })}
    </select>
  </div>`;
}

/** The whole search form. Submitting (Enter or the button) searches. */
export function searchPanel(context: SearchPanelContext): TemplateResult {
  const { values } = context;
  return html`<form
    class="search"
    part="search"
    novalidate
    aria-labelledby="search-title"
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onSubmit();
    }}
  >
    <div role="heading" aria-level=${context.headingLevel} class="section-title" id="search-title">${msg('Raum suchen', { id: 'rb.search.title' })}</div>
    <div class="presets" role="group" aria-labelledby="presets-label">
      <span class="label" id="presets-label">${msg('Schnellauswahl', { id: 'rb.search.presets' })}</span>
      <button type="button" class="chip preset" aria-pressed=${values.preset === 'evening' ? 'true' : 'false'} @click=${() => context.onPreset(values.preset === 'evening' ? '' : 'evening')}>
        ${msg('Abends (ab 18 Uhr)', { id: 'rb.search.preset-evening' })}
      </button>
      <button type="button" class="chip preset" aria-pressed=${values.preset === 'weekend' ? 'true' : 'false'} @click=${() => context.onPreset(values.preset === 'weekend' ? '' : 'weekend')}>
        ${msg('Wochenende', { id: 'rb.search.preset-weekend' })}
      </button>
    </div>
    <div class="search-grid">
      ${inputField(context, 'people', 'text', msg('Personen', { id: 'rb.search.people' }), msg('So viele Plätze braucht der Raum mindestens.', { id: 'rb.search.people-hint' }), { optional: true, inputmode: 'numeric' })}
      ${inputField(context, 'dateFrom', 'date', msg('Datum', { id: 'rb.search.date-from' }), msg('Ohne Datum sehen Sie alle Räume.', { id: 'rb.search.date-from-hint' }), { optional: true })}
      ${inputField(context, 'dateTo', 'date', msg('Bis zum Datum', { id: 'rb.search.date-to' }), msg('Für einen Zeitraum: Es reicht, wenn der Raum an einem der Tage frei ist.', { id: 'rb.search.date-to-hint' }), { optional: true })}
      ${inputField(context, 'timeFrom', 'time', msg('Uhrzeit von', { id: 'rb.search.time-from' }), undefined, { optional: true })}
      ${inputField(context, 'timeTo', 'time', msg('Uhrzeit bis', { id: 'rb.search.time-to' }), msg('Ohne Ende: bis der Raum schließt.', { id: 'rb.search.time-to-hint' }), { optional: true })}
      ${context.areaPreset
        ? nothing
        : selectField(context, 'area', 'areas', msg('Ort', { id: 'rb.search.area' }), msg('Die Stadt oder der Stadtteil.', { id: 'rb.search.area-hint' }), msg('Alle Orte', { id: 'rb.search.area-any' }))}
      ${selectField(
        context,
        'applicantKind',
        'applicant-kinds',
        msg('Wer bucht?', { id: 'rb.search.applicant' }),
        msg('Damit zeigen wir Ihnen die Kosten für Ihre Organisation.', { id: 'rb.search.applicant-hint' }),
        msg('Keine Angabe', { id: 'rb.search.applicant-any' }),
      )}
    </div>
    <div class="filters">
      ${checkboxGroup(context, 'equipment', msg('Ausstattung', { id: 'rb.search.equipment' }))}
      ${checkboxGroup(context, 'accessibility', msg('Barrierefreiheit', { id: 'rb.search.accessibility' }))}
    </div>
    <div class="actions">
      <button type="submit" class="button" part="button">${msg('Räume suchen', { id: 'rb.search.submit' })}</button>
    </div>
  </form>`;
}

/**
 * The API query of a search: capacity, equipment, accessibility, the area
 * (the page's preset wins), and a free time only when a date or time was
 * asked for (from today on when only a time was given).
 */
export function roomListQuery(values: SearchValues, areaPreset: string, today: LocalDate, locale: string): RoomListQuery {
  const query: RoomListQuery = { limit: 50 };
  const people = peopleOf(values, locale);
  if (people !== undefined) query.capacity = people;
  if (values.equipment.length) query.equipment = values.equipment;
  if (values.accessibility.length) query.accessibility = values.accessibility;
  const area = areaPreset ? parseCodes(areaPreset) : values.area ? [values.area] : [];
  if (area.length) query.area = area;
  const timeGiven = values.timeFrom || values.timeTo || values.weekdays.length;
  if (values.dateFrom || timeGiven) {
    query.freeFrom = values.dateFrom || today;
    if (values.dateTo) query.freeTo = values.dateTo;
    if (values.timeFrom) query.freeStart = values.timeFrom;
    if (values.timeTo) query.freeEnd = values.timeTo;
    if (values.weekdays.length) query.freeWeekdays = values.weekdays;
  }
  return query;
}
