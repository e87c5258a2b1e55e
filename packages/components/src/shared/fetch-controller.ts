import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a fetch stands. `offline` is an error while the browser reports no network. */
export type FetchStatus = 'idle' | 'loading' | 'success' | 'error' | 'offline';

/**
 * Runs one request at a time for a widget: a new run aborts the previous one,
 * so a slow answer to an old keystroke can never overwrite a newer result.
 * The host re-renders on every status change.
 */
export class FetchController<T> implements ReactiveController {
  status: FetchStatus = 'idle';
  value: T | undefined;
  error: unknown;
  private controller: AbortController | undefined;
  private lastTask: ((signal: AbortSignal) => Promise<T>) | undefined;

  /** `onSettle` hears every run's outcome: the error, or `undefined` on success. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettle?: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  /** Starts `task`, aborting whatever ran before. Resolves when this run settles. */
  async run(task: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.lastTask = task;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await task(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.error = undefined;
      this.status = 'success';
      this.onSettle?.(undefined);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'error';
      this.onSettle?.(error);
    }
    this.host.requestUpdate();
  }

  /** Runs the last task again (the "Erneut versuchen" button). */
  retry(): Promise<void> {
    return this.lastTask ? this.run(this.lastTask) : Promise.resolve();
  }

  /** Aborts the running request, if any. */
  abort(): void {
    this.controller?.abort();
  }

  hostDisconnected(): void {
    this.abort();
  }
}
