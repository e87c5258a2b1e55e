/**
 * When a failed attempt may be repeated, and how long to wait first.
 *
 * Only requests that cannot do harm twice are retried: GET, HEAD, PUT and
 * DELETE by their HTTP semantics, and a POST that carries an `Idempotency-Key`
 * (the booking request: the server answers a repeated key with the first
 * answer and never books twice). Everything else (PATCH, the funding match
 * POST) is sent once; the user can press "Erneut versuchen".
 *
 * A 500 is retried only for reads: after a 500 to a write we cannot know
 * whether the write happened, and repeating it should be a person's decision.
 * A 409 with `Retry-After` to a request with an idempotency key means the
 * first attempt with that key is still running; it is retried too.
 */

/** Tuning of the waits between attempts. All values in milliseconds. */
export interface BackoffOptions {
  /** First backoff ceiling; doubles per attempt. Default 300. */
  baseDelayMs?: number;
  /** Largest backoff ceiling. Default 5_000. */
  maxDelayMs?: number;
  /** Largest `Retry-After` the SDK waits for; a longer one is shortened to this. Default 10_000. */
  maxRetryAfterMs?: number;
  /** Random number source in [0, 1) for the jitter; injectable for tests. Default `Math.random`. */
  random?: () => number;
}

export type ResolvedBackoff = Required<BackoffOptions>;

export function resolveBackoff(options: BackoffOptions | undefined): ResolvedBackoff {
  return {
    baseDelayMs: options?.baseDelayMs ?? 300,
    maxDelayMs: options?.maxDelayMs ?? 5_000,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? 10_000,
    random: options?.random ?? Math.random,
  };
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const IDEMPOTENT_METHODS = new Set([...READ_METHODS, 'PUT', 'DELETE']);
/** Statuses that mean "not now" rather than "no": the request may succeed when repeated. */
const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504]);

/** Whether the request may be sent again at all (see the module comment). */
export function isRetryableRequest(request: Request): boolean {
  const method = request.method.toUpperCase();
  return IDEMPOTENT_METHODS.has(method) || (method === 'POST' && request.headers.has('idempotency-key'));
}

/** Whether a retryable request that got `response` should be repeated. */
export function isRetryableResponse(request: Request, response: Pick<Response, 'status' | 'headers'>): boolean {
  const { status } = response;
  if (TRANSIENT_STATUSES.has(status)) return true;
  if (status === 500) return READ_METHODS.has(request.method.toUpperCase());
  // "The same key is still being processed" (a retry overtook the first attempt): the server says
  // when to ask again, and the repeat then gets the first answer. A booking conflict 409 has no Retry-After.
  return status === 409 && request.headers.has('idempotency-key') && response.headers.has('retry-after');
}

/**
 * Exponential backoff with full jitter (a random wait between 0 and the
 * ceiling), so that many widgets on many pages do not retry in lockstep after
 * an outage. `attempt` counts from 0 for the first retry.
 */
export function backoffDelay(attempt: number, backoff: ResolvedBackoff): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt);
  return Math.floor(backoff.random() * ceiling);
}

/**
 * Parses `Retry-After` (delay in seconds, or an HTTP date) into milliseconds,
 * capped at `maxMs`. Returns undefined when the header is missing or garbled.
 */
export function parseRetryAfter(value: string | null, maxMs: number, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    // An HTTP date always names its month; this keeps `Date.parse` from reading "-5" as a year.
    if (!/[a-z]{3}/i.test(trimmed)) return undefined;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(0, ms), maxMs);
}
