/**
 * The office's taxonomy screen against mocks: every term as stored (labels
 * in every locale, version, usage), creating and renaming a term with the
 * API's rules (German label required, codes as slugs, `If-None-Match: *`,
 * a stale `If-Match` is a 412), and removing one (409 `term-in-use` with the
 * counts while records use it). Each `officeHandlers()` call starts afresh.
 */
import { http, HttpResponse } from 'msw';
import type { Locale, StoredTaxonomyTerm, TaxonomyName, TermUsage } from '@teilhabe/sdk';
import { taxonomyFixtures } from '../fixtures/taxonomies.js';
import { API, problem } from './common.js';

export interface OfficeTaxonomiesOptions {
  /** `load`: the staff read of the terms answers 500. */
  taxonomyFailure?: 'load';
}

/** What the term writes received, newest last (tests read what was sent). */
export const taxonomyWriteLog: Array<{ method: 'PUT' | 'DELETE'; name: string; code: string; headers: Record<string, string>; body?: unknown }> = [];

const SESSION = 'Bearer ses_mock-office-session';
const signedIn = (request: Request) => request.headers.get('authorization') === SESSION;
const NAMES: readonly TaxonomyName[] = ['topics', 'organization-types', 'offers', 'equipment', 'accessibility', 'event-formats', 'funding-kinds', 'applicant-kinds', 'areas'];
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const usage = (fields: Partial<TermUsage> = {}): TermUsage => {
  const counts = { organizations: 0, events: 0, venues: 0, rooms: 0, fundingPrograms: 0, eventSources: 0, ...fields };
  return { ...counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
};

/** Musterstadt is used by three organisations and two events; the other terms by nobody. */
export function storedTermFixtures(): Map<string, StoredTaxonomyTerm[]> {
  return new Map(
    NAMES.map((name) => [
      name,
      (taxonomyFixtures[name] ?? []).map(({ code, label }) => ({
        code,
        label: { ...label, de: label.de ?? code } as StoredTaxonomyTerm['label'],
        machineTranslated: name === 'areas' && code === 'musterstadt' ? (['ar'] as Locale[]) : [],
        version: 1,
        usage: code === 'musterstadt' ? usage({ organizations: 3, events: 2 }) : usage(),
      })),
    ]),
  );
}

const versionOf = (header: string | null) => (header ? Number(/"?(\d+)"?/.exec(header)?.[1]) : undefined);

export function officeTaxonomyHandlers(options: OfficeTaxonomiesOptions = {}) {
  const stored = storedTermFixtures();
  const termsOf = (name: string) => stored.get(name as TaxonomyName);
  return [
    http.get(`${API}/taxonomies/:name/terms`, ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      if (options.taxonomyFailure === 'load') return problem(500, 'Interner Fehler');
      const terms = termsOf(String(params['name']));
      if (!terms) return problem(400, 'No such taxonomy.');
      return HttpResponse.json({ data: terms });
    }),
    http.put(`${API}/taxonomies/:name/terms/:code`, async ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const name = String(params['name']);
      const code = String(params['code']);
      const body = (await request.json()) as { label?: Record<string, string>; machineTranslated?: Locale[] };
      taxonomyWriteLog.push({ method: 'PUT', name, code, headers: Object.fromEntries(request.headers), body });
      const terms = termsOf(name);
      if (!terms) return problem(400, 'No such taxonomy.');
      const errors = [
        ...(CODE.test(code) && code.length <= 60 ? [] : [{ path: 'code', code: 'invalid_string', message: 'a taxonomy code' }]),
        ...(body.label?.de?.trim() ? [] : [{ path: 'label.de', code: 'too_small', message: 'Too small' }]),
      ];
      if (errors.length) return problem(400, 'The request is invalid', { type: '/problems/validation', errors });
      const existing = terms.find((term) => term.code === code);
      if (existing && request.headers.get('if-none-match') === '*') {
        return problem(412, 'Diesen Code gibt es in der Liste schon', { type: '/problems/term-exists', currentVersion: existing.version, current: existing });
      }
      const wanted = versionOf(request.headers.get('if-match'));
      if (existing && wanted !== undefined && wanted !== existing.version) {
        return problem(412, 'Jemand anderes hat den Begriff inzwischen geändert', { type: '/problems/version-conflict', currentVersion: existing.version, current: existing });
      }
      const label = body.label as StoredTaxonomyTerm['label'];
      const term: StoredTaxonomyTerm = { code, label, machineTranslated: body.machineTranslated ?? [], version: (existing?.version ?? 0) + 1, usage: existing?.usage ?? usage() };
      if (existing) terms.splice(terms.indexOf(existing), 1, term);
      else terms.push(term);
      return HttpResponse.json({ data: term }, { headers: { ETag: `"${term.version}"` } });
    }),
    http.delete(`${API}/taxonomies/:name/terms/:code`, ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const name = String(params['name']);
      const code = String(params['code']);
      taxonomyWriteLog.push({ method: 'DELETE', name, code, headers: Object.fromEntries(request.headers) });
      const terms = termsOf(name);
      const existing = terms?.find((term) => term.code === code);
      if (!terms || !existing) return problem(404, 'Term not found');
      if (existing.usage.total > 0) {
        return problem(409, 'Der Begriff wird noch verwendet', { type: '/problems/term-in-use', detail: `${existing.usage.total} Einträge verwenden "${code}".`, usage: existing.usage });
      }
      terms.splice(terms.indexOf(existing), 1);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
