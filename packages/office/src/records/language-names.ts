/** Names and writing direction of the content languages, in the office's own language. */
import type { Locale } from '@teilhabe/sdk';
import { activeOfficeLocale } from '../localization/index.js';

export function languageName(locale: Locale): string {
  return new Intl.DisplayNames([activeOfficeLocale()], { type: 'language' }).of(locale) ?? locale;
}

export const directionOf = (locale: Locale) => (locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
