/**
 * The data calls the funding finder makes, as a narrow interface. The default
 * implementation goes through `@teilhabe/sdk` (a component never calls
 * `fetch` itself); a host app or a test can pass its own object as the
 * widget's `api` property.
 */
import {
  createConnection,
  fundingResource,
  taxonomiesResource,
  type ApplicantProfile,
  type CriterionVerdict,
  type FundingFeedQuery,
  type FundingListQuery,
  type FundingMatch,
  type FundingMatchQuery,
  type FundingMatchResponse,
  type FundingProgram,
  type FundingProgramSummary,
  type ListResponse,
  type TaxonomyTerm,
} from '@teilhabe/sdk';
import { type ApiCallOptions, type TenantTimeZoneSource, tenantTimeZone } from '../shared/api-options.js';
import type { UiLocale } from '../localization/index.js';

export type { ApplicantProfile, CriterionVerdict, FundingMatch, FundingMatchQuery, FundingMatchResponse, FundingProgram, FundingProgramSummary, ListResponse, TaxonomyTerm };

/** The taxonomies whose labels the funding finder shows. */
export type FundingTaxonomy = 'funding-kinds' | 'applicant-kinds' | 'topics' | 'areas';

/** The data calls `<tk-funding-finder>` makes. */
export interface FundingApi extends TenantTimeZoneSource {
  listPrograms(query: FundingListQuery, options: ApiCallOptions): Promise<ListResponse<FundingProgramSummary>>;
  getProgram(id: string, options: ApiCallOptions): Promise<FundingProgram>;
  /** A page of the programmes ranked against the profile, within `query`'s presets. The profile is sent with this request only. */
  match(profile: ApplicantProfile, query: FundingMatchQuery, options: ApiCallOptions): Promise<FundingMatchResponse>;
  getTaxonomy(name: FundingTaxonomy, options: ApiCallOptions): Promise<TaxonomyTerm[]>;
  /** The iCalendar URL of the deadlines of the programmes matching `filters` (or of one `program`). Makes no request. */
  feedUrl(filters: FundingFeedQuery, locale: UiLocale): string;
}

/** A {@link FundingApi} over the SDK for one API base URL and tenant. */
export function createFundingApi(baseUrl: string, tenant: string): FundingApi {
  // Only the resources the funding finder reads, so that its bundle carries none of the others.
  const connection = createConnection({ baseUrl, tenant });
  const funding = fundingResource(connection);
  const taxonomies = taxonomiesResource(connection);
  return {
    getTimeZone: tenantTimeZone(connection),
    listPrograms: (query, { locale, signal }) => funding.list(query, { locale, signal }),
    getProgram: async (id, { locale, signal }) => (await funding.get(id, { locale, signal })).data,
    match: (profile, query, { locale, signal }) => funding.match(profile, query, { locale, signal }),
    getTaxonomy: async (name, { locale, signal }) => (await taxonomies.get(name, { locale, signal })).data,
    feedUrl: (filters, locale) => funding.feedUrl(filters, { locale }),
  };
}
