/**
 * What a screen loads from the API when it appears: a reactive controller
 * that holds the value and its state, and the one template for "is loading",
 * "could not be loaded, try again" and the loaded value.
 *
 * `@lit/task` covers loading and retrying, but a screen often already has the
 * new value in the answer to a change (the account page after a passkey is
 * added), and a task's value cannot be set; so the value here is settable.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type RemoteStatus = 'loading' | 'loaded' | 'failed';

export class RemoteData<T> implements ReactiveController {
  status: RemoteStatus = 'loading';
  private current: T | undefined;
  /** Only the newest load may write: an older answer that arrives late is dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
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

/** The loading status, the error with "Erneut versuchen", or what `loaded` draws from the value. */
export function remoteState<T>(data: RemoteData<T>, texts: RemoteTexts, loaded: (value: T) => unknown): TemplateResult {
  if (data.status === 'loaded' && data.value !== undefined) return html`${loaded(data.value)}`;
  if (data.status === 'failed') {
    return html`<div class="state state-error"><p class="state-title" role="alert">${texts.failed}</p>
      <button type="button" class="button" @click=${() => void data.reload()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></div>`;
  }
  return html`<p role="status">${texts.loading}</p>`;
}
