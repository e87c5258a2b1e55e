/** `client.rooms` and `client.venues`: rooms to book, their venues and their busy times. */
import { type IterateOptions, ITERATE_PAGE_SIZE, paginate } from '../pagination.js';
import type { CallOptions } from '../transport.js';
import type {
  Availability,
  AvailabilityQuery,
  ListResponse,
  RecordResponse,
  Room,
  RoomInput,
  RoomListQuery,
  RoomSummary,
  VenueInput,
} from '../types.js';
import { type ResourceContext, type WireBody, type WireQuery, localeFor, wireBody, wireQuery } from './context.js';

export interface RoomsResource {
  /**
   * One page of rooms. With `freeFrom` (and `freeTo`, `freeStart`, `freeEnd`,
   * `freeWeekdays`) only rooms free for the whole daily window on at least one day.
   * @example client.rooms.list({ capacity: 20, equipment: ['projector'], freeFrom: '2026-03-02', freeStart: '18:00', freeEnd: '21:00', freeWeekdays: [1, 2, 3, 4, 5] })
   */
  list(query?: RoomListQuery, options?: CallOptions): Promise<ListResponse<RoomSummary>>;
  /** One room with opening hours, closures, rules and fees. */
  get(id: string, options?: CallOptions): Promise<RecordResponse<Room>>;
  /** Busy times (never who booked) and opening hours between `from` and `to` (at most 62 days). */
  availability(id: string, range: AvailabilityQuery, options?: CallOptions): Promise<RecordResponse<Availability>>;
  /** Every matching room, page by page, up to `max` (default 1,000). */
  iterate(query?: Omit<RoomListQuery, 'cursor'>, options?: IterateOptions): AsyncGenerator<RoomSummary, void, undefined>;
  /** Creates or replaces a room (needs the client's editor `token`). */
  put(id: string, input: RoomInput, options?: CallOptions): Promise<RecordResponse<Room>>;
  /** Removes a room (editor); a 409 ApiError when it still has bookings. */
  delete(id: string, options?: CallOptions): Promise<void>;
}

export interface VenuesResource {
  /** Creates or replaces a venue, the building rooms belong to (needs the client's editor `token`). */
  put(id: string, input: VenueInput, options?: CallOptions): Promise<RecordResponse<{ id: string }>>;
}

export function roomsResource(context: ResourceContext): RoomsResource {
  const { transport, tenant } = context;
  const list: RoomsResource['list'] = (query, options) =>
    transport.call({ shape: 'list' }, options, (init) =>
      transport.api.GET('/v1/{tenant}/rooms', {
        ...init,
        params: { path: { tenant }, query: wireQuery<WireQuery<'listRooms'>>(query, localeFor(context, options)) },
      }),
    );

  return {
    list,
    get: (id, options) =>
      transport.call({ shape: 'record' }, options, (init) =>
        transport.api.GET('/v1/{tenant}/rooms/{id}', {
          ...init,
          params: { path: { tenant, id }, query: wireQuery<WireQuery<'getRoom'>>({}, localeFor(context, options)) },
        }),
      ),
    availability: (id, range, options) =>
      transport.call({ shape: 'record' }, options, (init) =>
        transport.api.GET('/v1/{tenant}/rooms/{id}/availability', {
          ...init,
          // The availability has no texts, so no locale: one cache entry for every language.
          params: { path: { tenant, id }, query: wireQuery<WireQuery<'getRoomAvailability'>>(range) },
        }),
      ),
    iterate: (query = {}, options = {}) =>
      paginate(
        (cursor) => list({ limit: Math.min(ITERATE_PAGE_SIZE, options.max ?? ITERATE_PAGE_SIZE), ...query, cursor }, options),
        options.max,
      ),
    put: (id, input, options) =>
      transport.call({ shape: 'record', auth: true }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/rooms/{id}', { ...init, params: { path: { tenant, id } }, body: wireBody<WireBody<'putRoom'>>(input) }),
      ),
    delete: async (id, options) => {
      await transport.call({ shape: 'empty', auth: true }, options, (init) =>
        transport.api.DELETE('/v1/{tenant}/rooms/{id}', { ...init, params: { path: { tenant, id } } }),
      );
    },
  };
}

export function venuesResource({ transport, tenant }: ResourceContext): VenuesResource {
  return {
    put: (id, input, options) =>
      transport.call({ shape: 'record', auth: true }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/venues/{id}', { ...init, params: { path: { tenant, id } }, body: wireBody<WireBody<'putVenue'>>(input) }),
      ),
  };
}
