/**
 * Writing direction of a locale, without configuring the localization: the
 * shared templates need it, and the office app draws some of them on a page
 * that has its own @lit/localize configuration.
 */

/** Locales written from right to left. */
export const RTL_LOCALES: readonly string[] = ['ar', 'fa'];

/** `'rtl'` for Arabic and Farsi, otherwise `'ltr'`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
