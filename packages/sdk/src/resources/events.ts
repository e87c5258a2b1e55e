/** `client.events`: the event calendar, with recurring events expanded into occurrences. */
import { type IterateOptions, ITERATE_PAGE_SIZE, paginate } from '../pagination.js';
import type { CallOptions } from '../transport.js';
import type { Event, EventFeedQuery, EventInput, EventListQuery, EventOccurrence, ListResponse, RecordResponse } from '../types.js';
import { type FeedUrlOptions, type ResourceContext, type WireBody, type WireQuery, feedUrl, localeFor, wireBody, wireQuery } from './context.js';

export interface EventWriteOptions extends CallOptions {
  /**
   * Changes or removes an event a calendar import keeps in step (sends
   * `Overwrite-Imported: true`). Without it such a write is an ApiError 409
   * of type `/problems/imported-event`, whose `source` names the calendar:
   * the next sync that sees the event changed in the feed overwrites it.
   */
  overwriteImported?: boolean;
}

const overwriteHeaders = (options: EventWriteOptions | undefined) => (options?.overwriteImported ? { headers: { 'Overwrite-Imported': 'true' } } : {});

export interface EventsResource {
  /**
   * Occurrences in a time window (default: the next 31 days), by start time.
   * @example client.events.list({ from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00', topic: 'health' })
   */
  list(query?: EventListQuery, options?: CallOptions): Promise<ListResponse<EventOccurrence>>;
  /** One event (or series) with all details, by its event id (an occurrence's `eventId`). */
  get(id: string, options?: CallOptions): Promise<RecordResponse<Event>>;
  /** Every occurrence in the window, page by page, up to `max` (default 1,000). */
  iterate(query?: Omit<EventListQuery, 'cursor'>, options?: IterateOptions): AsyncGenerator<EventOccurrence, void, undefined>;
  /** Creates or replaces an event (needs the client's editor `token`). */
  put(id: string, input: EventInput, options?: EventWriteOptions): Promise<RecordResponse<Event>>;
  /** Removes an event (needs the client's editor `token`). */
  delete(id: string, options?: EventWriteOptions): Promise<void>;
  /**
   * The URL of the iCalendar feed of the events matching `filters`, in the
   * client's locale: for "Abonnieren" links (`webcal: true`) or downloads.
   * Makes no request.
   */
  feedUrl(filters?: EventFeedQuery, options?: FeedUrlOptions): string;
}

export function eventsResource(context: ResourceContext): EventsResource {
  const { transport, tenant } = context;
  const list: EventsResource['list'] = (query, options) =>
    transport.call({ shape: 'list' }, options, (init) =>
      transport.api.GET('/v1/{tenant}/events', {
        ...init,
        params: { path: { tenant }, query: wireQuery<WireQuery<'listEvents'>>(query, localeFor(context, options)) },
      }),
    );

  return {
    list,
    get: (id, options) =>
      transport.call({ shape: 'record' }, options, (init) =>
        transport.api.GET('/v1/{tenant}/events/{id}', {
          ...init,
          params: { path: { tenant, id }, query: wireQuery<WireQuery<'getEvent'>>({}, localeFor(context, options)) },
        }),
      ),
    iterate: (query = {}, options = {}) =>
      paginate(
        (cursor) => list({ limit: Math.min(ITERATE_PAGE_SIZE, options.max ?? ITERATE_PAGE_SIZE), ...query, cursor }, options),
        options.max,
      ),
    put: (id, input, options) =>
      transport.call({ shape: 'record', auth: true, ...overwriteHeaders(options) }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/events/{id}', { ...init, params: { path: { tenant, id } }, body: wireBody<WireBody<'putEvent'>>(input) }),
      ),
    delete: async (id, options) => {
      await transport.call({ shape: 'empty', auth: true, ...overwriteHeaders(options) }, options, (init) =>
        transport.api.DELETE('/v1/{tenant}/events/{id}', { ...init, params: { path: { tenant, id } } }),
      );
    },
    feedUrl: (filters, options) => feedUrl(context, 'events.ics', filters, options),
  };
}
