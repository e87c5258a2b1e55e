/**
 * Plurals by CLDR category (`Intl.PluralRules`: zero, one, two, few, many,
 * other), for messages that count something.
 *
 * `@lit/localize` has no plural support, and one message id per category
 * would make German (one/other) carry six copies for the sake of Arabic. So a
 * counting message is one `msg` call whose text lists its forms, ICU-like:
 *
 *     plural(count, locale, msg('one {# Raum gefunden} other {# Räume gefunden}', { id: 'rb.results' }))
 *
 * - each form is `category {text}`, or `=N {text}` for one exact number (it wins over the category);
 * - `#` stands for the count, formatted in the locale's digits;
 * - a translation lists the categories its language needs (Arabic all six,
 *   Russian and Ukrainian one/few/many/other, Turkish and Persian one/other);
 *   `other` is always required. A test checks every XLIFF target against
 *   `Intl.PluralRules#resolvedOptions().pluralCategories`.
 * - Other values are named inside the forms, `{total}`, and passed as
 *   `plural(n, locale, text, { total })`: lit-localize wants each `${…}`
 *   placeholder of the source exactly once in a translation, which a list of
 *   forms cannot keep.
 */
import { formatNumber } from './format.js';

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const FORM = /\s*(zero|one|two|few|many|other|=\d+)\s*\{((?:[^{}]|\{\w+\})*)\}/y;

/** The forms of a plural message: `{ one: '# Raum', other: '# Räume', '=0': '…' }`, or undefined when it is not one. */
export function pluralForms(text: string): Record<string, string> | undefined {
  const forms: Record<string, string> = {};
  FORM.lastIndex = 0;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = FORM.exec(text))) {
    forms[match[1]!] = match[2]!;
    end = FORM.lastIndex;
  }
  if (text.slice(end).trim() !== '' || !('other' in forms)) return undefined;
  return forms;
}

const rulesCache = new Map<string, Intl.PluralRules>();

function rulesOf(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The categories a locale distinguishes (`['one', 'other']` for German). */
export function pluralCategoriesOf(locale: string): string[] {
  return rulesOf(locale).resolvedOptions().pluralCategories.filter((category) => CATEGORIES.has(category));
}

/** The form of a plural message for a count, with `#` as the formatted count. */
export function plural(count: number, locale: string, message: string, values: Record<string, string> = {}): string {
  const forms = pluralForms(message);
  // A message that is not in the plural syntax is shown as it is, never as an empty string.
  const text = forms ? (forms[`=${count}`] ?? forms[rulesOf(locale).select(count)] ?? forms['other']!) : message;
  return text
    .replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
    .replaceAll('#', formatNumber(count, locale))
    .trim();
}
