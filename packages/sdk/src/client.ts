/**
 * `createClient`: the entry point. It resolves the options once and hands
 * every resource module the same transport, so that `withLocale` can make a
 * client for another language that shares the connection settings and the
 * ETag cache.
 */
import { EtagCache, type EtagCacheOptions } from './etag-cache.js';
import { type BackoffOptions, resolveBackoff } from './retry.js';
import { type FetchLike, Transport, type TransportConfig } from './transport.js';
import type { Locale } from './types.js';
import { type BookingsResource, bookingsResource } from './resources/bookings.js';
import type { ResourceContext } from './resources/context.js';
import { type OfficeResources, officeResources } from './resources/office.js';
import { type EntryVerificationsResource, type ProposalsResource, type ReviewQueueResource, selfServiceResources } from './resources/self-service.js';
import { type ImportsResource, importsResource } from './resources/imports.js';
import { type EventSourcesResource, eventSourcesResource } from './resources/event-sources.js';
import { type EventsResource, eventsResource } from './resources/events.js';
import { type FundingResource, fundingResource } from './resources/funding.js';
import { type OrganizationsResource, organizationsResource } from './resources/organizations.js';
import { type SecondFactorResource, type SignInMethodsResource, secondFactorResource, signInMethodsResource } from './resources/sign-in.js';
import { type RoomsResource, type VenuesResource, roomsResource, venuesResource } from './resources/rooms.js';
import { type TenantsResource, tenantsResource } from './resources/tenants.js';
import { type TaxonomiesResource, taxonomiesResource } from './resources/taxonomies.js';

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

export interface TeilhabeClient {
  readonly baseUrl: string;
  readonly tenant: string;
  /** The content locale of this client; undefined when the server negotiates. */
  readonly locale: Locale | undefined;
  readonly tenants: TenantsResource;
  readonly taxonomies: TaxonomiesResource;
  readonly organizations: OrganizationsResource;
  readonly rooms: RoomsResource;
  readonly venues: VenuesResource;
  readonly bookings: BookingsResource;
  readonly events: EventsResource;
  readonly funding: FundingResource;
  /** Signing in, settings, staff, tokens, the audit trail and records as stored (staff only). */
  readonly auth: OfficeResources['auth'];
  readonly settings: OfficeResources['settings'];
  readonly staff: OfficeResources['staff'];
  readonly tokens: OfficeResources['tokens'];
  readonly audit: OfficeResources['audit'];
  readonly records: OfficeResources['records'];
  readonly outbox: OfficeResources['outbox'];
  /** Proposing an organisation or an event without an account (the proof of work is solved for you). */
  readonly proposals: ProposalsResource;
  /** The office's review queue of proposals and changes (staff). */
  readonly reviewQueue: ReviewQueueResource;
  /** Asking organisations "Ist Ihr Eintrag noch aktuell?" (staff). */
  readonly entryVerifications: EntryVerificationsResource;
  /** Imports of an office's lists (role `editor`). */
  readonly imports: ImportsResource;
  /** Calendars the server keeps the events in step with (staff). */
  readonly eventSources: EventSourcesResource;
  /** Ways to sign in (password, identity provider) and the identity provider's hand-off. */
  readonly signInMethods: SignInMethodsResource;
  /** The signed-in person's authenticator app, passkeys and recovery codes (send the session as `token`). */
  readonly secondFactor: SecondFactorResource;
  /** A client for another content locale that shares everything else (including the cache). */
  withLocale(locale: Locale): TeilhabeClient;
  /**
   * A client that sends this bearer secret on staff calls, e.g. the session of a sign-in:
   * `const office = client.withToken((await client.auth.signIn(email, password)).token!)`.
   */
  withToken(token: string | undefined): TeilhabeClient;
}

/**
 * Creates a client of the Teilhabe-Kit data API.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://daten.musterkreis.de', tenant: 'musterkreis', locale: 'de' });
 * const { data, meta } = await client.organizations.list({ topic: 'youth-education' });
 */
export function createClient(options: ClientOptions): TeilhabeClient {
  if (typeof options?.baseUrl !== 'string') throw new TypeError('createClient: `baseUrl` must be a string');
  if (typeof options.tenant !== 'string' || options.tenant === '') throw new TypeError('createClient: `tenant` is required');
  const retries = options.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError('createClient: `retries` must be a whole number ≥ 0');
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(timeoutMs >= 0)) throw new RangeError('createClient: `timeoutMs` must be ≥ 0');

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
  const transport = new Transport(config);
  return bindClient({ transport, baseUrl, tenant: options.tenant, locale: options.locale });
}

function bindClient(context: ResourceContext): TeilhabeClient {
  const office = officeResources(context);
  return {
    baseUrl: context.baseUrl,
    tenant: context.tenant,
    locale: context.locale,
    tenants: tenantsResource(context),
    taxonomies: taxonomiesResource(context),
    organizations: organizationsResource(context),
    rooms: roomsResource(context),
    venues: venuesResource(context),
    bookings: bookingsResource(context),
    events: eventsResource(context),
    funding: fundingResource(context),
    ...office,
    ...selfServiceResources(context),
    imports: importsResource(context),
    eventSources: eventSourcesResource(context),
    signInMethods: signInMethodsResource(context),
    secondFactor: secondFactorResource(context),
    withLocale: (locale) => bindClient({ ...context, locale }),
    withToken: (token) => bindClient({ ...context, transport: context.transport.withToken(token) }),
  };
}
