/**
 * The UI localization of every widget: @lit/localize in runtime mode, one lazy
 * module per target locale.
 *
 * @lit/localize keeps one active UI locale per JavaScript realm. Widgets ask
 * for their locale through {@link requestUiLocale}; the last request wins and
 * every localized widget re-renders. A widget still fetches its *content* in
 * its own locale and marks its UI and content parts with the right `lang`, so
 * the markup never lies about the language of a text.
 */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

/** A locale the widgets have UI strings for. */
export type UiLocale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

export { allLocales, sourceLocale, targetLocales };

/** Locales written from right to left. */
export const RTL_LOCALES: readonly UiLocale[] = ['ar', 'fa'];

const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  ar: () => import('./generated/locales/ar.js'),
  en: () => import('./generated/locales/en.js'),
  fa: () => import('./generated/locales/fa.js'),
  ru: () => import('./generated/locales/ru.js'),
  tr: () => import('./generated/locales/tr.js'),
  uk: () => import('./generated/locales/uk.js'),
};

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  // The cast is the documented shape of a generated locale module.
  loadLocale: (locale) => loaders[locale as TargetLocale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

/** The UI locale the widgets currently render in. */
export function activeUiLocale(): UiLocale {
  return localization.getLocale() as UiLocale;
}

let pending: UiLocale | undefined;

/**
 * Switches the page's UI locale (lazy-loads its module). Concurrent requests
 * resolve in order; the last one wins.
 */
export async function requestUiLocale(locale: UiLocale): Promise<void> {
  pending = locale;
  if (localization.getLocale() === locale) return;
  try {
    await localization.setLocale(locale);
  } catch {
    // A locale module that fails to load leaves the UI in German: readable, never blank.
    if (pending === locale) await localization.setLocale(sourceLocale);
  }
}

export { directionOf } from './direction.js';

/**
 * Maps any BCP 47 tag to a supported locale (`de-AT` → `de`, `ar-SY` → `ar`),
 * or `undefined` when the language is not supported.
 */
export function toUiLocale(tag: string | null | undefined): UiLocale | undefined {
  if (!tag) return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (allLocales as readonly string[]).includes(language) ? (language as UiLocale) : undefined;
}
