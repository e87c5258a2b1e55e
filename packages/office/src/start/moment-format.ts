/** A moment as the office reads it: `1. Dez. 2026, 09:15`, in the tenant's time zone. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatMoment(iso: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
