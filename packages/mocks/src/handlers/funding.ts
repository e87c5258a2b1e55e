/**
 * Handlers for `/funding-programs`, `/funding-programs/{id}`,
 * `/funding-programs/match`, the deadlines feed and the two funding
 * taxonomies.
 *
 * The match verdicts come from the server's own pure matching and reason
 * modules (`matchProgram`, `withReason`), imported from the server's source:
 * so a story or a browser test sees exactly the verdicts, reason codes,
 * params and ranking the real API would give for the same programmes and
 * profile, not a hand-written imitation that could drift.
 */
import { delay, http, HttpResponse } from 'msw';
import type { ApplicantProfile, FacetCount, FundingMatchResponse, FundingProgram, FundingProgramSummary, ListResponse, TaxonomyTerm } from '@teilhabe/sdk';
import {
  FUNDING_STATUS_ORDER,
  isSoon,
  matchProgram,
  nextDeadline,
  pageOfRanking,
  rankCandidates,
  reasonLanguageFor,
  withReason,
  withinPresets,
  type LabelOf,
  type MatchPresets,
  type MatchableProgram,
} from '@teilhabe/server/domain';
import { berlinToday, fundingFixtures, toFundingProgram, toFundingSummary, type FundingFixture } from '../fixtures/funding.js';
import { fundingTaxonomyFixtures, fundingTaxonomyTerms } from '../fixtures/funding-taxonomies.js';
import { taxonomyFixtures } from '../fixtures/taxonomies.js';
import { API, codeList, problem, requestLocale } from './common.js';
import { taxonomyHandlers } from './taxonomies.js';

const FACETS = [
  ['kind', (f: FundingFixture) => f.kinds],
  ['topic', (f: FundingFixture) => f.topics],
  ['providerLevel', (f: FundingFixture) => [f.provider.level]],
  ['applicant', (f: FundingFixture) => f.eligibleApplicants],
  ['supportType', (f: FundingFixture) => f.supportTypes],
] as const;

const fold = (text: string) => text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');

/** The programme's side of the matching, as the server builds it from a stored record. */
export function matchableOf(fixture: FundingFixture): MatchableProgram {
  return {
    status: fixture.status,
    eligibleApplicants: fixture.eligibleApplicants,
    seatInAreas: fixture.requirements.seatInAreas,
    topics: fixture.topics,
    supportTypes: fixture.supportTypes,
    amount: fixture.amount,
    deadlines: fixture.deadlines,
    nonProfitRequired: fixture.requirements.nonProfitRequired,
    ownContributionPercent: fixture.requirements.ownContributionPercent,
  };
}

function deadlineMatches(fixture: FundingFixture, filter: string | null, today: string): boolean {
  if (filter === 'open-now') return fixture.status === 'open';
  if (filter === 'soon') return fixture.status !== 'closed' && isSoon(nextDeadline(fixture.deadlines, today), today);
  if (filter === 'none') return fixture.deadlines.kind === 'rolling';
  return true;
}

/** Filters and facets like the server's listing.ts: codes within a filter are alternatives; facets are disjunctive. */
export function searchFunding(all: readonly FundingFixture[], url: URL, today = berlinToday()) {
  const words = fold(url.searchParams.get('q') ?? '').split(/\s+/).filter(Boolean);
  const deadline = url.searchParams.get('deadline');
  const filters = Object.fromEntries(FACETS.map(([key]) => [key, codeList(url, key)])) as Record<string, string[]>;
  const text = (f: FundingFixture) => fold([...Object.values(f.title), ...Object.values(f.summary), f.description.de, f.provider.name].join(' '));
  const byText = all.filter((f) => words.every((word) => text(f).includes(word)) && deadlineMatches(f, deadline, today));
  const holds = (f: FundingFixture, except?: string) =>
    FACETS.every(([key, codes]) => key === except || !filters[key]!.length || codes(f).some((code) => filters[key]!.includes(code)));
  const matches = byText.filter((f) => holds(f));
  if (!words.length) {
    matches.sort(
      (a, b) =>
        FUNDING_STATUS_ORDER[a.status] - FUNDING_STATUS_ORDER[b.status] ||
        (nextDeadline(a.deadlines, today) ?? '9999').localeCompare(nextDeadline(b.deadlines, today) ?? '9999') ||
        a.title.de.localeCompare(b.title.de, 'de'),
    );
  }
  const facets: Record<string, FacetCount[]> = {};
  for (const [key, codes] of FACETS) {
    const counts = new Map<string, number>();
    for (const f of byText) if (holds(f, key)) for (const code of new Set(codes(f))) counts.set(code, (counts.get(code) ?? 0) + 1);
    facets[key] = [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  return { matches, facets };
}

/** Labels for the reasons, in the reason language (German or English), from the mock taxonomies. */
function labelsIn(language: 'de' | 'en'): LabelOf {
  return (taxonomy, code) => {
    const terms = taxonomy === 'applicant-kinds' ? fundingTaxonomyFixtures['applicant-kinds'] : taxonomyFixtures[taxonomy];
    const label = terms?.find((term) => term.code === code)?.label;
    return label?.[language] ?? label?.de ?? code;
  };
}

/** The page of the match a request asks for (the cursor of these mocks is the plain offset). */
export interface MatchPageRequest extends MatchPresets {
  offset?: number;
  limit?: number;
  through?: string | undefined;
}

/**
 * A page of the programmes ranked against a profile, exactly as the server's
 * match route does it (same verdicts, reasons, order, pages and counts).
 */
export function matchFunding(
  all: readonly FundingFixture[],
  profile: ApplicantProfile,
  locale: ReturnType<typeof requestLocale>,
  { offset = 0, limit = 20, ...rest }: MatchPageRequest = {},
  today = berlinToday(),
): FundingMatchResponse {
  const language = reasonLanguageFor(locale);
  const labelOf = labelsIn(language);
  const candidates = all
    .map((fixture) => ({ fixture, program: toFundingSummary(fixture, locale, today) }))
    .filter(({ program }) => withinPresets(program, rest))
    .map(({ fixture, program }) => ({ program, result: matchProgram(matchableOf(fixture), profile, today) }));
  const { page, total, fits, nextOffset } = pageOfRanking(rankCandidates(candidates, locale), { offset, limit, through: rest.through });
  const data = page.map(({ program, result }) => ({
    program,
    fit: result.fit,
    score: result.score,
    criteria: result.criteria.map((verdict) => withReason(verdict, language, labelOf)),
  }));
  return { data, meta: { total, nextCursor: nextOffset === null ? null : String(nextOffset), fits, locale } };
}

/** The page request of a match URL. */
function matchPageOf(url: URL): MatchPageRequest {
  return {
    kind: codeList(url, 'kind'),
    topic: codeList(url, 'topic'),
    providerLevel: codeList(url, 'providerLevel'),
    through: url.searchParams.get('through') ?? undefined,
    offset: Number(url.searchParams.get('cursor') ?? 0) || 0,
    limit: Number(url.searchParams.get('limit') ?? 20) || 20,
  };
}

/** The two funding taxonomies (registered before the general taxonomy handler, so they win). */
export function fundingTaxonomyHandlers() {
  return [
    http.get(`${API}/taxonomies/:name`, ({ request, params }) => {
      const name = String(params['name']);
      if (name !== 'funding-kinds' && name !== 'applicant-kinds') return undefined;
      const locale = requestLocale(request);
      const data = fundingTaxonomyTerms(name, locale);
      return HttpResponse.json<ListResponse<TaxonomyTerm>>({ data, meta: { total: data.length, nextCursor: null, locale } });
    }),
  ];
}

/** Handlers for the funding routes over a list of programmes. */
export function fundingHandlers(all: readonly FundingFixture[] = fundingFixtures) {
  return [
    ...fundingTaxonomyHandlers(),
    http.get(`${API}/funding-programs.ics`, ({ request }) => {
      const url = new URL(request.url);
      const program = url.searchParams.get('program');
      const list = program ? all.filter((f) => f.id === program) : searchFunding(all, url).matches;
      const today = berlinToday();
      const events = list.flatMap((f) => {
        const next = nextDeadline(f.deadlines, today);
        return next ? [`BEGIN:VEVENT\r\nUID:${f.id}-${next}@mock\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:${next.replaceAll('-', '')}\r\nSUMMARY:Frist: ${f.title.de}\r\nEND:VEVENT`] : [];
      });
      const body = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//teilhabe-kit//mocks//DE', ...events, 'END:VCALENDAR'].join('\r\n');
      return new HttpResponse(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
    }),
    http.post(`${API}/funding-programs/match`, async ({ request }) => {
      const profile = (await request.json().catch(() => null)) as ApplicantProfile | null;
      if (!profile || typeof profile !== 'object' || Array.isArray(profile)) return problem(400, 'Die Angaben sind kein JSON-Objekt.');
      return HttpResponse.json(matchFunding(all, profile, requestLocale(request), matchPageOf(new URL(request.url))), { headers: { 'Cache-Control': 'no-store' } });
    }),
    http.get(`${API}/funding-programs`, ({ request }) => {
      const url = new URL(request.url);
      const locale = requestLocale(request);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        return problem(400, 'Die Anfrage enthält einen fehlerhaften Parameter.', { errors: [{ path: 'limit', code: 'too_big', message: 'limit must be between 1 and 100' }] });
      }
      const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
      const { matches, facets } = searchFunding(all, url);
      const body: ListResponse<FundingProgramSummary> = {
        data: matches.slice(offset, offset + limit).map((f) => toFundingSummary(f, locale)),
        meta: { total: matches.length, nextCursor: offset + limit < matches.length ? String(offset + limit) : null, facets, locale },
      };
      return HttpResponse.json(body);
    }),
    http.get(`${API}/funding-programs/:id`, ({ request, params }) => {
      const fixture = all.find((candidate) => candidate.id === params['id']);
      if (!fixture) return problem(404, 'Dieses Förderprogramm gibt es nicht.');
      return HttpResponse.json<{ data: FundingProgram }>({ data: toFundingProgram(fixture, requestLocale(request)) });
    }),
  ];
}

const fundingRoutes = `${API}/funding-programs`;

/** Ready-made handler sets for every state of `<tk-funding-finder>` (stories and tests share them). */
export const fundingScenarios = {
  /** The programmes of the Landkreis Musterkreis. */
  funding: () => [...fundingHandlers(), ...taxonomyHandlers()],
  /** No programme at all. */
  fundingEmpty: () => [...fundingHandlers([]), ...taxonomyHandlers()],
  /** Nothing answers: the loading state stays. */
  fundingLoading: () => [
    ...fundingTaxonomyHandlers(),
    ...taxonomyHandlers(),
    http.get(fundingRoutes, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
    http.post(`${fundingRoutes}/match`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
    http.get(`${fundingRoutes}/:id`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  ],
  /** The server fails with 500 on the list, the match and the details. */
  fundingError: () => [
    ...fundingTaxonomyHandlers(),
    ...taxonomyHandlers(),
    http.get(fundingRoutes, () => problem(500, 'Interner Fehler')),
    http.post(`${fundingRoutes}/match`, () => problem(500, 'Interner Fehler')),
    http.get(`${fundingRoutes}/:id`, () => problem(500, 'Interner Fehler')),
  ],
  /** The network is gone: the list, the match and the details never arrive (the offline story). */
  fundingNetworkError: () => [
    ...fundingTaxonomyHandlers(),
    ...taxonomyHandlers(),
    http.get(fundingRoutes, () => HttpResponse.error()),
    http.post(`${fundingRoutes}/match`, () => HttpResponse.error()),
    http.get(`${fundingRoutes}/:id`, () => HttpResponse.error()),
  ],
} as const;
