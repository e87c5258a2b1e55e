/**
 * The questions of the questionnaire: their wording and their controls.
 * The same controls serve a questionnaire step and the inline question on a
 * result whose criterion is still open. Native radios, checkboxes and inputs
 * in a fieldset with a legend: keyboard and screen-reader support come with
 * the platform.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { ApplicantProfile } from './funding-api.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { SUPPORT_TYPES, type QuestionKey } from './profile.js';
import { applicantKindLabel, supportLabel } from './labels.js';
import { contentText } from '../shared/fallback.js';
import { parseTypedNumber } from '../shared/typed-number.js';

/** What the controls of a question need. */
export interface QuestionContext {
  /** Prefix of the control ids, unique per place the question appears. */
  idPrefix: string;
  labels: TaxonomyLabels;
  profile: ApplicantProfile;
  /** Text typed into a number or date field, kept as typed (also when it is wrong). */
  typed: Partial<Record<QuestionKey, string>>;
  /** id of the hint and error, for `aria-describedby` on text inputs. */
  describedBy: string;
  invalid: boolean;
  onChange: (key: QuestionKey, value: ApplicantProfile[keyof ApplicantProfile], typed?: string) => void;
}

const APPLICANT_KINDS = ['registered-association', 'non-profit', 'informal-group', 'migrant-organization', 'youth-welfare-provider', 'individual'];

export function questionText(key: QuestionKey): string {
  switch (key) {
    case 'applicantKind':
      return msg('Wer stellt den Antrag?', { id: 'funding.q.applicant' });
    case 'area':
      return msg('Wo hat Ihre Organisation ihren Sitz?', { id: 'funding.q.area' });
    case 'topics':
      return msg('Um welches Thema geht es bei Ihrem Vorhaben?', { id: 'funding.q.topics' });
    case 'needs':
      return msg('Was brauchen Sie?', { id: 'funding.q.needs' });
    case 'amountEur':
      return msg('Wie viel Geld brauchen Sie ungefähr?', { id: 'funding.q.amount' });
    case 'neededBy':
      return msg('Bis wann brauchen Sie die Hilfe?', { id: 'funding.q.needed-by' });
    case 'nonProfit':
      return msg('Ist Ihre Organisation gemeinnützig?', { id: 'funding.q.non-profit' });
    case 'ownContributionPercent':
      return msg('Wie viel Prozent der Kosten können Sie selbst bezahlen?', { id: 'funding.q.own-contribution' });
  }
}

export function questionHint(key: QuestionKey): string {
  switch (key) {
    case 'applicantKind':
      return msg('Wählen Sie, was am besten passt.', { id: 'funding.hint.applicant' });
    case 'area':
      return msg('Der Ort, an dem Ihre Organisation eingetragen ist oder sich trifft.', { id: 'funding.hint.area' });
    case 'topics':
    case 'needs':
      return msg('Sie können mehreres wählen.', { id: 'funding.hint.several' });
    case 'amountEur':
      return msg('Ein Betrag in Euro, zum Beispiel 3000.', { id: 'funding.hint.amount' });
    case 'neededBy':
      return msg('Zum Beispiel der Tag, an dem Ihr Projekt beginnt.', { id: 'funding.hint.needed-by' });
    case 'nonProfit':
      return msg('Das Finanzamt hat es mit einem Freistellungsbescheid bestätigt.', { id: 'funding.hint.non-profit' });
    case 'ownContributionPercent':
      return msg('Eine Zahl von 0 bis 100. Ehrenamtliche Arbeit zählt oft mit.', { id: 'funding.hint.own-contribution' });
  }
}

/** The error for an answer that cannot be used, repeating what the field asks for. */
export function answerError(key: QuestionKey): string {
  switch (key) {
    case 'amountEur':
      return msg('Geben Sie den Betrag als Zahl in Euro an, zum Beispiel 3000.', { id: 'funding.error.amount' });
    case 'ownContributionPercent':
      return msg('Geben Sie Ihren Eigenanteil als Zahl von 0 bis 100 an.', { id: 'funding.error.own-contribution' });
    case 'neededBy':
      return msg('Geben Sie ein Datum an, zum Beispiel den 31.12.', { id: 'funding.error.needed-by' });
    default:
      return msg('Wählen Sie eine Antwort oder „Weiß ich nicht“.', { id: 'funding.error.choose' });
  }
}

/** Whether the profile holds an answer to the question. */
export function hasAnswer(key: QuestionKey, profile: ApplicantProfile): boolean {
  const value = profile[key];
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
}

/**
 * Reads what was typed into a number field as the reader writes numbers
 * (`3.000 €` in German, `3,000` in English, `۳۰۰۰` in Persian).
 * Returns undefined when it is not a number in range.
 */
export function parseNumber(text: string, max: number, locale: string): number | undefined {
  const value = parseTypedNumber(text, locale);
  return value !== undefined && value >= 0 && value <= max ? value : undefined;
}

/** Codes in the taxonomy's order, or a built-in list until the taxonomy has loaded. */
function codesOf(context: QuestionContext, taxonomy: string, fallback: string[]): string[] {
  const codes = context.labels.codes(taxonomy);
  return codes.length ? codes : fallback;
}

function radios(key: QuestionKey, options: { value: string; label: string; lang?: string | undefined }[], chosen: string | undefined, context: QuestionContext, toValue: (value: string) => ApplicantProfile[keyof ApplicantProfile]): TemplateResult {
  return html`<ul class="choices">
    ${options.map((option) => {
      const id = `${context.idPrefix}-${key}-${option.value}`;
      return html`<li class="choice">
        <input type="radio" id=${id} name=${`${context.idPrefix}-${key}`} .value=${option.value} .checked=${live(chosen === option.value)} @change=${() => context.onChange(key, toValue(option.value))} />
        <label for=${id}>${contentText(option.label, option.lang)}</label>
      </li>`;
    })}
  </ul>`;
}

function checkboxes(key: 'topics' | 'needs', options: { value: string; label: string; lang?: string | undefined }[], chosen: readonly string[], context: QuestionContext): TemplateResult {
  return html`<ul class="choices">
    ${options.map((option) => {
      const id = `${context.idPrefix}-${key}-${option.value}`;
      return html`<li class="choice">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(chosen.includes(option.value))}
          @change=${(event: Event) => {
            const checked = (event.target as HTMLInputElement).checked;
            const rest = chosen.filter((value) => value !== option.value);
            context.onChange(key, checked ? [...rest, option.value] : rest);
          }}
        />
        <label for=${id}>${contentText(option.label, option.lang)}</label>
      </li>`;
    })}
  </ul>`;
}

function textInput(key: 'amountEur' | 'ownContributionPercent' | 'neededBy', context: QuestionContext, unit: string): TemplateResult {
  const id = `${context.idPrefix}-${key}`;
  const value = context.typed[key] ?? (context.profile[key] !== undefined && context.profile[key] !== null ? String(context.profile[key]) : '');
  const date = key === 'neededBy';
  return html`<div class="input-with-unit">
    <label class="visually-hidden" for=${id}>${questionText(key)}</label>
    <input
      id=${id}
      class="input ${date ? 'date' : 'number'}"
      type=${date ? 'date' : 'text'}
      inputmode=${date ? nothing : 'decimal'}
      autocomplete="off"
      aria-describedby=${context.describedBy}
      aria-invalid=${context.invalid ? 'true' : 'false'}
      .value=${live(value)}
      @input=${(event: Event) => context.onChange(key, undefined, (event.target as HTMLInputElement).value)}
    />
    ${unit ? html`<span class="unit" aria-hidden="true">${unit}</span>` : nothing}
  </div>`;
}

/** The controls of one question (without the legend, hint and buttons). */
export function questionControls(key: QuestionKey, context: QuestionContext): TemplateResult {
  const { labels, profile } = context;
  switch (key) {
    case 'applicantKind':
      return radios(
        key,
        codesOf(context, 'applicant-kinds', APPLICANT_KINDS).map((code) => {
          const known = labels.codes('applicant-kinds').includes(code);
          return { value: code, ...(known ? labels.label('applicant-kinds', code) : { label: applicantKindLabel(code) }) };
        }),
        profile.applicantKind ?? undefined,
        context,
        (value) => value,
      );
    case 'area':
      return radios(
        key,
        labels.codes('areas').map((code) => ({ value: code, ...labels.label('areas', code) })),
        profile.area ?? undefined,
        context,
        (value) => value,
      );
    case 'topics':
      return checkboxes(key, labels.codes('topics').map((code) => ({ value: code, ...labels.label('topics', code) })), profile.topics ?? [], context);
    case 'needs':
      return checkboxes(key, SUPPORT_TYPES.map((code) => ({ value: code, label: supportLabel(code) })), profile.needs ?? [], context);
    case 'nonProfit':
      return radios(
        key,
        [
          { value: 'yes', label: msg('Ja', { id: 'funding.answer.yes' }) },
          { value: 'no', label: msg('Nein', { id: 'funding.answer.no' }) },
        ],
        profile.nonProfit === true ? 'yes' : profile.nonProfit === false ? 'no' : undefined,
        context,
        (value) => value === 'yes',
      );
    case 'amountEur':
      return textInput(key, context, '€');
    case 'ownContributionPercent':
      return textInput(key, context, '%');
    case 'neededBy':
      return textInput(key, context, '');
  }
}

/** The questions answered by typing: a number or a date, read once the reader moves on. */
export function isTypedQuestion(key: QuestionKey): key is 'amountEur' | 'ownContributionPercent' | 'neededBy' {
  return key === 'amountEur' || key === 'ownContributionPercent' || key === 'neededBy';
}

/**
 * What was typed into a number or date field, read in the UI locale's
 * digits: the value, or the error to show. `undefined` when nothing was
 * typed (the answer given before stands).
 */
export function readTypedAnswer(key: QuestionKey, typed: string | undefined, locale: string): { value: string | number } | { error: string } | undefined {
  if (!isTypedQuestion(key) || typed === undefined) return undefined;
  if (key === 'neededBy') return /^\d{4}-\d{2}-\d{2}$/.test(typed) ? { value: typed } : { error: answerError(key) };
  const value = parseNumber(typed, key === 'amountEur' ? 10_000_000 : 100, locale);
  return value === undefined ? { error: answerError(key) } : { value };
}

/** The taxonomy a question's choices come from, if any. */
export function taxonomyOfQuestion(key: QuestionKey): 'applicant-kinds' | 'areas' | 'topics' | undefined {
  return key === 'applicantKind' ? 'applicant-kinds' : key === 'area' ? 'areas' : key === 'topics' ? 'topics' : undefined;
}

/** The control of a step that its error summary links to: the field, or the first choice. */
export function stepInputId(key: QuestionKey, labels: TaxonomyLabels): string {
  if (isTypedQuestion(key)) return `step-${key}`;
  const first = key === 'needs' ? 'money' : key === 'nonProfit' ? 'yes' : (labels.codes(taxonomyOfQuestion(key) ?? 'topics')[0] ?? (key === 'applicantKind' ? 'registered-association' : ''));
  return `step-${key}-${first}`;
}
