/**
 * One SDK call from start to finish: the typed fetch client (fetch-client.ts,
 * openapi-fetch's shape) builds the request from the typed path and
 * parameters; this module sends it (with the deadline, the caller's signal,
 * retries and ETag revalidation), checks the answer's shape and turns every
 * failure into one of the SDK's typed errors.
 *
 * The fetch client gets a per-call `fetch` so that each call has its own signal
 * and retry budget while the URL building, header merging and typing stay
 * the fetch client's job.
 */
import type { Client } from 'openapi-fetch';
import { createFetchClient } from './fetch-client.js';
import type { paths } from './generated/openapi.js';
import { ApiError, NetworkError, ResponseFormatError, TeilhabeError, TimeoutError } from './errors.js';
import type { EtagCache } from './etag-cache.js';
import { serializeQuery } from './query.js';
import { backoffDelay, isRetryableRequest, isRetryableResponse, parseRetryAfter, type ResolvedBackoff } from './retry.js';
import { type CallSignal, createCallSignal, raceAbort, sleep } from './signals.js';
import { type ExpectedShape, hasShape, toProblem } from './shapes.js';
import type { Locale } from './types.js';

/** A `fetch` compatible function (globalThis.fetch, undici, a test double). */
export type FetchLike = (input: Request) => Promise<Response>;

/** Options every SDK method takes as its last argument. */
export interface CallOptions {
  /** Cancels the call; it then rejects with `signal.reason` (an `AbortError` by default). */
  signal?: AbortSignal;
  /** Deadline for this call including its retries, in ms. Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Content locale for this call. Overrides the client's locale. */
  locale?: Locale;
  /**
   * The version of the record from a staff read (`meta.version`). A write then
   * sends it as `If-Match`, and the server answers 412 instead of overwriting
   * a change somebody else saved meanwhile.
   */
  version?: number;
}

export interface TransportConfig {
  baseUrl: string;
  fetch: FetchLike | undefined;
  timeoutMs: number;
  retries: number;
  backoff: ResolvedBackoff;
  token: string | undefined;
  headers: Record<string, string>;
  cache: EtagCache | undefined;
}

/** What a call hands to the fetch client: our fetch for this call, and extra headers. */
export interface CallInit {
  [option: string]: unknown;
  fetch: FetchLike;
  headers: Record<string, string>;
}

/** The result shape of every fetch client method. */
interface FetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

export interface CallSpec {
  /** What the body must look like (checked cheaply, not validated). */
  shape: ExpectedShape;
  /** Send the bearer token (editor calls). */
  auth?: boolean;
  /** Extra headers for this call, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  /** Never keep this answer in the ETag cache (personal data such as a booking). */
  noStore?: boolean;
}

export class Transport {
  /** The typed fetch client; resource modules call its GET/PUT/… methods. */
  readonly api: Client<paths>;
  /** A true private field: the token inside must not show up when someone logs a client. */
  readonly #config: TransportConfig;

  constructor(config: TransportConfig) {
    this.#config = config;
    this.api = createFetchClient({
      baseUrl: config.baseUrl,
      querySerializer: serializeQuery,
      headers: { Accept: 'application/json, application/problem+json', ...config.headers },
    });
  }

  /** The same transport with another bearer secret (a staff session or a token). */
  withToken(token: string | undefined): Transport {
    return new Transport({ ...this.#config, token });
  }

  /**
   * Runs one call. `run` receives the per-call fetch and headers and must
   * pass them to one fetch client method; it resolves to the response body.
   */
  async call<D>(spec: CallSpec, options: CallOptions | undefined, run: (init: CallInit) => Promise<FetchResult<D>>): Promise<D> {
    const timeoutMs = options?.timeoutMs ?? this.#config.timeoutMs;
    const callSignal = createCallSignal(options?.signal, timeoutMs);
    // What was sent and received last, for errors raised after the fetch client took over.
    const exchange: Exchange = {};
    const headers: Record<string, string> = { ...spec.headers };
    if (spec.auth && this.#config.token) headers.Authorization = `Bearer ${this.#config.token}`;
    if (options?.version !== undefined) headers['If-Match'] = `"${options.version}"`;
    try {
      if (callSignal.cause === 'caller') throw options?.signal?.reason;
      const pending = run({
        headers,
        fetch: async (request) => {
          exchange.sent = request;
          exchange.received = await this.#send(request, callSignal, spec);
          return exchange.received;
        },
      });
      const result = await raceAbort(pending, callSignal.signal);
      // A fetch implementation that ignores the signal still must not let an aborted call succeed.
      if (callSignal.cause) throw callSignal.signal.reason;
      if (!exchange.sent) throw new Error('the fetch client resolved without sending a request');
      return bodyOf(result, spec.shape, exchange.sent);
    } catch (error) {
      throw translateFailure(error, { callSignal, exchange, timeoutMs, callerSignal: options?.signal });
    } finally {
      callSignal.dispose();
    }
  }

  /** Sends one request, repeating it while the retry policy allows and time remains. */
  async #send(template: Request, callSignal: CallSignal, spec: CallSpec): Promise<Response> {
    const { cache, retries, backoff } = this.#config;
    // Look the global fetch up per call: msw and other interceptors patch it after the client exists.
    const fetchImpl: FetchLike = this.#config.fetch ?? globalThis.fetch;
    const retryable = retries > 0 && isRetryableRequest(template);
    // Only public reads are cached: a response to an authorised request may hold what others must not see.
    const cacheable = cache && !spec.noStore && template.method === 'GET' && !template.headers.has('authorization');
    const cacheKey = cacheable ? template.url : undefined;

    for (let attempt = 0; ; attempt++) {
      const cached = cacheKey ? cache?.get(cacheKey) : undefined;
      const headers = new Headers(template.headers);
      if (cached) headers.set('If-None-Match', cached.etag);
      // Each attempt gets a fresh copy: a request body can be read only once.
      const request = new Request(template.clone(), { headers, signal: callSignal.signal });

      let response: Response;
      try {
        // `.call(globalThis)`: browsers throw "Illegal invocation" for a detached window.fetch.
        response = await fetchImpl.call(globalThis, request);
      } catch (error) {
        if (callSignal.cause) throw error;
        if (retryable && attempt < retries) {
          await sleep(backoffDelay(attempt, backoff), callSignal.signal);
          continue;
        }
        throw new NetworkError({ method: template.method, url: template.url, cause: error });
      }

      if (response.status === 304 && cached) {
        const revalidated = new Headers(response.headers);
        revalidated.set('Content-Type', cached.contentType);
        return new Response(cached.body, { status: 200, headers: revalidated });
      }

      if (retryable && attempt < retries && isRetryableResponse(template, response)) {
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), backoff.maxRetryAfterMs);
        const delay = retryAfterMs ?? backoffDelay(attempt, backoff);
        // Waiting past the deadline would only turn a clear server answer into a timeout.
        if (delay < callSignal.remainingMs()) {
          // Release the connection. Not awaited: some stream implementations (msw's) never settle it.
          response.body?.cancel().catch(() => undefined);
          await sleep(delay, callSignal.signal);
          continue;
        }
      }

      const etag = response.headers.get('etag');
      if (cacheKey && cache && response.status === 200 && etag) {
        const body = await response.text();
        const contentType = response.headers.get('content-type') ?? 'application/json';
        cache.set(cacheKey, { etag, body, contentType });
        const copied = new Headers(response.headers);
        // The body is now decoded text: its length and encoding differ from what came over the wire.
        copied.delete('content-length');
        copied.delete('content-encoding');
        return new Response(body, { status: response.status, statusText: response.statusText, headers: copied });
      }
      return response;
    }
  }
}

/** Checks a successful answer's shape, or turns an error answer into an ApiError. */
function bodyOf<D>(result: FetchResult<D>, shape: ExpectedShape, request: Request): D {
  const { response } = result;
  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  const where = { method: request.method, url: request.url, status: response.status, requestId: headerRequestId };

  if (!response.ok) {
    if (response.status === 304) {
      throw new ResponseFormatError({ ...where, reason: '304 Not Modified, but no cached response to revalidate' });
    }
    const problem = toProblem(result.error, response);
    throw new ApiError({
      ...where,
      problem,
      requestId: typeof problem.requestId === 'string' ? problem.requestId : headerRequestId,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Number.MAX_SAFE_INTEGER),
    });
  }
  const reason = hasShape(result.data, shape);
  if (reason) throw new ResponseFormatError({ ...where, reason });
  return result.data as D;
}

interface Exchange {
  sent?: Request;
  received?: Response;
}

/** Maps anything a call threw to what the caller should see. */
function translateFailure(
  error: unknown,
  context: { callSignal: CallSignal; exchange: Exchange; timeoutMs: number; callerSignal: AbortSignal | undefined },
): unknown {
  const { callSignal, exchange, timeoutMs, callerSignal } = context;
  const { sent, received } = exchange;
  // The caller's own abort is theirs to handle: pass the reason through untouched.
  if (callSignal.cause === 'caller') return callerSignal?.reason ?? error;
  if (error instanceof TeilhabeError) return error;
  // Nothing was sent: a programming error (e.g. a bad parameter) rather than a failed request.
  if (!sent) return error;
  const where = { method: sent.method, url: sent.url };
  if (callSignal.cause === 'timeout') return new TimeoutError({ ...where, timeoutMs });
  // The fetch client parses JSON itself; a broken body surfaces as a SyntaxError.
  if (error instanceof SyntaxError) {
    return new ResponseFormatError({
      ...where,
      status: received?.status ?? 0,
      requestId: received?.headers.get('x-request-id') ?? undefined,
      reason: 'the body is not valid JSON',
      cause: error,
    });
  }
  // The body broke off while it was being read.
  return new NetworkError({ ...where, cause: error });
}
