/**
 * The plain-language reason for each verdict: German (addressing the reader as
 * "Sie") for the German locale, English for every other one. Widgets may show
 * their own translation keyed by `reasonCode`; this text is the fallback.
 * The German wording is the widget's too (`criterion-text.ts`, the source its
 * translators work from): `tests/localization/funding-reasons.test.ts` keeps
 * them one text.
 */
import type { CriterionVerdict } from '@teilhabe/contract';
import type { RawVerdict } from './funding-matching.js';

export type ReasonLanguage = 'de' | 'en';

/** Labels of taxonomy codes in the reason language (falls back to the code). */
export type LabelOf = (taxonomy: 'applicant-kinds' | 'areas' | 'topics', code: string) => string;

const SUPPORT_LABELS: Record<ReasonLanguage, Record<string, string>> = {
  de: { money: 'Geld', room: 'Räume', counselling: 'Beratung', qualification: 'Fortbildung' },
  en: { money: 'money', room: 'rooms', counselling: 'counselling', qualification: 'training' },
};

type Texts = Record<string, (p: Helpers) => string>;

interface Helpers {
  str(name: string): string;
  num(name: string): number;
  list(name: string): string[];
  eur(name: string): string;
  date(name: string): string;
  kinds(name: string): string;
  areas(name: string): string;
  topics(name: string): string;
  supports(name: string): string;
  has(name: string): boolean;
}

const DE: Texts = {
  'status.open': () => 'Sie können jetzt einen Antrag stellen.',
  'status.upcoming': () => 'Anträge sind bald möglich, aber noch nicht jetzt.',
  'status.closed': () => 'Zurzeit können Sie keinen Antrag stellen.',
  'applicant.unknown': (p) => `Einen Antrag stellen dürfen: ${p.kinds('eligibleApplicants')}. Wer stellt bei Ihnen den Antrag?`,
  'applicant.eligible': (p) => `${p.kinds('applicantKind')}: Sie dürfen einen Antrag stellen.`,
  'applicant.not-eligible': (p) => `Einen Antrag stellen dürfen nur: ${p.kinds('eligibleApplicants')}.`,
  'applicant.groups-welcome': () => 'Auch Gruppen ohne Verein dürfen einen Antrag stellen. Das gilt auch für Sie.',
  'applicant.recognised-provider': () => 'Gemeinnützige Organisationen dürfen einen Antrag stellen. Anerkannte Träger der Jugendhilfe sind gemeinnützig.',
  'applicant.non-profit-confirmed': () => 'Gemeinnützige Organisationen dürfen einen Antrag stellen. Ihre Organisation ist gemeinnützig.',
  'applicant.non-profit-denied': (p) => `Einen Antrag stellen dürfen nur: ${p.kinds('eligibleApplicants')}. Ihre Organisation ist nicht gemeinnützig.`,
  'applicant.non-profit-status-unknown': () => 'Gemeinnützige Organisationen dürfen einen Antrag stellen. Ist Ihre Organisation gemeinnützig?',
  'applicant.registration-unknown': (p) => `Einen Antrag stellen dürfen: ${p.kinds('eligibleApplicants')}. Ist Ihre Organisation ein eingetragener Verein (e. V.)?`,
  'applicant.migrant-organization-unknown': (p) => `Einen Antrag stellen dürfen: ${p.kinds('eligibleApplicants')}. Ist Ihre Organisation eine Migrantenorganisation?`,
  'applicant.recognition-unknown': (p) => `Einen Antrag stellen dürfen: ${p.kinds('eligibleApplicants')}. Ist Ihre Organisation ein anerkannter Träger der Jugendhilfe?`,
  'area.anywhere': () => 'Der Sitz Ihrer Organisation spielt keine Rolle.',
  'area.unknown': (p) => `Nur für Organisationen mit Sitz in: ${p.areas('seatInAreas')}. Wo hat Ihre Organisation ihren Sitz?`,
  'area.in-area': (p) => `Ihre Organisation hat ihren Sitz in ${p.areas('area')}. Das passt.`,
  'area.outside': (p) => `Nur für Organisationen mit Sitz in: ${p.areas('seatInAreas')}.`,
  'topic.any': () => 'Das Programm fördert alle Themen.',
  'topic.unknown': (p) => `Das Programm fördert diese Themen: ${p.topics('programTopics')}. Welches Thema hat Ihr Vorhaben?`,
  'topic.match': (p) => `Das Thema passt: ${p.topics('topics')}.`,
  'topic.no-match': (p) => `Das Programm fördert nur diese Themen: ${p.topics('programTopics')}.`,
  'need.unknown': (p) => `Das Programm gibt: ${p.supports('supportTypes')}. Was brauchen Sie?`,
  'need.match': (p) => `Das Programm gibt, was Sie brauchen: ${p.supports('needs')}.`,
  'need.no-match': (p) => `Das Programm gibt nur: ${p.supports('supportTypes')}.`,
  'amount.not-applicable': () => 'Das Programm gibt kein Geld, sondern andere Hilfe. Der Betrag spielt keine Rolle.',
  'amount.not-needed': () => 'Sie brauchen kein Geld. Der Betrag spielt keine Rolle.',
  'amount.no-limits': () => 'Das Programm nennt keinen festen Betrag.',
  'amount.unknown': (p) => `${rangeDe(p)} Wie viel Geld brauchen Sie?`,
  'amount.in-range': (p) => `Ihr Betrag von ${p.eur('amountEur')} passt. ${rangeDe(p)}`,
  'amount.below-minimum': (p) => `Ihr Betrag von ${p.eur('amountEur')} ist zu klein. Das Programm gibt mindestens ${p.eur('minEur')}.`,
  'amount.above-maximum': (p) => `Ihr Betrag von ${p.eur('amountEur')} ist zu groß. Das Programm gibt höchstens ${p.eur('maxEur')}. Sie können einen Teil beantragen.`,
  'deadline.rolling': () => 'Sie können jederzeit einen Antrag stellen.',
  'deadline.opens-later': () => 'Anträge sind später jederzeit möglich. Wann es losgeht, steht noch nicht fest.',
  'deadline.passed': (p) => (p.has('lastDeadline') ? `Die letzte Frist war am ${p.date('lastDeadline')}. Eine neue Frist gibt es noch nicht.` : 'Es gibt keine offene Frist.'),
  'deadline.unknown': (p) => `Die nächste Frist ist am ${p.date('nextDeadline')}. Bis wann brauchen Sie die Hilfe?`,
  'deadline.in-time': (p) => `Die nächste Frist ist am ${p.date('nextDeadline')}. Sie brauchen die Hilfe bis ${p.date('neededBy')}. Die Frist ist früher.`,
  'deadline.too-late': (p) => `Die nächste Frist ist erst am ${p.date('nextDeadline')}. Sie brauchen die Hilfe aber schon bis ${p.date('neededBy')}.`,
  'non-profit.not-required': () => 'Ihre Organisation muss nicht gemeinnützig sein.',
  'non-profit.confirmed': () => 'Ihre Organisation muss gemeinnützig sein. Das ist sie.',
  'non-profit.missing': () => 'Ihre Organisation muss gemeinnützig sein. Das ist sie nicht.',
  'non-profit.implied-by-kind': (p) => `Ihre Organisation muss gemeinnützig sein. Das ist sie, denn sie ist: ${p.kinds('applicantKind')}.`,
  'non-profit.individual': () => 'Nur gemeinnützige Organisationen können das bekommen, keine Einzelpersonen.',
  'non-profit.unknown': () => 'Ihre Organisation muss gemeinnützig sein. Ist sie das?',
  'own-contribution.none': () => 'Sie müssen kein eigenes Geld dazugeben.',
  'own-contribution.unknown': (p) => `Sie müssen ${p.num('requiredPercent')} % der Kosten selbst bezahlen. Können Sie das?`,
  'own-contribution.met': (p) => `Sie müssen ${p.num('requiredPercent')} % der Kosten selbst bezahlen. Sie können ${p.num('percent')} % geben.`,
  'own-contribution.too-low': (p) => `Sie müssen ${p.num('requiredPercent')} % der Kosten selbst bezahlen. Sie können nur ${p.num('percent')} % geben.`,
};

const EN: Texts = {
  'status.open': () => 'You can apply now.',
  'status.upcoming': () => 'Applications open soon, but not yet.',
  'status.closed': () => 'The programme does not take applications at the moment.',
  'applicant.unknown': (p) => `These may apply: ${p.kinds('eligibleApplicants')}. Tell us who would apply.`,
  'applicant.eligible': (p) => `${p.kinds('applicantKind')}: you may apply.`,
  'applicant.not-eligible': (p) => `Only these may apply: ${p.kinds('eligibleApplicants')}.`,
  'applicant.groups-welcome': () => 'Groups without a registered association may apply too, and so may you.',
  'applicant.recognised-provider': () => 'Non-profit organisations may apply. Recognised youth-welfare providers are non-profit.',
  'applicant.non-profit-confirmed': () => 'Non-profit organisations may apply. Your organisation is non-profit.',
  'applicant.non-profit-denied': (p) => `Only these may apply: ${p.kinds('eligibleApplicants')}. Your organisation is not non-profit.`,
  'applicant.non-profit-status-unknown': () => 'Non-profit organisations may apply. Is your organisation non-profit?',
  'applicant.registration-unknown': (p) => `These may apply: ${p.kinds('eligibleApplicants')}. Is your organisation a registered association?`,
  'applicant.migrant-organization-unknown': (p) => `These may apply: ${p.kinds('eligibleApplicants')}. Is your organisation a migrant organisation?`,
  'applicant.recognition-unknown': (p) => `These may apply: ${p.kinds('eligibleApplicants')}. Is your organisation a recognised youth-welfare provider?`,
  'area.anywhere': () => 'It does not matter where your organisation is based.',
  'area.unknown': (p) => `Only for organisations based in: ${p.areas('seatInAreas')}. Where is your organisation based?`,
  'area.in-area': (p) => `Your organisation is based in ${p.areas('area')}. That fits.`,
  'area.outside': (p) => `Only for organisations based in: ${p.areas('seatInAreas')}.`,
  'topic.any': () => 'The programme supports every topic.',
  'topic.unknown': (p) => `The programme supports these topics: ${p.topics('programTopics')}. What is your project about?`,
  'topic.match': (p) => `The topic fits: ${p.topics('topics')}.`,
  'topic.no-match': (p) => `The programme only supports these topics: ${p.topics('programTopics')}.`,
  'need.unknown': (p) => `The programme gives: ${p.supports('supportTypes')}. What do you need?`,
  'need.match': (p) => `The programme gives what you need: ${p.supports('needs')}.`,
  'need.no-match': (p) => `The programme only gives: ${p.supports('supportTypes')}.`,
  'amount.not-applicable': () => 'The programme gives other help, not money. The amount does not matter.',
  'amount.not-needed': () => 'You do not need money. The amount does not matter.',
  'amount.no-limits': () => 'The programme names no fixed amount.',
  'amount.unknown': (p) => `${rangeEn(p)} How much money do you need?`,
  'amount.in-range': (p) => `Your amount of ${p.eur('amountEur')} fits. ${rangeEn(p)}`,
  'amount.below-minimum': (p) => `Your amount of ${p.eur('amountEur')} is too small. The programme gives at least ${p.eur('minEur')}.`,
  'amount.above-maximum': (p) => `Your amount of ${p.eur('amountEur')} is too large. The programme gives at most ${p.eur('maxEur')}. You can apply for part of it.`,
  'deadline.rolling': () => 'You can apply at any time.',
  'deadline.opens-later': () => 'Applications will be possible at any time later; the start is not fixed yet.',
  'deadline.passed': (p) => (p.has('lastDeadline') ? `The last deadline was ${p.date('lastDeadline')}. No new deadline has been set.` : 'There is no open deadline.'),
  'deadline.unknown': (p) => `The next deadline is ${p.date('nextDeadline')}. By when do you need the help?`,
  'deadline.in-time': (p) => `The next deadline is ${p.date('nextDeadline')}, before your date (${p.date('neededBy')}).`,
  'deadline.too-late': (p) => `The next deadline is only ${p.date('nextDeadline')}, after your date (${p.date('neededBy')}).`,
  'non-profit.not-required': () => 'Your organisation does not need to be non-profit.',
  'non-profit.confirmed': () => 'Your organisation must be non-profit. It is.',
  'non-profit.missing': () => 'Your organisation must be non-profit. It is not.',
  'non-profit.implied-by-kind': (p) => `Your organisation must be non-profit. As a ${p.kinds('applicantKind')} it is.`,
  'non-profit.individual': () => 'Only non-profit organisations can receive this, not individuals.',
  'non-profit.unknown': () => 'Your organisation must be non-profit. Is it?',
  'own-contribution.none': () => 'You do not need to add money of your own.',
  'own-contribution.unknown': (p) => `You must pay ${p.num('requiredPercent')} % of the costs yourself. Can you?`,
  'own-contribution.met': (p) => `You must pay ${p.num('requiredPercent')} % of the costs yourself. You can give ${p.num('percent')} %.`,
  'own-contribution.too-low': (p) => `You must pay ${p.num('requiredPercent')} % of the costs yourself. You can only give ${p.num('percent')} %.`,
};

function rangeDe(p: Helpers): string {
  if (p.has('minEur') && p.has('maxEur')) return `Das Programm gibt ${p.eur('minEur')} bis ${p.eur('maxEur')}.`;
  if (p.has('maxEur')) return `Das Programm gibt höchstens ${p.eur('maxEur')}.`;
  return `Das Programm gibt mindestens ${p.eur('minEur')}.`;
}

function rangeEn(p: Helpers): string {
  if (p.has('minEur') && p.has('maxEur')) return `The programme gives ${p.eur('minEur')} to ${p.eur('maxEur')}.`;
  if (p.has('maxEur')) return `The programme gives at most ${p.eur('maxEur')}.`;
  return `The programme gives at least ${p.eur('minEur')}.`;
}

const TEXTS: Record<ReasonLanguage, Texts> = { de: DE, en: EN };

const FORMATS: Record<ReasonLanguage, { money: Intl.NumberFormat; dates: Intl.DateTimeFormat }> = {
  de: {
    money: new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    dates: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }),
  },
  en: {
    money: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    dates: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  },
};

/**
 * Amounts and dates as the formats word them, remembered per format: a match
 * words the same few deadlines and amounts for hundreds of programmes, and
 * `Intl` formatting is slow. Bounded, as values come from the programmes.
 */
const wordings = new Map<Intl.NumberFormat | Intl.DateTimeFormat, Map<string | number, string>>();
const MAX_WORDINGS_PER_FORMAT = 10_000;

function formatted(format: Intl.NumberFormat | Intl.DateTimeFormat, value: string | number, toFormat: () => number | Date = () => value as number): string {
  let known = wordings.get(format);
  if (!known) wordings.set(format, (known = new Map()));
  let text = known.get(value);
  if (text === undefined) {
    text = format.format(toFormat() as number & Date);
    if (known.size >= MAX_WORDINGS_PER_FORMAT) known.clear();
    known.set(value, text);
  }
  return text;
}

export const reasonLanguageFor = (locale: string): ReasonLanguage => (locale === 'de' ? 'de' : 'en');

/** Every reason code this module can word (tests check that matching uses no other). */
export const REASON_CODES = Object.keys(DE);

/**
 * The helpers the texts word a verdict with. One object per verdict whose
 * methods live on the prototype: a match words thousands of verdicts, and a
 * dozen fresh closures for each of them was most of the time it took.
 */
class VerdictWording implements Helpers {
  private readonly formats: { money: Intl.NumberFormat; dates: Intl.DateTimeFormat };

  constructor(
    private readonly verdict: RawVerdict,
    private readonly language: ReasonLanguage,
    private readonly labelOf: LabelOf,
  ) {
    this.formats = FORMATS[language];
  }

  private raw(name: string) {
    return this.verdict.params[name];
  }

  private joinList(labels: string[]): string {
    const [open, close] = this.language === 'de' ? ['„', '“'] : ['“', '”'];
    // Labels such as "Jugend, Erziehung und Bildung" contain commas: then quote each one.
    const items = labels.length > 1 && labels.some((label) => label.includes(',')) ? labels.map((label) => `${open}${label}${close}`) : labels;
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${this.language === 'de' ? ' oder ' : ' or '}${items.at(-1)}`;
  }

  private labels(taxonomy: Parameters<LabelOf>[0], name: string): string {
    return this.joinList(this.list(name).map((code) => this.labelOf(taxonomy, code)));
  }

  has(name: string) {
    return this.raw(name) !== undefined;
  }
  str(name: string) {
    return String(this.raw(name) ?? '');
  }
  num(name: string) {
    return Number(this.raw(name) ?? 0);
  }
  list(name: string): string[] {
    const value = this.raw(name);
    return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  }
  eur(name: string) {
    return formatted(this.formats.money, Number(this.raw(name) ?? 0));
  }
  date(name: string) {
    const day = String(this.raw(name));
    return formatted(this.formats.dates, day, () => new Date(`${day}T00:00:00Z`));
  }
  kinds(name: string) {
    return this.labels('applicant-kinds', name);
  }
  areas(name: string) {
    return this.labels('areas', name);
  }
  topics(name: string) {
    return this.labels('topics', name);
  }
  supports(name: string) {
    return this.joinList(this.list(name).map((code) => SUPPORT_LABELS[this.language][code] ?? code));
  }
}

export function withReason(verdict: RawVerdict, language: ReasonLanguage, labelOf: LabelOf): CriterionVerdict {
  const text = TEXTS[language][verdict.reasonCode];
  return { ...verdict, reason: text ? text(new VerdictWording(verdict, language, labelOf)) : verdict.reasonCode };
}
