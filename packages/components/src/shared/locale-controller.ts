import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestUiLocale, sourceLocale, toUiLocale, type UiLocale } from '../localization/index.js';

type LocaleHost = ReactiveControllerHost & HTMLElement & { locale: string | undefined };

/** One observer for the whole page: `lang` changes anywhere in the document. */
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

function watchLang(listener: () => void): () => void {
  langListeners.add(listener);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => langListeners.forEach((notify) => notify()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/** The `lang` of the closest ancestor, crossing shadow roots (like `:lang()` does). */
export function closestLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Resolves a widget's locale: its `locale` attribute, else the closest `lang`
 * ancestor, else German. Watches `lang` changes on the page, switches the UI
 * locale and tells the widget when its content locale changed (to refetch).
 */
export class LocaleController implements ReactiveController {
  /** The widget's resolved locale: UI strings and API content are requested in it. */
  locale: UiLocale = sourceLocale;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly host: LocaleHost,
    private readonly onLocaleChange: (locale: UiLocale) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchLang(() => this.resolve());
    this.resolve(true);
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostUpdate(): void {
    this.resolve();
  }

  private resolve(force = false): void {
    const next = toUiLocale(this.host.locale) ?? toUiLocale(closestLang(this.host)) ?? sourceLocale;
    if (!force && next === this.locale) return;
    const changed = next !== this.locale;
    this.locale = next;
    void requestUiLocale(next);
    if (changed || force) this.onLocaleChange(next);
    this.host.requestUpdate();
  }
}
