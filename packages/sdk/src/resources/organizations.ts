/** `client.organizations`: the directory of migrant organisations. */
import { type IterateOptions, ITERATE_PAGE_SIZE, paginate } from '../pagination.js';
import type { CallOptions } from '../transport.js';
import type { ListResponse, Organization, OrganizationInput, OrganizationListQuery, OrganizationSummary, RecordResponse } from '../types.js';
import { type ResourceContext, type WireBody, type WireQuery, localeFor, wireBody, wireQuery } from './context.js';

export interface OrganizationsResource {
  /**
   * One page of organisations. Codes within one filter are alternatives,
   * different filters must all hold; `meta.facets` counts codes for filter UIs.
   * @example client.organizations.list({ q: 'Hausaufgaben', topic: ['youth-education'], limit: 20 })
   */
  list(query?: OrganizationListQuery, options?: CallOptions): Promise<ListResponse<OrganizationSummary>>;
  /** One organisation with contacts, offers and umbrella memberships. */
  get(id: string, options?: CallOptions): Promise<RecordResponse<Organization>>;
  /**
   * Every matching organisation, page by page, up to `max` (default 1,000).
   * @example for await (const org of client.organizations.iterate({ area: 'musterstadt' })) console.log(org.name);
   */
  iterate(query?: Omit<OrganizationListQuery, 'cursor'>, options?: IterateOptions): AsyncGenerator<OrganizationSummary, void, undefined>;
  /** Creates or replaces an organisation (needs the client's editor `token`). */
  put(id: string, input: OrganizationInput, options?: CallOptions): Promise<RecordResponse<Organization>>;
  /** Removes an organisation (needs the client's editor `token`). */
  delete(id: string, options?: CallOptions): Promise<void>;
}

export function organizationsResource(context: ResourceContext): OrganizationsResource {
  const { transport, tenant } = context;
  const list: OrganizationsResource['list'] = (query, options) =>
    transport.call({ shape: 'list' }, options, (init) =>
      transport.api.GET('/v1/{tenant}/organizations', {
        ...init,
        params: { path: { tenant }, query: wireQuery<WireQuery<'listOrganizations'>>(query, localeFor(context, options)) },
      }),
    );

  return {
    list,
    get: (id, options) =>
      transport.call({ shape: 'record' }, options, (init) =>
        transport.api.GET('/v1/{tenant}/organizations/{id}', {
          ...init,
          params: { path: { tenant, id }, query: wireQuery<WireQuery<'getOrganization'>>({}, localeFor(context, options)) },
        }),
      ),
    iterate: (query = {}, options = {}) =>
      paginate(
        (cursor) => list({ limit: Math.min(ITERATE_PAGE_SIZE, options.max ?? ITERATE_PAGE_SIZE), ...query, cursor }, options),
        options.max,
      ),
    put: (id, input, options) =>
      transport.call({ shape: 'record', auth: true }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/organizations/{id}', { ...init, params: { path: { tenant, id } }, body: wireBody<WireBody<'putOrganization'>>(input) }),
      ),
    delete: async (id, options) => {
      await transport.call({ shape: 'empty', auth: true }, options, (init) =>
        transport.api.DELETE('/v1/{tenant}/organizations/{id}', { ...init, params: { path: { tenant, id } } }),
      );
    },
  };
}
