/**
 * A connection: the resolved options of a client (base URL, tenant, locale
 * and one transport with its deadline, retries and ETag cache), which every
 * resource factory takes. `createClient` binds all resources to one; a page
 * that needs only a few builds them from a connection itself, so that a
 * bundler leaves out the rest of the SDK:
 *
 * @example
 * const connection = createConnection({ baseUrl: 'https://daten.musterkreis.de', tenant: 'musterkreis' });
 * const organizations = organizationsResource(connection);
 */
import { EtagCache, type EtagCacheOptions } from './etag-cache.js';
import { type BackoffOptions, resolveBackoff } from './retry.js';
import { type FetchLike, Transport, type TransportConfig } from './transport.js';
import type { ResourceContext } from './resources/context.js';
import type { Locale } from './types.js';

export interface ClientOptions {
  /** Origin (and optional path prefix) of the data API, e.g. `https://daten.musterkreis.de`. */
  baseUrl: string;
  /** The municipality or district, e.g. `musterkreis`. */
  tenant: string;
  /** Content locale of every read. Without it the server negotiates via `Accept-Language`. */
  locale?: Locale;
  /** A `fetch` to use instead of `globalThis.fetch` (looked up per request). */
  fetch?: FetchLike;
  /** Deadline of one call including its retries, in ms. Default 10,000. `0` disables it. */
  timeoutMs?: number;
  /** How often a failed idempotent request is repeated. Default 2. */
  retries?: number;
  /** Waits between retries; rarely needed (tests use it to stay fast). */
  backoff?: BackoffOptions;
  /**
   * Bearer secret for staff calls: a program's token (`tk_…`) or a person's
   * session (`ses_…` from `auth.signIn`). Sent only on staff calls, never on public reads.
   */
  token?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /**
   * Keep public GET answers in memory and revalidate them with `If-None-Match`
   * (a 304 costs no body). `true` keeps up to 100; `{ maxEntries }` sets the size.
   * Off by default: browsers' HTTP cache already revalidates.
   */
  cache?: boolean | EtagCacheOptions;
}

/** What every resource factory (`organizationsResource`, `eventsResource`, …) takes. */
export type Connection = ResourceContext;

/** Checks and resolves the options; `caller` names the function in the error messages. */
export function createConnection(options: ClientOptions, caller = 'createConnection'): Connection {
  if (typeof options?.baseUrl !== 'string') throw new TypeError(`${caller}: \`baseUrl\` must be a string`);
  if (typeof options.tenant !== 'string' || options.tenant === '') throw new TypeError(`${caller}: \`tenant\` is required`);
  const retries = options.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError(`${caller}: \`retries\` must be a whole number ≥ 0`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(timeoutMs >= 0)) throw new RangeError(`${caller}: \`timeoutMs\` must be ≥ 0`);

  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const config: TransportConfig = {
    baseUrl,
    fetch: options.fetch,
    timeoutMs,
    retries,
    backoff: resolveBackoff(options.backoff),
    token: options.token,
    headers: { ...options.headers },
    cache: options.cache ? new EtagCache(options.cache === true ? {} : options.cache) : undefined,
  };
  return { transport: new Transport(config), baseUrl, tenant: options.tenant, locale: options.locale };
}
