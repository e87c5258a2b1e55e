/** `client.tenants`: who the server holds data for (their code lists are in `taxonomies.ts`). */
import type { CallOptions } from '../transport.js';
import type { Tenant } from '../types.js';
import type { ResourceContext } from './context.js';

export interface TenantsResource {
  /** The municipalities and districts this server holds data for. */
  list(options?: CallOptions): Promise<{ data: Tenant[] }>;
}

export function tenantsResource({ transport }: ResourceContext): TenantsResource {
  return {
    list: (options) => transport.call({ shape: 'items' }, options, (init) => transport.api.GET('/v1/tenants', init)),
  };
}
