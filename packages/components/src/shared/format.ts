/**
 * Dates, numbers, plurals and language names through `Intl`, cached per
 * locale because building formatters costs more than using them.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
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
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' }),
  ).format(date);
}

/** A time of day `HH:MM` in the locale's style (`18:00`, `6:00 PM`). */
export function formatTimeOfDay(time: string, locale: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  return cached(
    `t:${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  ).format(date);
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday). */
export function formatWeekday(isoWeekday: number, locale: string): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return cached(`w:${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })).format(date);
}

/** The plural category of a count (`one`, `few`, `many`, `other`, …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** The name of a spoken language in the reader's locale (`tr` → `Türkisch`). */
export function languageName(code: string, locale: string): string {
  try {
    return cached(`l:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A list such as `Türkisch, Arabisch und Kurdisch`. */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`li:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
