/** How a booking's times read in the office: `Di., 8. Dez. 2026, 18:00–20:00`, in the tenant's time zone. */
const TIME_ZONE = 'Europe/Berlin';
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let format = cache.get(`${key}:${locale}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    cache.set(`${key}:${locale}`, format);
  }
  return format;
}

export function formatTimeRange(start: string, end: string, locale: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }, 'range').formatRange(new Date(start), new Date(end));
}

/** The local date of an occurrence (`2026-12-24`), the key the API takes for a decision per date. */
export function localDate(iso: string): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }, 'key').format(new Date(iso));
}
