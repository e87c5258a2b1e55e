/**
 * Every operation of the data API. The server implements exactly these
 * (typed handlers through @hono/zod-openapi); the OpenAPI document and thus
 * the SDK's types are generated from them.
 */
import { z } from '@hono/zod-openapi';
import { publicRoute, staffRoute } from './access.js';
import { officeRoutes } from './office-routes.js';
import { recordConfirmationRoutes } from './record-confirmation-routes.js';
import { selfServiceRoutes } from './self-service.js';
import {
  Availability,
  AvailabilityQuery,
  Room,
  RoomInput,
  RoomListQuery,
  RoomSummary,
  VenueInput,
} from './rooms.js';
import { Booking, BookingConflictProblem, BookingCreated, BookingDecision, BookingQueueQuery, BookingRequestInput, BookingTokenQuery, DeclineConflictingInput, StaffBooking } from './bookings.js';
import { VersionConflictProblem } from './office.js';
import { IdParams, LocaleQuery, Problem, Slug, TenantParam, Text, listOf, oneOf } from './common.js';
import { Event, EventFeedQuery, EventInput, EventListQuery, EventOccurrence } from './events.js';
import {
  ApplicantProfile,
  FundingListQuery,
  FundingMatchQuery,
  FundingMatchResponse,
  FundingProgram,
  FundingProgramInput,
  FundingProgramSummary,
} from './funding.js';
import { OutboxListQuery, OutboxMail } from './outbox.js';
import { importRoutes } from './imports.js';
import { ImportedEventProblem, eventSourceRoutes } from './event-sources.js';
import { exportRoutes } from './exports.js';
import { taxonomyTermRoutes } from './taxonomy-routes.js';
import { Organization, OrganizationInput, OrganizationListQuery, OrganizationSummary } from './organizations.js';
import { TaxonomyName, TaxonomyTerm, Tenant } from './taxonomies.js';

const problemContent = { 'application/problem+json': { schema: Problem } };
const problem = (description: string) => ({ description, content: problemContent });
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const readErrors = {
  304: { description: 'Not modified (the `If-None-Match` ETag still matches).' },
  400: problem('The request is malformed; `errors` names each bad parameter.'),
  404: problem('No such tenant or record.'),
} as const;

const writeErrors = {
  400: problem('The body is invalid; `errors` names each bad field.'),
  404: problem('No such tenant or record.'),
  412: {
    description: 'Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now.',
    content: { 'application/problem+json': { schema: VersionConflictProblem } },
  },
  413: problem('The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`).'),
} as const;

/** Writes of records take the version of the staff read (`ETag`) so that nothing is silently overwritten. */
const IfMatchHeader = z.object({
  'if-match': z.string().max(100).optional().openapi({ description: 'The `ETag` of the staff read (`"<version>"`); a stale one is answered 412.' }),
});

/** An event brought in from a calendar is only changed by hand when the write says it knows. */
const EventWriteHeaders = IfMatchHeader.extend({
  'overwrite-imported': z.enum(['true']).optional().openapi({ description: 'Send `true` to change or remove an event that a calendar import keeps in step (see `409 imported-event`).' }),
});
const importedEvent = {
  description:
    'The event comes from a calendar import (`source` names it): the next sync that sees it changed in the feed overwrites a change by hand, and one that no longer finds it removes it. Send `Overwrite-Imported: true` to write anyway.',
  content: { 'application/problem+json': { schema: ImportedEventProblem } },
};

const TaxonomyParams = TenantParam.extend({
  name: TaxonomyName.openapi({ param: { name: 'name', in: 'path' } }),
});
const LocaleOnly = z.object({ locale: LocaleQuery });

// ── Tenants and taxonomies ─────────────────────────────────────────────────

export const listTenants = publicRoute({
  operationId: 'listTenants',
  tags: ['Tenants'],
  method: 'get',
  path: '/v1/tenants',
  summary: 'The municipalities and districts this server holds data for',
  responses: { 200: json(z.object({ data: z.array(Tenant) }), 'Tenants') },
});

export const getTaxonomy = publicRoute({
  operationId: 'getTaxonomy',
  tags: ['Taxonomies'],
  method: 'get',
  path: '/v1/{tenant}/taxonomies/{name}',
  summary: 'The terms of one taxonomy with labels in the requested locale',
  request: { params: TaxonomyParams, query: LocaleOnly },
  responses: { 200: json(listOf(TaxonomyTerm, 'TaxonomyTermList'), 'Terms in display order'), ...readErrors },
});

// ── Organisations ──────────────────────────────────────────────────────────

export const listOrganizations = publicRoute({
  operationId: 'listOrganizations',
  tags: ['Organisations'],
  method: 'get',
  path: '/v1/{tenant}/organizations',
  summary: 'Search the directory of migrant organisations',
  description:
    'Codes within one filter are alternatives (any of them); different filters must all hold. `meta.facets` counts each code under the other active filters.',
  request: { params: TenantParam, query: OrganizationListQuery },
  responses: { 200: json(listOf(OrganizationSummary, 'OrganizationList'), 'One page of organisations'), ...readErrors },
});

export const getOrganization = publicRoute({
  operationId: 'getOrganization',
  tags: ['Organisations'],
  method: 'get',
  path: '/v1/{tenant}/organizations/{id}',
  summary: 'One organisation with contacts, offers and umbrella memberships',
  request: { params: IdParams, query: LocaleOnly },
  responses: { 200: json(oneOf(Organization, 'OrganizationResponse'), 'The organisation'), ...readErrors },
});

export const putOrganization = staffRoute(['editor'], {
  operationId: 'putOrganization',
  tags: ['Organisations'],
  method: 'put',
  path: '/v1/{tenant}/organizations/{id}',
  summary: 'Create or replace an organisation',
  request: { params: IdParams, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: OrganizationInput } } } },
  responses: { 200: json(oneOf(Organization, 'OrganizationWritten'), 'Stored'), ...writeErrors },
});

export const deleteOrganization = staffRoute(['editor'], {
  operationId: 'deleteOrganization',
  tags: ['Organisations'],
  method: 'delete',
  path: '/v1/{tenant}/organizations/{id}',
  summary: 'Remove an organisation',
  request: { params: IdParams, headers: IfMatchHeader },
  responses: { 204: { description: 'Removed' }, ...writeErrors },
});

// ── Rooms and bookings ─────────────────────────────────────────────────────

export const listRooms = publicRoute({
  operationId: 'listRooms',
  tags: ['Rooms'],
  method: 'get',
  path: '/v1/{tenant}/rooms',
  summary: 'Find rooms, optionally only those free in a date range and daily time window',
  description:
    'With `freeFrom` (and optionally `freeTo`, `freeStart`, `freeEnd`, `freeWeekdays`) only rooms are listed that are open and not booked for the whole time window on at least one of the days.',
  request: { params: TenantParam, query: RoomListQuery },
  responses: { 200: json(listOf(RoomSummary, 'RoomList'), 'One page of rooms'), ...readErrors },
});

export const getRoom = publicRoute({
  operationId: 'getRoom',
  tags: ['Rooms'],
  method: 'get',
  path: '/v1/{tenant}/rooms/{id}',
  summary: 'One room with opening hours, closures, rules and fees',
  request: { params: IdParams, query: LocaleOnly },
  responses: { 200: json(oneOf(Room, 'RoomResponse'), 'The room'), ...readErrors },
});

export const getRoomAvailability = publicRoute({
  operationId: 'getRoomAvailability',
  tags: ['Rooms'],
  method: 'get',
  path: '/v1/{tenant}/rooms/{id}/availability',
  summary: 'Busy times and opening hours of a room; never who booked',
  request: { params: IdParams, query: AvailabilityQuery },
  responses: { 200: json(oneOf(Availability, 'AvailabilityResponse'), 'Availability'), ...readErrors },
});

export const putVenue = staffRoute(['bookings'], {
  operationId: 'putVenue',
  tags: ['Rooms'],
  method: 'put',
  path: '/v1/{tenant}/venues/{id}',
  summary: 'Create or replace a venue (a building with rooms)',
  request: { params: IdParams, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: VenueInput } } } },
  responses: { 200: json(z.object({ data: z.object({ id: z.string() }) }), 'Stored'), ...writeErrors },
});

export const putRoom = staffRoute(['bookings'], {
  operationId: 'putRoom',
  tags: ['Rooms'],
  method: 'put',
  path: '/v1/{tenant}/rooms/{id}',
  summary: 'Create or replace a room',
  request: { params: IdParams, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: RoomInput } } } },
  responses: { 200: json(oneOf(Room, 'RoomWritten'), 'Stored'), ...writeErrors },
});

export const deleteRoom = staffRoute(['bookings'], {
  operationId: 'deleteRoom',
  tags: ['Rooms'],
  method: 'delete',
  path: '/v1/{tenant}/rooms/{id}',
  summary: 'Remove a room',
  request: { params: IdParams, headers: IfMatchHeader },
  responses: { 204: { description: 'Removed' }, ...writeErrors, 409: problem('The room still has bookings.') },
});

export const createBooking = publicRoute({
  operationId: 'createBooking',
  tags: ['Bookings'],
  method: 'post',
  path: '/v1/{tenant}/bookings',
  summary: 'Ask for a room (public; no account needed)',
  description:
    'Send an `Idempotency-Key` header: a repeated request with the same key returns the first answer and never books twice. A conflict (409) lists the taken times in `conflicts` and the nearest free times in `alternatives`. `locale` (else `Accept-Language`) is the language of the mails to the requester.',
  request: {
    params: TenantParam,
    query: LocaleOnly,
    headers: z.object({
      'idempotency-key': Text.min(8).max(200).optional().openapi({ description: 'A random key per booking request, e.g. a UUID.' }),
    }),
    body: { required: true, content: { 'application/json': { schema: BookingRequestInput } } },
  },
  responses: {
    201: json(BookingCreated, 'The request was stored (status `requested`) or booked at once (`confirmed`)'),
    400: problem('The request is invalid; `errors` names each field.'),
    404: problem('No such tenant or room.'),
    409: {
      description: 'The time is taken (`conflicts`, `alternatives`), or the same idempotency key is still being processed (`Retry-After`).',
      content: { 'application/problem+json': { schema: BookingConflictProblem } },
    },
    422: problem('The request breaks a rule of the room (notice, advance, duration, opening hours, closure, attendees).'),
    429: problem('Too many requests; see `Retry-After`.'),
  },
});

export const getBooking = publicRoute({
  operationId: 'getBooking',
  tags: ['Bookings'],
  method: 'get',
  path: '/v1/{tenant}/bookings/{id}',
  summary: 'See a booking with its secret token (or as staff with the `bookings` role)',
  request: { params: TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }), query: BookingTokenQuery },
  responses: { 200: json(oneOf(Booking, 'BookingResponse'), 'The booking'), 400: readErrors[400], 404: readErrors[404] },
});

export const cancelBooking = publicRoute({
  operationId: 'cancelBooking',
  tags: ['Bookings'],
  method: 'delete',
  path: '/v1/{tenant}/bookings/{id}',
  summary: 'Cancel a booking with its secret token (or as staff with the `bookings` role)',
  request: { params: TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }), query: BookingTokenQuery },
  responses: { 200: json(oneOf(Booking, 'BookingCancelled'), 'Cancelled'), 400: readErrors[400], 404: readErrors[404] },
});

export const listBookings = staffRoute(['bookings'], {
  operationId: 'listBookings',
  tags: ['Bookings'],
  method: 'get',
  path: '/v1/{tenant}/bookings',
  summary: 'The booking queue: requests (and bookings) with the requester\'s contact and what competes with each',
  request: { params: TenantParam, query: BookingQueueQuery },
  responses: { 200: json(listOf(StaffBooking, 'StaffBookingList'), 'One page of bookings'), 400: readErrors[400], 404: readErrors[404] },
});

export const decideBooking = staffRoute(['bookings'], {
  operationId: 'decideBooking',
  tags: ['Bookings'],
  method: 'patch',
  path: '/v1/{tenant}/bookings/{id}',
  summary: 'Approve or decline a request: all dates, or date by date; with a reason for the resident, an internal note, or a changed time or room',
  request: {
    params: TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { required: true, content: { 'application/json': { schema: BookingDecision } } },
  },
  responses: {
    200: json(oneOf(StaffBooking, 'BookingDecided'), 'Decided'),
    ...writeErrors,
    409: {
      description: 'Approving would double-book the room (`conflicts`, `alternatives`), or the booking is no longer a request.',
      content: { 'application/problem+json': { schema: BookingConflictProblem } },
    },
  },
});

export const declineConflictingBookings = staffRoute(['bookings'], {
  operationId: 'declineConflictingBookings',
  tags: ['Bookings'],
  method: 'post',
  path: '/v1/{tenant}/bookings/{id}/decline-conflicting',
  summary: 'Decline, in one step and with one reason, every request that overlaps this confirmed booking',
  request: {
    params: TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { required: true, content: { 'application/json': { schema: DeclineConflictingInput } } },
  },
  responses: {
    200: json(z.object({ data: z.array(z.object({ id: z.string() })) }).openapi('DeclinedBookings'), 'The requests declined'),
    ...writeErrors,
    409: problem('The booking is not confirmed.'),
  },
});

// ── Events ─────────────────────────────────────────────────────────────────

export const listEvents = publicRoute({
  operationId: 'listEvents',
  tags: ['Events'],
  method: 'get',
  path: '/v1/{tenant}/events',
  summary: 'Event occurrences in a time window; recurring events are expanded',
  request: { params: TenantParam, query: EventListQuery },
  responses: { 200: json(listOf(EventOccurrence, 'EventOccurrenceList'), 'Occurrences by start time'), ...readErrors },
});

export const getEvent = publicRoute({
  operationId: 'getEvent',
  tags: ['Events'],
  method: 'get',
  path: '/v1/{tenant}/events/{id}',
  summary: 'One event (or series) with all details',
  request: { params: IdParams, query: LocaleOnly },
  responses: { 200: json(oneOf(Event, 'EventResponse'), 'The event'), ...readErrors },
});

export const eventsFeed = publicRoute({
  operationId: 'eventsFeed',
  tags: ['Events'],
  method: 'get',
  path: '/v1/{tenant}/events.ics',
  summary: 'iCalendar feed of the events that match the filters, in one language',
  request: { params: TenantParam, query: EventFeedQuery },
  responses: {
    200: { description: 'An iCalendar (RFC 5545) document', content: { 'text/calendar': { schema: z.string() } } },
    ...readErrors,
  },
});

export const putEvent = staffRoute(['editor'], {
  operationId: 'putEvent',
  tags: ['Events'],
  method: 'put',
  path: '/v1/{tenant}/events/{id}',
  summary: 'Create or replace an event',
  request: { params: IdParams, headers: EventWriteHeaders, body: { required: true, content: { 'application/json': { schema: EventInput } } } },
  responses: {
    200: json(oneOf(Event, 'EventWritten'), 'Stored'),
    ...writeErrors,
    409: importedEvent,
    422: problem('The recurrence rule yields more start times per day than allowed; `detail` names the limit.'),
  },
});

export const deleteEvent = staffRoute(['editor'], {
  operationId: 'deleteEvent',
  tags: ['Events'],
  method: 'delete',
  path: '/v1/{tenant}/events/{id}',
  summary: 'Remove an event',
  request: { params: IdParams, headers: EventWriteHeaders },
  responses: { 204: { description: 'Removed' }, ...writeErrors, 409: importedEvent },
});

// ── Funding ────────────────────────────────────────────────────────────────

export const listFundingPrograms = publicRoute({
  operationId: 'listFundingPrograms',
  tags: ['Funding'],
  method: 'get',
  path: '/v1/{tenant}/funding-programs',
  summary: 'Browse and search funding programmes and non-cash support',
  request: { params: TenantParam, query: FundingListQuery },
  responses: { 200: json(listOf(FundingProgramSummary, 'FundingProgramList'), 'One page of programmes'), ...readErrors },
});

export const getFundingProgram = publicRoute({
  operationId: 'getFundingProgram',
  tags: ['Funding'],
  method: 'get',
  path: '/v1/{tenant}/funding-programs/{id}',
  summary: 'One programme with steps, documents and the responsible office',
  request: { params: IdParams, query: LocaleOnly },
  responses: { 200: json(oneOf(FundingProgram, 'FundingProgramResponse'), 'The programme'), ...readErrors },
});

export const matchFundingPrograms = publicRoute({
  operationId: 'matchFundingPrograms',
  tags: ['Funding'],
  method: 'post',
  path: '/v1/{tenant}/funding-programs/match',
  summary: 'Rank the programmes against an applicant profile, a page at a time, with a verdict per criterion',
  description: 'Nothing of the profile is stored or logged.',
  request: {
    params: TenantParam,
    query: FundingMatchQuery,
    body: { required: true, content: { 'application/json': { schema: ApplicantProfile } } },
  },
  responses: {
    200: json(FundingMatchResponse, 'A page of the ranking, best fit first, with the fit counts of all of it'),
    400: problem('The profile is invalid; `errors` names each field.'),
    404: problem('No such tenant.'),
  },
}, { readsOnly: true });

export const fundingDeadlinesFeed = publicRoute({
  operationId: 'fundingDeadlinesFeed',
  tags: ['Funding'],
  method: 'get',
  path: '/v1/{tenant}/funding-programs.ics',
  summary: 'iCalendar feed of the deadlines of the programmes that match the filters',
  request: {
    params: TenantParam,
    query: FundingListQuery.omit({ limit: true, cursor: true }).extend({
      program: Slug.optional().openapi({ param: { name: 'program', in: 'query' }, description: 'Only this programme.' }),
    }),
  },
  responses: {
    200: { description: 'An iCalendar (RFC 5545) document', content: { 'text/calendar': { schema: z.string() } } },
    ...readErrors,
  },
});

export const putFundingProgram = staffRoute(['editor'], {
  operationId: 'putFundingProgram',
  tags: ['Funding'],
  method: 'put',
  path: '/v1/{tenant}/funding-programs/{id}',
  summary: 'Create or replace a funding programme',
  request: { params: IdParams, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: FundingProgramInput } } } },
  responses: { 200: json(oneOf(FundingProgram, 'FundingProgramWritten'), 'Stored'), ...writeErrors },
});

export const deleteFundingProgram = staffRoute(['editor'], {
  operationId: 'deleteFundingProgram',
  tags: ['Funding'],
  method: 'delete',
  path: '/v1/{tenant}/funding-programs/{id}',
  summary: 'Remove a funding programme',
  request: { params: IdParams, headers: IfMatchHeader },
  responses: { 204: { description: 'Removed' }, ...writeErrors },
});

// ── Outbox (staff) ─────────────────────────────────────────────────────────

export const listOutbox = staffRoute(['bookings'], {
  operationId: 'listOutbox',
  tags: ['Outbox'],
  method: 'get',
  path: '/v1/{tenant}/outbox',
  summary: 'Mails of the outbox, e.g. the failed ones',
  description: 'Mails are sent by a worker with retries; a mail that could not be sent for a day is `failed` and waits here.',
  request: { params: TenantParam, query: OutboxListQuery },
  responses: { 200: json(z.object({ data: z.array(OutboxMail) }).openapi('OutboxMailList'), 'Newest first'), ...writeErrors },
});

export const retryOutboxMail = staffRoute(['bookings'], {
  operationId: 'retryOutboxMail',
  tags: ['Outbox'],
  method: 'post',
  path: '/v1/{tenant}/outbox/{id}/retry',
  summary: 'Send a failed mail again',
  request: { params: TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: json(oneOf(OutboxMail, 'OutboxMailRetried'), 'Queued for a new day of tries'), ...writeErrors, 409: problem('The mail is not failed (it is pending, being sent, or sent).') },
});

/** All routes in the order the document lists them. */
export const routes = {
  listTenants,
  getTaxonomy,
  ...taxonomyTermRoutes,
  listOrganizations,
  getOrganization,
  putOrganization,
  deleteOrganization,
  listRooms,
  getRoom,
  getRoomAvailability,
  putVenue,
  putRoom,
  deleteRoom,
  createBooking,
  getBooking,
  cancelBooking,
  listBookings,
  decideBooking,
  declineConflictingBookings,
  listEvents,
  getEvent,
  eventsFeed,
  putEvent,
  deleteEvent,
  listFundingPrograms,
  getFundingProgram,
  matchFundingPrograms,
  fundingDeadlinesFeed,
  putFundingProgram,
  deleteFundingProgram,
  ...officeRoutes,
  ...recordConfirmationRoutes,
  listOutbox,
  retryOutboxMail,
  ...selfServiceRoutes,
  ...importRoutes,
  ...eventSourceRoutes,
  ...exportRoutes,
};
