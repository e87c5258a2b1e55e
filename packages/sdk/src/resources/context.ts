/** What every resource module needs: the transport, the tenant and the client's locale. */
import { normalizeQuery, serializeQuery } from '../query.js';
import type { CallOptions, Transport } from '../transport.js';
import type { operations } from '../generated/openapi.js';
import type { Locale } from '../types.js';

/** The generated query parameters of an operation. */
export type WireQuery<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
/** The generated JSON request body of an operation. */
export type WireBody<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export interface ResourceContext {
  readonly transport: Transport;
  readonly baseUrl: string;
  readonly tenant: string;
  /** The client's content locale; undefined lets the server negotiate (`Accept-Language`). */
  readonly locale: Locale | undefined;
}

/** The locale a read asks for: the call's, else the client's. */
export function localeFor(context: ResourceContext, options: CallOptions | undefined): Locale | undefined {
  return options?.locale ?? context.locale;
}

/**
 * A caller's query (code lists as arrays, booleans) as the wire format the
 * generated type describes (`Q`, e.g. `WireQuery<'listOrganizations'>`).
 */
export function wireQuery<Q>(query: object | undefined, locale?: Locale): Q {
  const normalized: Record<string, string | number> = normalizeQuery(query);
  if (locale) normalized.locale = locale;
  return normalized as Q;
}

/**
 * An SDK input type as the generated request body type. They differ only in
 * that the SDK's input types leave server-side defaults optional (see types.ts).
 */
export function wireBody<B>(input: object): B {
  return input as B;
}

/** Options of a feed URL. */
export interface FeedUrlOptions {
  /** `webcal://` instead of `https://`, so that a click subscribes in the calendar app. */
  webcal?: boolean;
  /** Language of the feed. Default: the client's locale. */
  locale?: Locale;
}

/** The absolute URL of an iCalendar feed, for a link or a "subscribe" button. */
export function feedUrl(context: ResourceContext, path: string, filters: object | undefined, options: FeedUrlOptions = {}): string {
  const query = serializeQuery(wireQuery<Record<string, unknown>>(filters, options.locale ?? context.locale));
  let url = `${context.baseUrl}/v1/${encodeURIComponent(context.tenant)}/${path}${query ? `?${query}` : ''}`;
  // A relative baseUrl (same-origin setup) must become absolute to be usable in a calendar app.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && typeof globalThis.location?.href === 'string') {
    url = new URL(url, globalThis.location.href).toString();
  }
  return options.webcal ? url.replace(/^https?:/i, 'webcal:') : url;
}
