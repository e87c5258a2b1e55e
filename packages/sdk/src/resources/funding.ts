/** `client.funding`: funding programmes and non-cash support, and the eligibility check. */
import { type IterateOptions, ITERATE_PAGE_SIZE, paginate } from '../pagination.js';
import type { CallOptions } from '../transport.js';
import type {
  ApplicantProfile,
  FundingFeedQuery,
  FundingListQuery,
  FundingMatch,
  FundingMatchQuery,
  FundingMatchResponse,
  FundingProgram,
  FundingProgramInput,
  FundingProgramSummary,
  ListResponse,
  RecordResponse,
} from '../types.js';
import { type FeedUrlOptions, type ResourceContext, type WireBody, type WireQuery, feedUrl, localeFor, wireBody, wireQuery } from './context.js';

export interface FundingResource {
  /** One page of programmes. */
  list(query?: FundingListQuery, options?: CallOptions): Promise<ListResponse<FundingProgramSummary>>;
  /** One programme with steps, documents and the responsible office. */
  get(id: string, options?: CallOptions): Promise<RecordResponse<FundingProgram>>;
  /** Every matching programme, page by page, up to `max` (default 1,000). */
  iterate(query?: Omit<FundingListQuery, 'cursor'>, options?: IterateOptions): AsyncGenerator<FundingProgramSummary, void, undefined>;
  /**
   * The programmes ranked against an applicant profile, best fit first, a
   * page at a time (`limit`, default 20; `meta.nextCursor`), with a verdict
   * (`met`, `not-met`, `unknown`) and a reason per criterion, and in
   * `meta.fits` how many of all of them fit, may fit and do not.
   * Leave out what the user does not know. Nothing of the profile is stored.
   * Not retried automatically: it is a POST without an idempotency key.
   */
  match(profile: ApplicantProfile, query?: FundingMatchQuery, options?: CallOptions): Promise<FundingMatchResponse>;
  /** Every ranked programme, page by page, up to `max` (default 1,000). */
  iterateMatches(profile: ApplicantProfile, query?: Omit<FundingMatchQuery, 'cursor'>, options?: IterateOptions): AsyncGenerator<FundingMatch, void, undefined>;
  /** The URL of the iCalendar feed of the deadlines of the matching programmes. Makes no request. */
  feedUrl(filters?: FundingFeedQuery, options?: FeedUrlOptions): string;
  /** Creates or replaces a programme (needs the client's editor `token`). */
  put(id: string, input: FundingProgramInput, options?: CallOptions): Promise<RecordResponse<FundingProgram>>;
  /** Removes a programme (needs the client's editor `token`). */
  delete(id: string, options?: CallOptions): Promise<void>;
}

export function fundingResource(context: ResourceContext): FundingResource {
  const { transport, tenant } = context;
  const list: FundingResource['list'] = (query, options) =>
    transport.call({ shape: 'list' }, options, (init) =>
      transport.api.GET('/v1/{tenant}/funding-programs', {
        ...init,
        params: { path: { tenant }, query: wireQuery<WireQuery<'listFundingPrograms'>>(query, localeFor(context, options)) },
      }),
    );

  const match: FundingResource['match'] = (profile, query, options) =>
    transport.call({ shape: 'list', noStore: true }, options, (init) =>
      transport.api.POST('/v1/{tenant}/funding-programs/match', {
        ...init,
        params: { path: { tenant }, query: wireQuery<WireQuery<'matchFundingPrograms'>>(query, localeFor(context, options)) },
        body: profile,
      }),
    );

  return {
    list,
    get: (id, options) =>
      transport.call({ shape: 'record' }, options, (init) =>
        transport.api.GET('/v1/{tenant}/funding-programs/{id}', {
          ...init,
          params: { path: { tenant, id }, query: wireQuery<WireQuery<'getFundingProgram'>>({}, localeFor(context, options)) },
        }),
      ),
    iterate: (query = {}, options = {}) =>
      paginate(
        (cursor) => list({ limit: Math.min(ITERATE_PAGE_SIZE, options.max ?? ITERATE_PAGE_SIZE), ...query, cursor }, options),
        options.max,
      ),
    match,
    iterateMatches: (profile, query = {}, options = {}) =>
      paginate(
        (cursor) => match(profile, { limit: Math.min(ITERATE_PAGE_SIZE, options.max ?? ITERATE_PAGE_SIZE), ...query, cursor }, options),
        options.max,
      ),
    feedUrl: (filters, options) => feedUrl(context, 'funding-programs.ics', filters, options),
    put: (id, input, options) =>
      transport.call({ shape: 'record', auth: true }, options, (init) =>
        transport.api.PUT('/v1/{tenant}/funding-programs/{id}', {
          ...init,
          params: { path: { tenant, id } },
          body: wireBody<WireBody<'putFundingProgram'>>(input),
        }),
      ),
    delete: async (id, options) => {
      await transport.call({ shape: 'empty', auth: true }, options, (init) =>
        transport.api.DELETE('/v1/{tenant}/funding-programs/{id}', { ...init, params: { path: { tenant, id } } }),
      );
    },
  };
}
