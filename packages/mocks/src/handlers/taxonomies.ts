import { http, HttpResponse } from 'msw';
import type { ListResponse, TaxonomyTerm, Tenant } from '@teilhabe/sdk';
import { taxonomyFixtures, taxonomyTerms } from '../fixtures/taxonomies.js';
import { API, problem, requestLocale } from './common.js';

/** The demo tenant, as `/v1/tenants` lists it (the widgets read its time zone). */
const musterkreis: Tenant = { id: 'musterkreis', name: 'Landkreis Musterkreis', defaultLocale: 'de', locales: ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'], timeZone: 'Europe/Berlin', emailNotifications: true };

/**
 * What every widget asks for besides its own data: `/taxonomies/{name}`
 * (taxonomies without fixtures answer with an empty list) and `/v1/tenants`.
 */
export function taxonomyHandlers() {
  return [
    http.get('*/v1/tenants', () => HttpResponse.json<{ data: Tenant[] }>({ data: [musterkreis] })),
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
