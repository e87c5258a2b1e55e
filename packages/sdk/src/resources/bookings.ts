/**
 * `client.bookings`: a member of the public asks for a room; the answer holds
 * a secret token to see or cancel the request later; editors decide.
 *
 * Booking requests carry an `Idempotency-Key` (a new UUID per `create` call
 * unless the caller passes one). The server answers a repeated key with the
 * first answer, so the SDK may retry a booking POST after a network error or
 * a 503 without ever booking twice; a widget passes one key per form
 * submission so that a double click is harmless too.
 */
import { newIdempotencyKey } from '../idempotency.js';
import type { CallOptions } from '../transport.js';
import type { Booking, BookingCreated, BookingDecision, BookingQueueQuery, BookingRequestInput, ListResponse, RecordResponse, StaffBooking } from '../types.js';
import { type ResourceContext, type WireBody, type WireQuery, localeFor, wireBody, wireQuery } from './context.js';

/** `locale` (else the client's, else `Accept-Language`) is the language of the mails the requester gets. */
export interface CreateBookingOptions extends CallOptions {
  /** Reuse this key for the same booking request (8–200 characters). Default: a new UUID. */
  idempotencyKey?: string;
}

export interface BookingAccessOptions extends Omit<CallOptions, 'locale'> {
  /**
   * The secret `manageToken` from `create`. Without it the client's editor
   * `token` is sent instead.
   */
  token?: string;
}

export interface BookingsResource {
  /**
   * Asks for a room. Resolves to the booking (status `requested`, or
   * `confirmed` for rooms without approval) with `manageUrl`/`manageToken`.
   * Rejects with an ApiError 409 whose `problem.conflicts`/`problem.alternatives`
   * list the taken times and the nearest free ones, or 422 when a room rule is broken.
   */
  create(input: BookingRequestInput, options?: CreateBookingOptions): Promise<BookingCreated>;
  /** The booking, seen with its secret token (or the client's editor token). */
  get(id: string, options?: BookingAccessOptions): Promise<RecordResponse<Booking>>;
  /** Cancels the booking with its secret token (or the client's editor token). */
  cancel(id: string, options?: BookingAccessOptions): Promise<RecordResponse<Booking>>;
  /** Approves (`confirmed`) or declines a request (editor). A 409 ApiError if approving would double-book. */
  decide(id: string, decision: BookingDecision, options?: CallOptions): Promise<RecordResponse<StaffBooking>>;
  /** The office's queue (staff with the `bookings` role): requests by default, with contact, overlaps and waiting days. */
  queue(query?: BookingQueueQuery, options?: CallOptions): Promise<ListResponse<StaffBooking>>;
  /** Declines, with one reason, every request that overlaps this confirmed booking; resolves to the ids declined. */
  declineConflicting(id: string, reason: string, options?: CallOptions): Promise<{ data: Array<{ id: string }> }>;
}

export function bookingsResource(context: ResourceContext): BookingsResource {
  const { transport, tenant } = context;
  /** The secret goes in the query; only without it do we fall back to the editor's bearer token. */
  const access = (options: BookingAccessOptions | undefined) => ({
    auth: !options?.token,
    query: wireQuery<WireQuery<'getBooking'>>({ token: options?.token }),
  });

  return {
    create: (input, options) => {
      // Chosen once per call, so every retry of this call carries the same key.
      const idempotencyKey = options?.idempotencyKey ?? newIdempotencyKey();
      return transport.call({ shape: 'created', headers: { 'Idempotency-Key': idempotencyKey } }, options, (init) =>
        transport.api.POST('/v1/{tenant}/bookings', {
          ...init,
          params: { path: { tenant }, query: wireQuery<WireQuery<'createBooking'>>({}, localeFor(context, options)) },
          body: wireBody<WireBody<'createBooking'>>(input),
        }),
      );
    },
    get: (id, options) => {
      const { auth, query } = access(options);
      return transport.call({ shape: 'record', auth, noStore: true }, options, (init) =>
        transport.api.GET('/v1/{tenant}/bookings/{id}', { ...init, params: { path: { tenant, id }, query } }),
      );
    },
    cancel: (id, options) => {
      const { auth, query } = access(options);
      return transport.call({ shape: 'record', auth, noStore: true }, options, (init) =>
        transport.api.DELETE('/v1/{tenant}/bookings/{id}', { ...init, params: { path: { tenant, id }, query } }),
      );
    },
    decide: (id, decision, options) =>
      transport.call({ shape: 'record', auth: true, noStore: true }, options, (init) =>
        transport.api.PATCH('/v1/{tenant}/bookings/{id}', { ...init, params: { path: { tenant, id } }, body: decision }),
      ),
    queue: (query, options) =>
      transport.call({ shape: 'list', auth: true, noStore: true }, options, (init) =>
        transport.api.GET('/v1/{tenant}/bookings', { ...init, params: { path: { tenant }, query: wireQuery<WireQuery<'listBookings'>>(query) } }),
      ),
    declineConflicting: (id, reason, options) =>
      transport.call({ shape: 'items', auth: true, noStore: true }, options, (init) =>
        transport.api.POST('/v1/{tenant}/bookings/{id}/decline-conflicting', { ...init, params: { path: { tenant, id } }, body: { reason } }),
      ),
  };
}
