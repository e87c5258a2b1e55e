/**
 * The office app's UI language: German (the source, in the code through
 * `msg()` with stable ids) and English. Runtime @lit/localize with one lazy
 * module; the English module is written by hand (`en.ts`, the same shape
 * lit-localize generates) and a browser test checks that it has every id.
 * The office has its own localization because @lit/localize allows one
 * configuration per page and the office page holds no widget.
 */
import { configureLocalization } from '@lit/localize';

export const OFFICE_LOCALES = ['de', 'en'] as const;
export type OfficeLocale = (typeof OFFICE_LOCALES)[number];

const localization = configureLocalization({
  sourceLocale: 'de',
  targetLocales: ['en'],
  loadLocale: () => import('./en.js'),
});

export const activeOfficeLocale = (): OfficeLocale => localization.getLocale() as OfficeLocale;

/** `de-AT` → `de`, `en-GB` → `en`; anything else → German. */
export function toOfficeLocale(tag: string | null | undefined): OfficeLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : 'de';
}

/** Switches the UI language; a module that fails to load leaves the app in German. */
export async function useOfficeLocale(locale: OfficeLocale): Promise<void> {
  if (localization.getLocale() === locale) return;
  try {
    await localization.setLocale(locale);
  } catch {
    await localization.setLocale('de');
  }
}
