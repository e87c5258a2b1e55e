/**
 * What a screen loads from the API when it appears: a reactive controller
 * that holds the value and its state, and the one template for "is loading",
 * "could not be loaded, try again" and the loaded value. A reload (after a
 * change, or because `args` changed) keeps the last value on screen until the
 * new one arrives, so the list does not flash and focus targets stay.
 *
 * `@lit/task` covers loading and retrying, but a screen often already has the
 * new value in the answer to a change (the account page after a passkey is
 * added), and a task's value cannot be set; so the value here is settable.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type RemoteStatus = 'loading' | 'loaded' | 'failed';

export interface RemoteDataOptions {
  /**
   * What the load depends on (the client, a route parameter): it loads when
   * the host is first updated and again whenever one of them changes. Without
   * `args` it loads each time the host is connected.
   */
  args?: () => readonly unknown[];
}

export class RemoteData<T> implements ReactiveController {
  status: RemoteStatus = 'loading';
  private current: T | undefined;
  /** Only the newest load may write: an older answer that arrives late is dropped. */
  private generation = 0;
  private lastArgs: readonly unknown[] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    private readonly options: RemoteDataOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.options.args) void this.reload();
  }

  hostUpdated(): void {
    const args = this.options.args?.();
    if (!args || (this.lastArgs && args.length === this.lastArgs.length && args.every((arg, i) => arg === this.lastArgs![i]))) return;
    this.lastArgs = args;
    void this.reload();
  }

  /** The loaded value; `undefined` until the first load succeeded. */
  get value(): T | undefined {
    return this.current;
  }

  /** Takes a value the screen already has (from the answer to a change) without asking the API again. */
  set value(value: T) {
    this.generation += 1;
    this.current = value;
    this.status = 'loaded';
    this.host.requestUpdate();
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await this.load();
      if (generation !== this.generation) return;
      this.current = value;
      this.status = 'loaded';
    } catch {
      if (generation !== this.generation) return;
      this.status = 'failed';
    }
    this.host.requestUpdate();
  }
}

export interface RemoteTexts {
  /** Announced while loading, e.g. "Die Personen werden geladen …". */
  loading: string;
  /** The title of the error state, e.g. "Die Personen konnten nicht geladen werden." */
  failed: string;
}

/** The loading status, the error with "Erneut versuchen", or what `loaded` draws from the (last) value. */
export function remoteState<T>(data: RemoteData<T>, texts: RemoteTexts, loaded: (value: T) => unknown): TemplateResult {
  if (data.status !== 'failed' && data.value !== undefined) return html`${loaded(data.value)}`;
  if (data.status === 'failed') {
    return html`<div class="state state-error"><p class="state-title" role="alert">${texts.failed}</p>
      <button type="button" class="button" @click=${() => void data.reload()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></div>`;
  }
  return html`<p role="status">${texts.loading}</p>`;
}
