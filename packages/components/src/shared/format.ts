/**
 * Dates, numbers, plurals and language names through `Intl`, cached per
 * locale because building formatters costs more than using them.
 */
import { LANGUAGE_ENDONYMS } from './language-names.js';

const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/**
 * The locale every date is written in: the reader's locale on the Gregorian
 * calendar. The events and bookings happen on Gregorian dates in Germany, and
 * the month grid is Gregorian; `fa` alone would write Solar Hijri dates
 * ("آذر ۱۴۰۵") over it. Month names and digits stay the locale's own
 * (`fa-u-ca-gregory`: "دسامبر ۲۰۲۶"). Every date formatter takes its locale from here.
 */
export function dateLocale(locale: string): string {
  return cached(`cal:${locale}`, () => {
    try {
      return new Intl.Locale(locale, { calendar: 'gregory' }).toString();
    } catch {
      return locale;
    }
  });
}

/** `10.000` in German, `10,000` in English, `١٠٬٠٠٠` in Arabic. */
export function formatNumber(value: number, locale: string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A calendar date such as `3. Dez. 2026`, in the tenant's time zone. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium', timeZone: 'Europe/Berlin' }),
  ).format(date);
}

/** A time of day `HH:MM` in the locale's style (`18:00`, `6:00 PM`). */
export function formatTimeOfDay(time: string, locale: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  return cached(
    `t:${locale}`,
    () => new Intl.DateTimeFormat(dateLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  ).format(date);
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday). */
export function formatWeekday(isoWeekday: number, locale: string): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return cached(`w:${locale}`, () => new Intl.DateTimeFormat(dateLocale(locale), { weekday: 'long', timeZone: 'UTC' })).format(date);
}

/** The plural category of a count (`one`, `few`, `many`, `other`, …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** The name of a spoken language in the reader's locale (`tr` → `Türkisch`), or its own name (`ff` → `Fulfulde`). */
export function languageName(code: string, locale: string): string {
  return spokenLanguage(code, locale).label;
}

/**
 * A spoken language as a label: its name in the reader's locale from `Intl`,
 * else its own name with its `lang` (the browsers lack some names, see
 * `LANGUAGE_ENDONYMS`); the bare code only for a code nobody knows.
 */
export function spokenLanguage(code: string, locale: string): { label: string; lang?: string } {
  let name: string | undefined;
  try {
    name = cached(`l:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })).of(code);
  } catch {
    name = undefined;
  }
  if (name && name.toLowerCase() !== code.toLowerCase()) return { label: name };
  const endonym = LANGUAGE_ENDONYMS[code.toLowerCase()] ?? LANGUAGE_ENDONYMS[code.toLowerCase().split('-')[0]!];
  return endonym ? { label: endonym, lang: code } : { label: code };
}

/** A list such as `Türkisch, Arabisch und Kurdisch`. */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`li:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
