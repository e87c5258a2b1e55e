/**
 * The errors every SDK call rejects with. A widget needs one `catch` that can
 * tell "the server said no" (ApiError, with the fields to mark) from "we could
 * not reach it" (NetworkError / TimeoutError, show a retry button) from "the
 * server answered nonsense" (ResponseFormatError). A caller's own abort is not
 * an SDK error: it rejects with the standard `AbortError` (`signal.reason`).
 *
 * None of these ever carries request headers: a bearer token must not end up
 * in an error log or an error-reporting service. Secret booking tokens in the
 * URL are redacted for the same reason (see {@link redactUrl}).
 */
import type { BookingConflictProblem, Problem } from './types.js';

/**
 * Marks every SDK error with its kind under a registry symbol. `instanceof`
 * fails when a page bundles two copies of the SDK (two widgets' CDN bundles,
 * or an app and a widget); `Symbol.for` is the same in every copy, so the
 * guards below work across them.
 */
const KIND = Symbol.for('teilhabe.sdk.error-kind');

/** The kinds of SDK error, as the guards tell them apart. */
export type TeilhabeErrorKind = 'api' | 'network' | 'timeout' | 'response-format' | 'other';

/** Base class of every error the SDK throws itself. */
export class TeilhabeError extends Error {
  override name = 'TeilhabeError';
  /** HTTP status of the answer; `0` when there was no usable answer (network, timeout). */
  readonly status: number;
  /** HTTP method of the failed request. */
  readonly method: string;
  /** URL of the failed request, with secret query parameters redacted. */
  readonly url: string;
  /** The server's request id (`X-Request-Id`), to quote when contacting the office. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    init: { status: number; method: string; url: string; requestId?: string | undefined; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.requestId = init.requestId;
    brand(this, 'other');
  }
}

function brand(error: TeilhabeError, kind: TeilhabeErrorKind): void {
  Object.defineProperty(error, KIND, { value: kind, enumerable: false, configurable: true });
}

/**
 * The server answered with an error status. `problem` is the RFC 9457 problem
 * details object as sent, including `errors` (one entry per invalid field) and
 * extension members such as `conflicts` and `alternatives` of a booking 409.
 */
export class ApiError extends TeilhabeError {
  override name = 'ApiError';
  readonly problem: Problem;
  /** The wait the server asked for in `Retry-After`, in milliseconds, if any. */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    status: number;
    method: string;
    url: string;
    problem: Problem;
    requestId?: string | undefined;
    retryAfterMs?: number | undefined;
  }) {
    super(`${init.status} ${init.problem.title}${init.problem.detail ? `: ${init.problem.detail}` : ''}`, init);
    this.problem = init.problem;
    this.retryAfterMs = init.retryAfterMs;
    brand(this, 'api');
  }

  /** Field errors of a validation problem (`[]` when there are none). */
  get fieldErrors(): NonNullable<Problem['errors']> {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/** The request never got an answer: DNS, refused connection, CORS, offline, reset. `status` is 0. */
export class NetworkError extends TeilhabeError {
  override name = 'NetworkError';
  constructor(init: { method: string; url: string; cause?: unknown }) {
    super(`Network error: ${init.method} ${redactUrl(init.url)} got no answer`, { ...init, status: 0 });
    brand(this, 'network');
  }
}

/** The call (including its retries) took longer than `timeoutMs`. `status` is 0. */
export class TimeoutError extends TeilhabeError {
  override name = 'TimeoutError';
  readonly timeoutMs: number;
  constructor(init: { method: string; url: string; timeoutMs: number }) {
    super(`Timeout: ${init.method} ${redactUrl(init.url)} took longer than ${init.timeoutMs} ms`, { ...init, status: 0 });
    this.timeoutMs = init.timeoutMs;
    brand(this, 'timeout');
  }
}

/**
 * The server answered, but not with what the contract promises: a body that is
 * not JSON, or JSON of the wrong shape (e.g. a captive portal's HTML page, or a
 * proxy's error page with status 200). `status` is the HTTP status received.
 */
export class ResponseFormatError extends TeilhabeError {
  override name = 'ResponseFormatError';
  constructor(init: { status: number; method: string; url: string; reason: string; requestId?: string | undefined; cause?: unknown }) {
    super(`Unexpected response to ${init.method} ${redactUrl(init.url)} (${init.status}): ${init.reason}`, init);
    brand(this, 'response-format');
  }
}

/** Query parameters whose values are secrets (the booking management token). */
const SECRET_QUERY_PARAMS = ['token'];

/** Replaces secret query parameter values with `***` so a URL can be logged. */
export function redactUrl(url: string): string {
  if (!SECRET_QUERY_PARAMS.some((name) => url.includes(`${name}=`))) return url;
  try {
    const parsed = new URL(url);
    for (const name of SECRET_QUERY_PARAMS) if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '***');
    return parsed.toString();
  } catch {
    return url.replace(/([?&]token=)[^&#]*/g, '$1***');
  }
}

/** True for the standard error a fetch or an abortable wait rejects with when aborted. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

// ── Guards ────────────────────────────────────────────────────────────────
// Each works on errors of any bundled copy of the SDK (see KIND).

function kindOf(error: unknown): TeilhabeErrorKind | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const kind = (error as { [KIND]?: unknown })[KIND];
  return typeof kind === 'string' ? (kind as TeilhabeErrorKind) : undefined;
}

/** Any error the SDK threw itself. */
export function isTeilhabeError(error: unknown): error is TeilhabeError {
  return kindOf(error) !== undefined;
}

/** The server answered with an error status and a problem body. */
export function isApiError(error: unknown): error is ApiError {
  return kindOf(error) === 'api';
}

/** No answer at all (offline, refused, reset, CORS). */
export function isNetworkError(error: unknown): error is NetworkError {
  return kindOf(error) === 'network';
}

/** The call took longer than its timeout. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return kindOf(error) === 'timeout';
}

/** An answer that is not what the contract promises (not JSON, wrong shape). */
export function isResponseFormatError(error: unknown): error is ResponseFormatError {
  return kindOf(error) === 'response-format';
}

/** A value shaped like RFC 9457 problem details (`type`, `title`, `status`). */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { type, title, status } = value as Record<string, unknown>;
  return typeof type === 'string' && typeof title === 'string' && typeof status === 'number';
}

/** The problem's `type` without its path (`/problems/booking-conflict` → `booking-conflict`). */
function problemType(problem: Problem): string {
  return problem.type.split('/').pop() ?? problem.type;
}

/** An ApiError whose problem has the given type, e.g. `booking-rules`. */
export function isProblemOfType(error: unknown, type: string): error is ApiError {
  return isApiError(error) && isProblem(error.problem) && problemType(error.problem) === type;
}

/** A 409 booking conflict: the requested times are taken (`conflicts`, `alternatives`). */
export function isBookingConflict(error: unknown): error is ApiError & { readonly problem: BookingConflictProblem } {
  return isApiError(error) && error.status === 409 && isProblem(error.problem) && problemType(error.problem) === 'booking-conflict';
}

/** A 400 or 422 with at least one field error (`error.fieldErrors`). */
export function isValidationError(error: unknown): error is ApiError {
  return isApiError(error) && (error.status === 400 || error.status === 422) && error.fieldErrors.length > 0;
}

/** A 429: too many requests; `retryAfterMs` says how long to wait when the server told. */
export function isRateLimited(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 429;
}

/** A 404 problem (e.g. an unknown tenant or record). */
export function isNotFound(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 404;
}
