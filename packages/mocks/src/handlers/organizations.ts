import { http, HttpResponse } from 'msw';
import type { FacetCount, ListResponse, Organization, OrganizationSummary } from '@teilhabe/sdk';
import { organizationFixtures, toOrganization, toSummary, type OrganizationFixture } from '../fixtures/organizations.js';
import { germanLabel } from '../fixtures/taxonomies.js';
import { API, codeList, problem, requestLocale } from './common.js';

const FACETS = [
  ['topic', 'topics'],
  ['type', 'types'],
  ['language', 'languages'],
  ['area', 'areas'],
  ['offer', 'offers'],
] as const;
type FacetKey = (typeof FACETS)[number][0];

const fold = (text: string) => text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');

/** Search text and sort order are computed once per fixture list (10,000 records stay fast). */
const prepared = new WeakMap<readonly OrganizationFixture[], { sorted: OrganizationFixture[]; text: Map<string, string> }>();
function prepare(all: readonly OrganizationFixture[]) {
  let entry = prepared.get(all);
  if (!entry) {
    const collator = new Intl.Collator('de');
    const sorted = [...all].sort((a, b) => collator.compare(a.name, b.name));
    const text = new Map(
      all.map((fixture) => [
        fixture.id,
        fold(
          [
            fixture.name,
            ...Object.values(fixture.shortDescription),
            fixture.description.de,
            ...fixture.offers.map((code) => germanLabel('offers', code)),
            ...fixture.topics.map((code) => germanLabel('topics', code)),
          ].join(' '),
        ),
      ]),
    );
    entry = { sorted, text };
    prepared.set(all, entry);
  }
  return entry;
}

/**
 * Searches like the server: every word of `q` must occur; codes within one
 * filter are alternatives, different filters must all hold; each facet counts
 * under the other active filters.
 */
export function searchOrganizations(all: readonly OrganizationFixture[], url: URL) {
  const { sorted, text } = prepare(all);
  const words = fold(url.searchParams.get('q') ?? '').split(/\s+/).filter(Boolean);
  const filters = Object.fromEntries(FACETS.map(([key]) => [key, codeList(url, key)])) as Record<FacetKey, string[]>;
  const matchesText = sorted.filter((fixture) => words.every((word) => text.get(fixture.id)!.includes(word)));
  const holds = (fixture: OrganizationFixture, except?: FacetKey) =>
    FACETS.every(([key, field]) => key === except || filters[key].length === 0 || fixture[field].some((code) => filters[key].includes(code)));
  const matches = matchesText.filter((fixture) => holds(fixture));
  const facets: Record<string, FacetCount[]> = {};
  for (const [key, field] of FACETS) {
    const counts = new Map<string, number>();
    for (const fixture of matchesText) {
      if (!holds(fixture, key)) continue;
      for (const code of fixture[field]) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    facets[key] = [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
  }
  return { matches, facets };
}

/** Handlers for `/organizations` and `/organizations/{id}` over a fixture list. */
export function organizationHandlers(all: readonly OrganizationFixture[] = organizationFixtures) {
  return [
    http.get(`${API}/organizations`, ({ request }) => {
      const url = new URL(request.url);
      const locale = requestLocale(request);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        return problem(400, 'Die Anfrage enthält einen fehlerhaften Parameter.', {
          errors: [{ path: 'limit', code: 'too_big', message: 'limit must be between 1 and 100' }],
        });
      }
      const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
      const { matches, facets } = searchOrganizations(all, url);
      const page = matches.slice(offset, offset + limit);
      const body: ListResponse<OrganizationSummary> = {
        data: page.map((fixture) => toSummary(fixture, locale)),
        meta: {
          total: matches.length,
          nextCursor: offset + limit < matches.length ? String(offset + limit) : null,
          facets,
          locale,
        },
      };
      return HttpResponse.json(body);
    }),
    http.get(`${API}/organizations/:id`, ({ request, params }) => {
      const fixture = all.find((candidate) => candidate.id === params['id']);
      if (!fixture) return problem(404, 'Diese Organisation gibt es nicht.');
      return HttpResponse.json<{ data: Organization }>({ data: toOrganization(fixture, requestLocale(request), all) });
    }),
  ];
}
