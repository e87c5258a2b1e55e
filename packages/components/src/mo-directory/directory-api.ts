/**
 * The few data calls the directory makes, as a narrow interface. The default
 * implementation goes through `@teilhabe/sdk` (a component never calls
 * `fetch` itself); a host app that already has a client, or a test, can pass
 * its own object as the widget's `api` property.
 */
import {
  createConnection,
  organizationsResource,
  taxonomiesResource,
  type ListResponse,
  type Organization,
  type OrganizationListQuery,
  type OrganizationSummary,
  type TaxonomyTerm,
} from '@teilhabe/sdk';
import { type ApiCallOptions, type TenantTimeZoneSource, tenantTimeZone } from '../shared/api-options.js';

export type { ListResponse, Organization, OrganizationSummary, TaxonomyTerm };

/** The taxonomies the directory labels its codes with. */
export type DirectoryTaxonomy = 'topics' | 'organization-types' | 'offers' | 'areas';

/** The data calls `<tk-mo-directory>` makes. */
export interface DirectoryApi extends TenantTimeZoneSource {
  listOrganizations(query: OrganizationListQuery, options: ApiCallOptions): Promise<ListResponse<OrganizationSummary>>;
  getOrganization(id: string, options: ApiCallOptions): Promise<Organization>;
  getTaxonomy(name: DirectoryTaxonomy, options: ApiCallOptions): Promise<TaxonomyTerm[]>;
}

/** A {@link DirectoryApi} over the SDK for one API base URL and tenant. */
export function createDirectoryApi(baseUrl: string, tenant: string): DirectoryApi {
  // Only the resources the directory reads, so that its bundle carries none of the others.
  const connection = createConnection({ baseUrl, tenant });
  const organizations = organizationsResource(connection);
  const taxonomies = taxonomiesResource(connection);
  return {
    getTimeZone: tenantTimeZone(connection),
    listOrganizations: (query, { locale, signal }) => organizations.list(query, { locale, signal }),
    getOrganization: async (id, { locale, signal }) => (await organizations.get(id, { locale, signal })).data,
    getTaxonomy: async (name, { locale, signal }) => (await taxonomies.get(name, { locale, signal })).data,
  };
}
