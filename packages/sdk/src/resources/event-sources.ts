/**
 * `client.eventSources`: the municipal calendars the server keeps the events
 * in step with (staff, role editor). The server reads each on its interval;
 * `sync` reads one now.
 */
import type { CallOptions } from '../transport.js';
import type { EventSource, EventSourceInput } from '../types.js';
import type { ResourceContext, WireBody } from './context.js';
import { wireBody } from './context.js';

type Options = Omit<CallOptions, 'locale' | 'version'>;

export interface EventSourcesResource {
  /** Every source of the tenant with its last sync (`lastSyncedAt`, `lastError`, `lastReport`). */
  list(options?: Options): Promise<{ data: EventSource[] }>;
  /** Adds or changes a source; it is read within a minute, then every `intervalMinutes`. */
  put(id: string, input: EventSourceInput, options?: Options): Promise<{ data: EventSource }>;
  /** Stops keeping the calendar in step; its events stay and become editable by hand. */
  delete(id: string, options?: Options): Promise<void>;
  /** Reads the calendar now. A failing feed resolves with `lastError` set; a sync already running is an ApiError 409. */
  sync(id: string, options?: Options): Promise<{ data: EventSource }>;
}

export function eventSourcesResource({ transport, tenant }: ResourceContext): EventSourcesResource {
  const staff = { auth: true, noStore: true } as const;
  return {
    list: (options) => transport.call({ shape: 'items', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/event-sources', { ...init, params: { path: { tenant } } })),
    put: (id, input, options) =>
      transport.call({ shape: 'record', ...staff }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/event-sources/{id}', { ...init, params: { path: { tenant, id } }, body: wireBody<WireBody<'putEventSource'>>(input) }),
      ),
    delete: async (id, options) => {
      await transport.call({ shape: 'empty', ...staff }, options, (init) => transport.api.DELETE('/v1/{tenant}/event-sources/{id}', { ...init, params: { path: { tenant, id } } }));
    },
    sync: (id, options) =>
      transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/event-sources/{id}/sync', { ...init, params: { path: { tenant, id } } })),
  };
}
