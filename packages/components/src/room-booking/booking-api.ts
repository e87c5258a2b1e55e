/**
 * The data calls `<tk-room-booking>` makes, as a narrow interface. The default
 * implementation goes through `@teilhabe/sdk` (a component never calls
 * `fetch` itself); a host app or a test can pass its own object as `api`.
 */
import {
  bookingsResource,
  createConnection,
  organizationsResource,
  roomsResource,
  taxonomiesResource,
  isBookingConflict,
  isRateLimited,
  isApiError,
  isValidationError,
  type FieldError,
  type Availability,
  type Booking,
  type BookingCreated,
  type BookingRequestInput,
  type ConflictAlternative,
  type ListResponse,
  type Room,
  type RoomListQuery,
  type RoomSummary,
  type TaxonomyTerm,
} from '@teilhabe/sdk';
import { type ApiCallOptions, type TenantTimeZoneSource, tenantTimeZone } from '../shared/api-options.js';

export type { Availability, Booking, BookingCreated, BookingRequestInput, ConflictAlternative, ListResponse, Room, RoomListQuery, RoomSummary, TaxonomyTerm };

/** The taxonomies the booking widget labels its codes with. */
export type RoomTaxonomy = 'equipment' | 'accessibility' | 'areas' | 'applicant-kinds';

/** The data calls `<tk-room-booking>` makes. */
export interface RoomBookingApi extends TenantTimeZoneSource {
  listRooms(query: RoomListQuery, options: ApiCallOptions): Promise<ListResponse<RoomSummary>>;
  getRoom(id: string, options: ApiCallOptions): Promise<Room>;
  getAvailability(id: string, range: { from: string; to: string }, options: { signal?: AbortSignal | undefined }): Promise<Availability>;
  getTaxonomy(name: RoomTaxonomy, options: ApiCallOptions): Promise<TaxonomyTerm[]>;
  /** The organisation's name, to prefill the form on an organisation's own page. */
  getOrganizationName(id: string, options: ApiCallOptions): Promise<string>;
  /** Sends a booking request; one `idempotencyKey` per form submission. */
  createBooking(input: BookingRequestInput, options: { idempotencyKey: string; signal?: AbortSignal | undefined }): Promise<BookingCreated>;
}

/** A {@link RoomBookingApi} over the SDK for one API base URL and tenant. */
export function createRoomBookingApi(baseUrl: string, tenant: string): RoomBookingApi {
  // Only the resources the booking widget uses, so that its bundle carries none of the others.
  const connection = createConnection({ baseUrl, tenant });
  const rooms = roomsResource(connection);
  const taxonomies = taxonomiesResource(connection);
  const organizations = organizationsResource(connection);
  const bookings = bookingsResource(connection);
  return {
    getTimeZone: tenantTimeZone(connection),
    listRooms: (query, { locale, signal }) => rooms.list(query, { locale, signal }),
    getRoom: async (id, { locale, signal }) => (await rooms.get(id, { locale, signal })).data,
    getAvailability: async (id, range, { signal }) => (await rooms.availability(id, range, { signal })).data,
    getTaxonomy: async (name, { locale, signal }) => (await taxonomies.get(name, { locale, signal })).data,
    getOrganizationName: async (id, { locale, signal }) => (await organizations.get(id, { locale, signal })).data.name,
    createBooking: (input, { idempotencyKey, signal }) => bookings.create(input, { idempotencyKey, signal }),
  };
}

/**
 * A random key for one form submission. `crypto.randomUUID` needs a secure
 * context; a CMS page on plain http still has `getRandomValues`.
 */
export function newSubmissionKey(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `tk-${Array.from(cryptoApi.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A rule the request broke, per field error (`date` names the date of a series it concerns). */
export interface RuleViolation {
  rule: string;
  date?: string;
}

/**
 * What became of a booking request, decided once here so that the view
 * never reads problem bodies: created; the time is taken (with what is free
 * instead); fields the server refused; too many requests; the server failed;
 * or no answer at all (the same key may be sent again).
 */
export type BookingOutcome =
  | { kind: 'created'; created: BookingCreated }
  | { kind: 'conflict'; conflicts: Array<{ start: string; end: string }>; alternatives: ConflictAlternative[] }
  | { kind: 'invalid'; fieldErrors: FieldError[]; violations: RuleViolation[] }
  | { kind: 'rate-limited'; retryAfterMs: number | undefined }
  | { kind: 'server-error' }
  | { kind: 'no-answer' };

/** Sends a booking request and names its outcome. */
export async function requestBooking(api: RoomBookingApi, input: BookingRequestInput, options: { idempotencyKey: string }): Promise<BookingOutcome> {
  try {
    return { kind: 'created', created: await api.createBooking(input, options) };
  } catch (error) {
    if (isBookingConflict(error)) return { kind: 'conflict', conflicts: error.problem.conflicts ?? [], alternatives: error.problem.alternatives ?? [] };
    if (isValidationError(error)) {
      const violations = error.problem['violations'];
      return { kind: 'invalid', fieldErrors: error.fieldErrors, violations: Array.isArray(violations) ? (violations as RuleViolation[]) : [] };
    }
    if (isRateLimited(error)) return { kind: 'rate-limited', retryAfterMs: error.retryAfterMs };
    if (isApiError(error)) return { kind: 'server-error' };
    return { kind: 'no-answer' };
  }
}
