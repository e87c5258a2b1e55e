/**
 * `client.taxonomies`: the tenant's code lists (topics, areas, equipment, …).
 * `get` is the public read in one locale; the rest is the office's: every
 * term with all its labels and how many records use it, and writes of one
 * term (role editor).
 */
import type { CallOptions } from '../transport.js';
import type { ListResponse, StoredTaxonomyTerm, TaxonomyName, TaxonomyTerm, TaxonomyTermWrite } from '../types.js';
import { type ResourceContext, type WireBody, type WireQuery, localeFor, wireBody, wireQuery } from './context.js';

type StaffOptions = Omit<CallOptions, 'locale'>;

/** Options of a term write: `version` from the staff read (412 when stale), or `create` to refuse replacing a term (412 `term-exists`). */
export interface TermWriteOptions extends StaffOptions {
  create?: boolean;
}

/** The public read: what every widget needs. */
export interface PublicTaxonomiesResource {
  /**
   * The terms of one taxonomy (topics, areas, equipment, …) in display order,
   * labelled in the client's locale. Use them for filter chips and to label codes.
   */
  get(name: TaxonomyName, options?: CallOptions): Promise<ListResponse<TaxonomyTerm>>;
}

/** The office's side, kept apart so that a widget built from the factories does not ship it. */
export interface TaxonomyTermsResource {
  /** Every term as stored: labels in every locale, `version`, and `usage` (records per kind that use it). */
  terms(name: TaxonomyName, options?: StaffOptions): Promise<{ data: StoredTaxonomyTerm[] }>;
  /** Creates a term (at the end of the list) or replaces its labels. The code never changes. */
  putTerm(name: TaxonomyName, code: string, input: TaxonomyTermWrite, options?: TermWriteOptions): Promise<{ data: StoredTaxonomyTerm }>;
  /** Removes a term no record uses; while records use it, an ApiError 409 `term-in-use` whose problem counts them (`usage`). */
  deleteTerm(name: TaxonomyName, code: string, options?: StaffOptions): Promise<void>;
}

export type TaxonomiesResource = PublicTaxonomiesResource & TaxonomyTermsResource;

export function taxonomiesResource(context: ResourceContext): PublicTaxonomiesResource {
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

export function taxonomyTermsResource({ transport, tenant }: ResourceContext): TaxonomyTermsResource {
  const staff = { auth: true, noStore: true } as const;
  return {
    terms: (name, options) =>
      transport.call({ shape: 'items', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/taxonomies/{name}/terms', { ...init, params: { path: { tenant, name } } })),
    putTerm: (name, code, input, options) =>
      transport.call({ shape: 'record', ...staff, ...(options?.create ? { headers: { 'If-None-Match': '*' } } : {}) }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/taxonomies/{name}/terms/{code}', { ...init, params: { path: { tenant, name, code } }, body: wireBody<WireBody<'putTaxonomyTerm'>>(input) }),
      ),
    deleteTerm: async (name, code, options) => {
      await transport.call({ shape: 'empty', ...staff }, options, (init) => transport.api.DELETE('/v1/{tenant}/taxonomies/{name}/terms/{code}', { ...init, params: { path: { tenant, name, code } } }));
    },
  };
}
