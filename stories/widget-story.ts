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
