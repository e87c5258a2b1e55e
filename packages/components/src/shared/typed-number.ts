/**
 * Reads a number as people type it in their language: the digits of the UI's
 * script (`۱۲` in Persian, `١٢` in Arabic, `12` everywhere) and the locale's
 * own grouping and decimal signs (`3,000` is 3000 in English, `3.000` is 3000
 * and `3,5` is 3.5 in German, `۳٫۵` is 3.5 in Persian). Every number field of
 * the widgets goes through this one parser, so the hint, the error and the
 * value the widget uses agree.
 *
 * The signs come from `Intl.NumberFormat#formatToParts`, in the locale's own
 * numbering system and in Latin digits (a reader of Arabic may type either),
 * so no locale table is kept by hand. A grouping sign must be followed by
 * three digits: `3,5` in English is refused rather than silently read as 35.
 */

interface NumberSigns {
  group: Set<string>;
  decimal: Set<string>;
}

const signsCache = new Map<string, NumberSigns>();

function signsOf(locale: string): NumberSigns {
  let signs = signsCache.get(locale);
  if (signs) return signs;
  const group = new Set<string>(["'", '’']);
  const decimal = new Set<string>();
  // In the Arabic script both digit systems are in use, whichever the locale prefers.
  const systems: Intl.NumberFormatOptions[] = [{}, { numberingSystem: 'latn' }];
  if (scriptOf(locale) === 'Arab') systems.push({ numberingSystem: 'arab' }, { numberingSystem: 'arabext' });
  for (const options of systems) {
    for (const part of new Intl.NumberFormat(locale, options).formatToParts(1234567.5)) {
      if (part.type === 'group') group.add(part.value);
      if (part.type === 'decimal') decimal.add(part.value);
    }
  }
  // A sign that is one system's group and the other's decimal would be ambiguous: it is not read at all.
  for (const sign of [...group]) {
    if (decimal.has(sign)) {
      group.delete(sign);
      decimal.delete(sign);
    }
  }
  signs = { group, decimal };
  signsCache.set(locale, signs);
  return signs;
}

function scriptOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().script;
  } catch {
    return undefined;
  }
}

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.codePointAt(0)! & 0xf) % 10));
}

/** Spaces of every width (the grouping sign of ru and uk), bidi marks, and the units a person may type along. */
const IGNORED = /[\s\u00A0\u202F\u2009\u200E\u200F\u061C€%٪]/g;

export interface TypedNumberOptions {
  /** Only whole numbers (people, counts). */
  integer?: boolean;
}

/**
 * The number typed into a field, or undefined when the text is not a number
 * in the way the locale writes one. Ranges are the caller's check.
 */
export function parseTypedNumber(text: string, locale: string, options: TypedNumberOptions = {}): number | undefined {
  const { group, decimal } = signsOf(locale);
  let rest = asciiDigits(text).replace(IGNORED, '');
  let negative = false;
  if (/^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1);
  }
  let integerPart = '';
  let fraction: string | undefined;
  let sinceGroup: number | undefined;
  for (const char of rest) {
    if (/\d/.test(char)) {
      if (fraction !== undefined) fraction += char;
      else {
        integerPart += char;
        if (sinceGroup !== undefined) sinceGroup += 1;
      }
    } else if (decimal.has(char) && fraction === undefined) {
      if (sinceGroup !== undefined && sinceGroup !== 3) return undefined;
      fraction = '';
    } else if (group.has(char) && fraction === undefined) {
      if (integerPart === '' || (sinceGroup !== undefined && sinceGroup !== 3)) return undefined;
      sinceGroup = 0;
    } else {
      return undefined;
    }
  }
  if (sinceGroup !== undefined && sinceGroup !== 3) return undefined;
  if (integerPart === '' || fraction === '') return undefined;
  if (options.integer && fraction !== undefined && !/^0*$/.test(fraction)) return undefined;
  const value = Number(fraction ? `${integerPart}.${fraction}` : integerPart);
  return negative ? -value : value;
}
