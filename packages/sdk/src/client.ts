/**
 * `createClient`: the entry point. It resolves the options once (a
 * connection) and hands every resource module the same transport, so that
 * `withLocale` can make a client for another language that shares the
 * connection settings and the ETag cache.
 */
import { type ClientOptions, createConnection } from './connection.js';
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
import { type TaxonomiesResource, taxonomiesResource, taxonomyTermsResource } from './resources/taxonomies.js';

export type { ClientOptions } from './connection.js';

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
  return bindClient(createConnection(options, 'createClient'));
}

function bindClient(context: ResourceContext): TeilhabeClient {
  const office = officeResources(context);
  return {
    baseUrl: context.baseUrl,
    tenant: context.tenant,
    locale: context.locale,
    tenants: tenantsResource(context),
    taxonomies: { ...taxonomiesResource(context), ...taxonomyTermsResource(context) },
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
