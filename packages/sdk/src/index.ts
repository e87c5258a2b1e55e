/**
 * @teilhabe/sdk: typed client of the Teilhabe-Kit data API for browsers and
 * Node 20. This entry only re-exports; importing it has no side effects.
 */
export { createClient, type ClientOptions, type TeilhabeClient } from './client.js';
// One factory per resource over a connection: a page that reads only organisations ships only that
// resource (the package has no side effects, so bundlers drop what is not imported).
export { createConnection, type Connection } from './connection.js';
export { bookingsResource } from './resources/bookings.js';
export { eventsResource } from './resources/events.js';
export { fundingResource } from './resources/funding.js';
export { organizationsResource } from './resources/organizations.js';
export { roomsResource, venuesResource } from './resources/rooms.js';
export { tenantsResource } from './resources/tenants.js';
export { taxonomiesResource, taxonomyTermsResource } from './resources/taxonomies.js';
export { entryVerificationsResource, proposalsResource, reviewQueueResource } from './resources/self-service.js';
export {
  ApiError,
  NetworkError,
  ResponseFormatError,
  TeilhabeError,
  TimeoutError,
  isAbortError,
  isApiError,
  isBookingConflict,
  isNetworkError,
  isNotFound,
  isProblem,
  isProblemOfType,
  isRateLimited,
  isResponseFormatError,
  isTeilhabeError,
  isTimeoutError,
  isValidationError,
  redactUrl,
  type TeilhabeErrorKind,
} from './errors.js';
export type { CallOptions, FetchLike } from './transport.js';
export type { IterateOptions } from './pagination.js';
export type { BackoffOptions } from './retry.js';
export type { EtagCacheOptions } from './etag-cache.js';
export type { FeedUrlOptions } from './resources/context.js';
export type { BookingAccessOptions, BookingsResource, CreateBookingOptions } from './resources/bookings.js';
export type { EventsResource } from './resources/events.js';
export type { FundingResource } from './resources/funding.js';
export type { OrganizationsResource } from './resources/organizations.js';
export type { RoomsResource, VenuesResource } from './resources/rooms.js';
export type { TenantsResource } from './resources/tenants.js';
export type { PublicTaxonomiesResource, TaxonomiesResource, TaxonomyTermsResource, TermWriteOptions } from './resources/taxonomies.js';
export type { AuthResource, OfficeResources } from './resources/office.js';
export type { ImportsResource, OrganizationImportOptions } from './resources/imports.js';
export type { EventSourcesResource } from './resources/event-sources.js';
export type { EventWriteOptions } from './resources/events.js';
export type * from './resources/sign-in.js';
export type * from './types.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { EntryVerificationsResource, ProposalDraft, ProposalsResource, ReviewQueueResource } from './resources/self-service.js';
export { solveProofOfWork, type ProofOfWorkAnswer } from './proof-of-work.js';
