/**
 * The data calls `<tk-submit>` makes, over the SDK (a component never calls
 * `fetch` itself). The SDK fetches the proof-of-work challenge and solves it
 * with Web Crypto before it sends the proposal.
 */
import { createConnection, proposalsResource, taxonomiesResource, type ProposalDraft, type TaxonomyTerm } from '@teilhabe/sdk';
import { type ApiCallOptions, type TenantTimeZoneSource, tenantTimeZone } from '../shared/api-options.js';

export type { ProposalDraft, TaxonomyTerm };

/** The taxonomies whose terms the form offers. */
export type SubmitTaxonomy = 'organization-types' | 'topics' | 'event-formats';

export interface SubmitApi extends TenantTimeZoneSource {
  getTaxonomy(name: SubmitTaxonomy, options: ApiCallOptions): Promise<TaxonomyTerm[]>;
  /** Sends a proposal; resolves once the server received it. */
  submit(draft: ProposalDraft, options: { signal?: AbortSignal }): Promise<void>;
}

export function createSubmitApi(baseUrl: string, tenant: string): SubmitApi {
  // Retries would solve and spend a second proof of work; a failed send is retried by the person instead.
  const connection = createConnection({ baseUrl, tenant, retries: 0, timeoutMs: 60_000 });
  const taxonomies = taxonomiesResource(connection);
  const proposals = proposalsResource(connection);
  return {
    getTimeZone: tenantTimeZone(connection),
    getTaxonomy: async (name, { locale, signal }) => (await taxonomies.get(name, { locale, signal })).data,
    submit: (draft, { signal }) => proposals.submit(draft, { signal }),
  };
}
