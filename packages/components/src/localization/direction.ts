/**
 * Writing direction of a locale, without configuring the localization: the
 * shared templates need it, and the office app draws some of them on a page
 * that has its own @lit/localize configuration.
 */

/** Locales written from right to left. */
export const RTL_LOCALES: readonly string[] = ['ar', 'fa'];

/** Other languages written from right to left, for text in them (a language's own name, say). */
const RTL_LANGUAGES: readonly string[] = ['he', 'yi', 'ur', 'ps', 'prs', 'ckb', 'sdh', 'ks', 'sd', 'ug', 'dv', 'syc', 'aii'];

/** `'rtl'` for Arabic and Farsi (and text in other right-to-left languages), otherwise `'ltr'`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split('-')[0]!;
  return RTL_LOCALES.includes(locale) || RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}
