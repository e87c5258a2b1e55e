/** Dates in mails: the Gregorian calendar the office uses, in the reader's language and digits, in the tenant's time zone. */
export function formatInterval(start: Date, end: Date, language: string, timeZone: string): string {
  const date = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { timeStyle: 'short', timeZone });
  return `${date.format(start)} – ${time.format(end)}`;
}

/** `2026-12-01` of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
