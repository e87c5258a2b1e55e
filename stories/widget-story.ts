/**
 * Story settings every widget shares: the controls for the UI language and
 * for the URL state, and the loader that makes the browser report whether
 * it is online (so the offline state can be shown and left again).
 */

/** The UI languages of the widgets; empty = the page's `lang`. */
export const localeArgType = { control: 'select', options: ['', 'de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] } as const;

/** Whether the widget keeps its filters in the address bar. */
export const urlStateArgType = { control: 'inline-radio', options: ['query', 'none'] } as const;

/** A loader after which `navigator.onLine` reports `network`. */
export function browserNetwork(network: 'online' | 'offline'): () => Promise<Record<string, never>> {
  return async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => network === 'online' });
    return {};
  };
}

/**
 * A story in one UI language: the widget's `locale` and the page's `lang`
 * both, so it keeps its language on the docs page too (where a story's own
 * `globals` do not apply and the toolbar's language would win).
 */
export function inLanguage(locale: 'en' | 'tr' | 'ar' | 'uk' | 'ru' | 'fa'): { args: { locale: string }; globals: { locale: string } } {
  return { args: { locale }, globals: { locale } };
}

/** What each docs page says about the language its stories are shown in. */
export const docsLanguageNote =
  'Stories without a language in their name follow the language chosen in the toolbar ("Sprache", German by default); the language stories (English, Türkçe, العربية, Українська, Русский, فارسی) always show their own language, here on the docs page too.';
