import { http, HttpResponse } from 'msw';
import type { ListResponse, TaxonomyTerm } from '@teilhabe/sdk';
import { taxonomyFixtures, taxonomyTerms } from '../fixtures/taxonomies.js';
import { API, problem, requestLocale } from './common.js';

/** Handlers for `/taxonomies/{name}`. Taxonomies without fixtures answer with an empty list. */
export function taxonomyHandlers() {
  return [
    http.get(`${API}/taxonomies/:name`, ({ request, params }) => {
      const name = String(params['name']);
      const known = ['topics', 'organization-types', 'offers', 'equipment', 'accessibility', 'event-formats', 'funding-kinds', 'applicant-kinds', 'areas'];
      if (!known.includes(name)) return problem(404, 'Diese Liste gibt es nicht.');
      const locale = requestLocale(request);
      const data = taxonomyFixtures[name] ? taxonomyTerms(name, locale) : [];
      return HttpResponse.json<ListResponse<TaxonomyTerm>>({ data, meta: { total: data.length, nextCursor: null, locale } });
    }),
  ];
}
