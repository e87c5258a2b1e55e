/**
 * Ready-made sets of handlers for every state the directory has to show.
 * Storybook stories and browser tests use the same ones, so every story is a
 * test fixture. The other widgets' scenarios live beside their handlers
 * (`roomScenarios`, `eventScenarios`, `fundingScenarios`).
 */
import { delay, http, HttpResponse } from 'msw';
import { generateOrganizations } from './fixtures/generate.js';
import { hostileOrganization, organizationFixtures } from './fixtures/organizations.js';
import { API, problem } from './handlers/common.js';
import { organizationHandlers } from './handlers/organizations.js';
import { taxonomyHandlers } from './handlers/taxonomies.js';

let large: ReturnType<typeof generateOrganizations> | undefined;
/** 10,000 generated organisations, created once per page. */
export function largeDirectory() {
  large ??= generateOrganizations(10_000);
  return large;
}

export const scenarios = {
  /** The demo data: a dozen organisations of the Landkreis Musterkreis. */
  directory: () => [...taxonomyHandlers(), ...organizationHandlers(organizationFixtures)],
  /** 10,000 organisations, to check the widget stays fluid. */
  large: () => [...taxonomyHandlers(), ...organizationHandlers(largeDirectory())],
  /** No organisation at all. */
  empty: () => [...taxonomyHandlers(), ...organizationHandlers([])],
  /** The list never answers: the loading skeleton stays. */
  loadingForever: () => [
    ...taxonomyHandlers(),
    http.get(`${API}/organizations`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  ],
  /** The server fails with 500. */
  serverError: () => [...taxonomyHandlers(), http.get(`${API}/organizations`, () => problem(500, 'Interner Fehler'))],
  /** The server is down for maintenance (503). */
  unavailable: () => [
    ...taxonomyHandlers(),
    http.get(`${API}/organizations`, () => problem(503, 'Wartung')),
  ],
  /** The network is gone. */
  networkError: () => [...taxonomyHandlers(), http.get(`${API}/organizations`, () => HttpResponse.error())],
  /** A record trying to inject markup and unsafe links. */
  hostile: () => [...taxonomyHandlers(), ...organizationHandlers([hostileOrganization, ...organizationFixtures])],
} as const;

export type ScenarioName = keyof typeof scenarios;
