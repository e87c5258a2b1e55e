/**
 * The plain-language explanation of each match verdict in the reader's UI
 * language, from the API's stable `reasonCode` and `params` (the API words its
 * own `reason` only in German or English). An unknown code shows the API's
 * text, marked with its language.
 *
 * The German texts here and the server's (`domain/funding-reasons.ts`) are one
 * wording: lit-localize extracts only literal texts, so both are written out,
 * and `tests/localization/funding-reasons.test.ts` fails when they differ.
 */
import { msg, str } from '@lit/localize';
import type { CriterionVerdict } from './funding-api.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { formatDate } from '../shared/format.js';
import { supportLabel } from './labels.js';

export interface ReasonContext {
  uiLocale: string;
  labels: TaxonomyLabels;
}

/** An explanation, and its language when it is the API's fallback text rather than ours. */
export interface Explanation {
  text: string;
  lang?: string | undefined;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(key: string, create: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) formatters.set(key, (value = create()));
  return value;
}

/** `2.000 €`, `€2,000`, `٢٬٠٠٠ €` … */
export function formatEuro(value: number, locale: string): string {
  return cached(`eur:${locale}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })).format(value);
}

/** `10 %` in German, `%10` in Turkish. */
export function formatPercent(value: number, locale: string): string {
  return cached(`pct:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(value / 100);
}

/** `A, B oder C`. */
function formatOr(items: readonly string[], locale: string): string {
  return cached(`or:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' })).format(items);
}

/** `A, B und C`. */
function formatAnd(items: readonly string[], locale: string): string {
  return cached(`and:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** A calendar date `YYYY-MM-DD` as the reader writes it. */
export function formatDay(date: string, locale: string): string {
  return formatDate(`${date}T12:00:00Z`, locale);
}

/** Reads the verdict's params with the types the reason codes promise. */
function paramsOf(verdict: CriterionVerdict, context: ReasonContext) {
  const { uiLocale, labels } = context;
  const raw = (name: string) => verdict.params[name];
  const list = (name: string): string[] => {
    const value = raw(name);
    return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  };
  const num = (name: string) => Number(raw(name) ?? 0);
  return {
    has: (name: string) => raw(name) !== undefined,
    eur: (name: string) => formatEuro(num(name), uiLocale),
    percent: (name: string) => formatPercent(num(name), uiLocale),
    date: (name: string) => formatDay(String(raw(name)), uiLocale),
    kindsOr: (name: string) => formatOr(list(name).map((code) => labels.label('applicant-kinds', code).label), uiLocale),
    areasOr: (name: string) => formatOr(list(name).map((code) => labels.label('areas', code).label), uiLocale),
    topicsAnd: (name: string) => formatAnd(list(name).map((code) => labels.label('topics', code).label), uiLocale),
    topicsOr: (name: string) => formatOr(list(name).map((code) => labels.label('topics', code).label), uiLocale),
    supportsAnd: (name: string) => formatAnd(list(name).map((code) => supportLabel(code)), uiLocale),
    supportsOr: (name: string) => formatOr(list(name).map((code) => supportLabel(code)), uiLocale),
  };
}

type Params = ReturnType<typeof paramsOf>;

function amountRange(p: Params): string {
  const min = p.eur('minEur');
  const max = p.eur('maxEur');
  if (p.has('minEur') && p.has('maxEur')) return msg(str`Das Programm gibt ${min} bis ${max}.`, { id: 'funding.reason.range-both' });
  if (p.has('maxEur')) return msg(str`Das Programm gibt höchstens ${max}.`, { id: 'funding.reason.range-max' });
  return msg(str`Das Programm gibt mindestens ${min}.`, { id: 'funding.reason.range-min' });
}

function wording(code: string, p: Params): string | undefined {
  switch (code) {
    case 'status.open':
      return msg('Sie können jetzt einen Antrag stellen.', { id: 'funding.reason.status-open' });
    case 'status.upcoming':
      return msg('Anträge sind bald möglich, aber noch nicht jetzt.', { id: 'funding.reason.status-upcoming' });
    case 'status.closed':
      return msg('Zurzeit können Sie keinen Antrag stellen.', { id: 'funding.reason.status-closed' });
    case 'applicant.unknown': {
      const kinds = p.kindsOr('eligibleApplicants');
      return msg(str`Einen Antrag stellen dürfen: ${kinds}. Wer stellt bei Ihnen den Antrag?`, { id: 'funding.reason.applicant-unknown' });
    }
    case 'applicant.eligible': {
      const kind = p.kindsOr('applicantKind');
      return msg(str`${kind}: Sie dürfen einen Antrag stellen.`, { id: 'funding.reason.applicant-eligible' });
    }
    case 'applicant.not-eligible': {
      const kinds = p.kindsOr('eligibleApplicants');
      return msg(str`Einen Antrag stellen dürfen nur: ${kinds}.`, { id: 'funding.reason.applicant-not-eligible' });
    }
    case 'applicant.groups-welcome':
      return msg('Auch Gruppen ohne Verein dürfen einen Antrag stellen. Das gilt auch für Sie.', { id: 'funding.reason.applicant-groups-welcome' });
    case 'applicant.recognised-provider':
      return msg('Gemeinnützige Organisationen dürfen einen Antrag stellen. Anerkannte Träger der Jugendhilfe sind gemeinnützig.', { id: 'funding.reason.applicant-recognised-provider' });
    case 'applicant.non-profit-confirmed':
      return msg('Gemeinnützige Organisationen dürfen einen Antrag stellen. Ihre Organisation ist gemeinnützig.', { id: 'funding.reason.applicant-non-profit-confirmed' });
    case 'applicant.non-profit-denied': {
      const kinds = p.kindsOr('eligibleApplicants');
      return msg(str`Einen Antrag stellen dürfen nur: ${kinds}. Ihre Organisation ist nicht gemeinnützig.`, { id: 'funding.reason.applicant-non-profit-denied' });
    }
    case 'applicant.non-profit-status-unknown':
      return msg('Gemeinnützige Organisationen dürfen einen Antrag stellen. Ist Ihre Organisation gemeinnützig?', { id: 'funding.reason.applicant-non-profit-unknown' });
    case 'applicant.registration-unknown': {
      const kinds = p.kindsOr('eligibleApplicants');
      return msg(str`Einen Antrag stellen dürfen: ${kinds}. Ist Ihre Organisation ein eingetragener Verein (e. V.)?`, { id: 'funding.reason.applicant-registration-unknown' });
    }
    case 'applicant.migrant-organization-unknown': {
      const kinds = p.kindsOr('eligibleApplicants');
      return msg(str`Einen Antrag stellen dürfen: ${kinds}. Ist Ihre Organisation eine Migrantenorganisation?`, { id: 'funding.reason.applicant-mo-unknown' });
    }
    case 'applicant.recognition-unknown': {
      const kinds = p.kindsOr('eligibleApplicants');
      return msg(str`Einen Antrag stellen dürfen: ${kinds}. Ist Ihre Organisation ein anerkannter Träger der Jugendhilfe?`, { id: 'funding.reason.applicant-recognition-unknown' });
    }
    case 'area.anywhere':
      return msg('Der Sitz Ihrer Organisation spielt keine Rolle.', { id: 'funding.reason.area-anywhere' });
    case 'area.unknown': {
      const areas = p.areasOr('seatInAreas');
      return msg(str`Nur für Organisationen mit Sitz in: ${areas}. Wo hat Ihre Organisation ihren Sitz?`, { id: 'funding.reason.area-unknown' });
    }
    case 'area.in-area': {
      const area = p.areasOr('area');
      return msg(str`Ihre Organisation hat ihren Sitz in ${area}. Das passt.`, { id: 'funding.reason.area-in-area' });
    }
    case 'area.outside': {
      const areas = p.areasOr('seatInAreas');
      return msg(str`Nur für Organisationen mit Sitz in: ${areas}.`, { id: 'funding.reason.area-outside' });
    }
    case 'topic.any':
      return msg('Das Programm fördert alle Themen.', { id: 'funding.reason.topic-any' });
    case 'topic.unknown': {
      const topics = p.topicsAnd('programTopics');
      return msg(str`Das Programm fördert diese Themen: ${topics}. Welches Thema hat Ihr Vorhaben?`, { id: 'funding.reason.topic-unknown' });
    }
    case 'topic.match': {
      const topics = p.topicsAnd('topics');
      return msg(str`Das Thema passt: ${topics}.`, { id: 'funding.reason.topic-match' });
    }
    case 'topic.no-match': {
      const topics = p.topicsOr('programTopics');
      return msg(str`Das Programm fördert nur diese Themen: ${topics}.`, { id: 'funding.reason.topic-no-match' });
    }
    case 'need.unknown': {
      const supports = p.supportsAnd('supportTypes');
      return msg(str`Das Programm gibt: ${supports}. Was brauchen Sie?`, { id: 'funding.reason.need-unknown' });
    }
    case 'need.match': {
      const needs = p.supportsAnd('needs');
      return msg(str`Das Programm gibt, was Sie brauchen: ${needs}.`, { id: 'funding.reason.need-match' });
    }
    case 'need.no-match': {
      const supports = p.supportsOr('supportTypes');
      return msg(str`Das Programm gibt nur: ${supports}.`, { id: 'funding.reason.need-no-match' });
    }
    case 'amount.not-applicable':
      return msg('Das Programm gibt kein Geld, sondern andere Hilfe. Der Betrag spielt keine Rolle.', { id: 'funding.reason.amount-not-applicable' });
    case 'amount.not-needed':
      return msg('Sie brauchen kein Geld. Der Betrag spielt keine Rolle.', { id: 'funding.reason.amount-not-needed' });
    case 'amount.no-limits':
      return msg('Das Programm nennt keinen festen Betrag.', { id: 'funding.reason.amount-no-limits' });
    case 'amount.unknown': {
      const range = amountRange(p);
      return msg(str`${range} Wie viel Geld brauchen Sie?`, { id: 'funding.reason.amount-unknown' });
    }
    case 'amount.in-range': {
      const amount = p.eur('amountEur');
      const range = amountRange(p);
      return msg(str`Ihr Betrag von ${amount} passt. ${range}`, { id: 'funding.reason.amount-in-range' });
    }
    case 'amount.below-minimum': {
      const amount = p.eur('amountEur');
      const min = p.eur('minEur');
      return msg(str`Ihr Betrag von ${amount} ist zu klein. Das Programm gibt mindestens ${min}.`, { id: 'funding.reason.amount-below-minimum' });
    }
    case 'amount.above-maximum': {
      const amount = p.eur('amountEur');
      const max = p.eur('maxEur');
      return msg(str`Ihr Betrag von ${amount} ist zu groß. Das Programm gibt höchstens ${max}. Sie können einen Teil beantragen.`, { id: 'funding.reason.amount-above-maximum' });
    }
    case 'deadline.rolling':
      return msg('Sie können jederzeit einen Antrag stellen.', { id: 'funding.reason.deadline-rolling' });
    case 'deadline.opens-later':
      return msg('Anträge sind später jederzeit möglich. Wann es losgeht, steht noch nicht fest.', { id: 'funding.reason.deadline-opens-later' });
    case 'deadline.passed': {
      if (!p.has('lastDeadline')) return msg('Es gibt keine offene Frist.', { id: 'funding.reason.deadline-none-open' });
      const last = p.date('lastDeadline');
      return msg(str`Die letzte Frist war am ${last}. Eine neue Frist gibt es noch nicht.`, { id: 'funding.reason.deadline-passed' });
    }
    case 'deadline.unknown': {
      const next = p.date('nextDeadline');
      return msg(str`Die nächste Frist ist am ${next}. Bis wann brauchen Sie die Hilfe?`, { id: 'funding.reason.deadline-unknown' });
    }
    case 'deadline.in-time': {
      const next = p.date('nextDeadline');
      const neededBy = p.date('neededBy');
      return msg(str`Die nächste Frist ist am ${next}. Sie brauchen die Hilfe bis ${neededBy}. Die Frist ist früher.`, { id: 'funding.reason.deadline-in-time' });
    }
    case 'deadline.too-late': {
      const next = p.date('nextDeadline');
      const neededBy = p.date('neededBy');
      return msg(str`Die nächste Frist ist erst am ${next}. Sie brauchen die Hilfe aber schon bis ${neededBy}.`, { id: 'funding.reason.deadline-too-late' });
    }
    case 'non-profit.not-required':
      return msg('Ihre Organisation muss nicht gemeinnützig sein.', { id: 'funding.reason.non-profit-not-required' });
    case 'non-profit.confirmed':
      return msg('Ihre Organisation muss gemeinnützig sein. Das ist sie.', { id: 'funding.reason.non-profit-confirmed' });
    case 'non-profit.missing':
      return msg('Ihre Organisation muss gemeinnützig sein. Das ist sie nicht.', { id: 'funding.reason.non-profit-missing' });
    case 'non-profit.implied-by-kind': {
      const kind = p.kindsOr('applicantKind');
      return msg(str`Ihre Organisation muss gemeinnützig sein. Das ist sie, denn sie ist: ${kind}.`, { id: 'funding.reason.non-profit-implied' });
    }
    case 'non-profit.individual':
      return msg('Nur gemeinnützige Organisationen können das bekommen, keine Einzelpersonen.', { id: 'funding.reason.non-profit-individual' });
    case 'non-profit.unknown':
      return msg('Ihre Organisation muss gemeinnützig sein. Ist sie das?', { id: 'funding.reason.non-profit-unknown' });
    case 'own-contribution.none':
      return msg('Sie müssen kein eigenes Geld dazugeben.', { id: 'funding.reason.own-none' });
    case 'own-contribution.unknown': {
      const required = p.percent('requiredPercent');
      return msg(str`Sie müssen ${required} der Kosten selbst bezahlen. Können Sie das?`, { id: 'funding.reason.own-unknown' });
    }
    case 'own-contribution.met': {
      const required = p.percent('requiredPercent');
      const percent = p.percent('percent');
      return msg(str`Sie müssen ${required} der Kosten selbst bezahlen. Sie können ${percent} geben.`, { id: 'funding.reason.own-met' });
    }
    case 'own-contribution.too-low': {
      const required = p.percent('requiredPercent');
      const percent = p.percent('percent');
      return msg(str`Sie müssen ${required} der Kosten selbst bezahlen. Sie können nur ${percent} geben.`, { id: 'funding.reason.own-too-low' });
    }
    default:
      return undefined;
  }
}

/** Every reason code this module words (a test checks the server uses no other). */
export const KNOWN_REASON_CODES = [
  'status.open', 'status.upcoming', 'status.closed',
  'applicant.unknown', 'applicant.eligible', 'applicant.not-eligible', 'applicant.groups-welcome', 'applicant.recognised-provider',
  'applicant.non-profit-confirmed', 'applicant.non-profit-denied', 'applicant.non-profit-status-unknown', 'applicant.registration-unknown',
  'applicant.migrant-organization-unknown', 'applicant.recognition-unknown',
  'area.anywhere', 'area.unknown', 'area.in-area', 'area.outside',
  'topic.any', 'topic.unknown', 'topic.match', 'topic.no-match',
  'need.unknown', 'need.match', 'need.no-match',
  'amount.not-applicable', 'amount.not-needed', 'amount.no-limits', 'amount.unknown', 'amount.in-range', 'amount.below-minimum', 'amount.above-maximum',
  'deadline.rolling', 'deadline.opens-later', 'deadline.passed', 'deadline.unknown', 'deadline.in-time', 'deadline.too-late',
  'non-profit.not-required', 'non-profit.confirmed', 'non-profit.missing', 'non-profit.implied-by-kind', 'non-profit.individual', 'non-profit.unknown',
  'own-contribution.none', 'own-contribution.unknown', 'own-contribution.met', 'own-contribution.too-low',
] as const;

/**
 * The explanation of one verdict in the UI language; for a code this widget
 * does not know yet, the API's own text (German for `de`, else English).
 */
export function explainVerdict(verdict: CriterionVerdict, context: ReasonContext): Explanation {
  const text = wording(verdict.reasonCode, paramsOf(verdict, context));
  if (text !== undefined) return { text };
  const apiLanguage = context.uiLocale === 'de' ? 'de' : 'en';
  return { text: verdict.reason, lang: apiLanguage === context.uiLocale ? undefined : apiLanguage };
}
