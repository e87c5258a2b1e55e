import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, urlWithState, writeUrlState, type FilterState } from './url-state.js';

type UrlHost = ReactiveControllerHost & { urlState: 'query' | 'none'; urlPrefix: string };

/**
 * A widget's state in the page URL under its prefix, and back: `read` at
 * connect and after the back button (`onPopState`), `write` after a change.
 * Writing only changes the URL; telling the page (events, announcements) is
 * the widget's own step, so moving the date writes the URL without a
 * `tk-filter-change`.
 */
export class UrlStateController implements ReactiveController {
  constructor(
    private readonly host: UrlHost,
    private readonly keys: readonly string[],
    private readonly onPopState: (state: FilterState) => void,
  ) {
    host.addController(this);
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
    window.addEventListener('popstate', this.popState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popState);
  }

  private readonly popState = () => {
    const state = this.read();
    if (state) this.onPopState(state);
  };
}
