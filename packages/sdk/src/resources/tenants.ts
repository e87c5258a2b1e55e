/** `client.tenants` and `client.taxonomies`: who the server holds data for, and their code lists. */
import type { CallOptions } from '../transport.js';
import type { ListResponse, TaxonomyName, TaxonomyTerm, Tenant } from '../types.js';
import { type ResourceContext, type WireQuery, localeFor, wireQuery } from './context.js';

export interface TenantsResource {
  /** The municipalities and districts this server holds data for. */
  list(options?: CallOptions): Promise<{ data: Tenant[] }>;
}

export interface TaxonomiesResource {
  /**
   * The terms of one taxonomy (topics, areas, equipment, …) in display order,
   * labelled in the client's locale. Use them for filter chips and to label codes.
   */
  get(name: TaxonomyName, options?: CallOptions): Promise<ListResponse<TaxonomyTerm>>;
}

export function tenantsResource({ transport }: ResourceContext): TenantsResource {
  return {
    list: (options) => transport.call({ shape: 'items' }, options, (init) => transport.api.GET('/v1/tenants', init)),
  };
}

export function taxonomiesResource(context: ResourceContext): TaxonomiesResource {
  const { transport, tenant } = context;
  return {
    get: (name, options) =>
      transport.call({ shape: 'list' }, options, (init) =>
        transport.api.GET('/v1/{tenant}/taxonomies/{name}', {
          ...init,
          params: { path: { tenant, name }, query: wireQuery<WireQuery<'getTaxonomy'>>({}, localeFor(context, options)) },
        }),
      ),
  };
}
