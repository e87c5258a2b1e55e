/**
 * Cancellation for one call: the caller's `AbortSignal` and the call's own
 * deadline, combined into one signal that every attempt and every backoff
 * wait listens to. Written out instead of `AbortSignal.any`/`.timeout` because
 * those are missing in browsers a municipality still has to support (Safari
 * before 17.4), and because we must know afterwards *which* side fired.
 */

/** Why a call's combined signal fired. */
export type CancelCause = 'caller' | 'timeout';

export interface CallSignal {
  /** Aborts when the caller aborts or the deadline passes. */
  readonly signal: AbortSignal;
  /** Which side fired first, or undefined while the call is still allowed to run. */
  readonly cause: CancelCause | undefined;
  /** Milliseconds until the deadline (Infinity without one). */
  remainingMs(): number;
  /** Removes the timer and listeners; call once the response body has been read. */
  dispose(): void;
}

/** Combines a caller's signal with a deadline `timeoutMs` from now (no deadline when ≤ 0 or Infinity). */
export function createCallSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): CallSignal {
  const controller = new AbortController();
  let cause: CancelCause | undefined;
  const hasDeadline = Number.isFinite(timeoutMs) && timeoutMs > 0;
  const deadline = hasDeadline ? Date.now() + timeoutMs : Infinity;

  const onCallerAbort = () => {
    if (cause) return;
    cause = 'caller';
    controller.abort(callerSignal?.reason);
  };
  const timer = hasDeadline
    ? setTimeout(() => {
        if (cause) return;
        cause = 'timeout';
        controller.abort(timeoutReason());
      }, timeoutMs)
    : undefined;

  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    get cause() {
      return cause;
    },
    remainingMs: () => Math.max(0, deadline - Date.now()),
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** The reason the combined signal carries on timeout (fetch rejects with it). */
function timeoutReason(): unknown {
  try {
    return new DOMException('The operation timed out.', 'TimeoutError');
  } catch {
    return new Error('The operation timed out.');
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, but rejects with the signal's reason as soon as the
 * signal aborts, even if `promise` never settles (a custom fetch or a body
 * stream that ignores the signal must not hang a widget forever).
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
