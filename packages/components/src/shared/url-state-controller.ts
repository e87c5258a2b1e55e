import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, urlWithState, writeUrlState, type FilterState } from './url-state.js';

type UrlHost = ReactiveControllerHost & { urlState: 'query' | 'none'; urlPrefix: string };

export interface UrlStateOptions {
  /** After the back button has restored a state: by default the widget renders again; a list may search again instead. */
  afterPopState?: () => void;
}

/**
 * A widget's state in the page URL under its prefix, and back: `restore`
 * runs at connect and after the back button, `write` after a change.
 * Writing only changes the URL; telling the page (events, announcements) is
 * the widget's own step, so moving the date writes the URL without a
 * `tk-filter-change`.
 */
export class UrlStateController implements ReactiveController {
  private readonly afterPopState: () => void;

  constructor(
    private readonly host: UrlHost,
    private readonly keys: readonly string[],
    private readonly restore: (state: FilterState) => void,
    { afterPopState }: UrlStateOptions = {},
  ) {
    host.addController(this);
    this.afterPopState = afterPopState ?? (() => host.requestUpdate());
  }

  get enabled(): boolean {
    return this.host.urlState !== 'none';
  }

  /** The widget's parameters in the current URL, or `undefined` when `url-state="none"`. */
  read(): FilterState | undefined {
    return this.enabled ? readUrlState(this.keys, this.host.urlPrefix) : undefined;
  }

  /** Writes `state`; `push` adds a history entry (a choice the back button undoes), else replaces it. */
  write(state: FilterState, push: boolean): void {
    if (this.enabled) writeUrlState(state, this.host.urlPrefix, push);
  }

  /** The page URL with `state` applied (a link to share), or `undefined` when `url-state="none"`. */
  hrefWith(state: FilterState): string | undefined {
    return this.enabled ? urlWithState(state, this.host.urlPrefix) : undefined;
  }

  hostConnected(): void {
    const state = this.read();
    if (state) this.restore(state);
    window.addEventListener('popstate', this.popState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popState);
  }

  private readonly popState = () => {
    const state = this.read();
    if (!state) return;
    this.restore(state);
    this.afterPopState();
  };
}
