/// <reference types="mocha" />
/** The baseline suite for <tk-funding-finder> (it fires no tk-filter-change). */
import { fundingFixtures, fundingHandlers, fundingScenarios, taxonomyHandlers } from '@teilhabe/mocks';
import '../../../packages/components/src/funding-finder/define.js';
import { runWidgetBaselineSuite } from '../baseline-suite.js';
import { waitFor } from '../widget-harness.js';

const API = '*/v1/:tenant';
const firstStep = (root: ShadowRoot) => root.querySelector('.choice input[id^="step-applicantKind-migrant"]');
const hostileProgram = { ...fundingFixtures[0]!, id: 'hostile-program', title: { de: '<img src=x onerror="window.__tkInjected=true">Programm' } };

/** Answers every question with "Weiß ich nicht": the last one sends the match. */
async function skipAllQuestions(root: ShadowRoot): Promise<void> {
  while (!root.querySelector('#results-heading')) {
    const step = root.querySelector<HTMLElement>('form.step')!.dataset['step'];
    root.querySelector<HTMLButtonElement>('#step-unknown')!.click();
    await waitFor(() => root.querySelector('#results-heading') || root.querySelector<HTMLElement>('form.step')?.dataset['step'] !== step, 'the next step');
  }
}

runWidgetBaselineSuite({
  tag: 'tk-funding-finder',
  scenarios: {
    handlers: fundingScenarios.funding,
    ready: firstStep,
    title: { de: 'Förderung finden', en: 'Find funding' },
    requests: [
      {
        name: 'the taxonomies',
        path: `${API}/taxonomies/:name`,
        // The first question still offers the applicant kinds, labelled in the UI's own words.
        failed: (root) => (firstStep(root)?.closest('li')?.textContent?.includes('Migrantenorganisation') ? root.querySelector('.taxonomy-notice') : null),
        recovered: (root) => !root.querySelector('.taxonomy-notice') && firstStep(root),
      },
      {
        name: 'the ranking',
        path: `${API}/funding-programs/match`,
        method: 'post',
        trigger: skipAllQuestions,
        failed: (root) => root.querySelector('.main .state-error'),
        recovered: (root) => root.querySelector('article[data-fit]'),
      },
      {
        name: 'the list of programmes',
        path: `${API}/funding-programs`,
        attributes: 'mode="browse"',
        failed: (root) => root.querySelector('.main .state-error'),
        recovered: (root) => root.querySelector('article[data-program]'),
      },
      {
        name: 'a programme',
        path: `${API}/funding-programs/:id`,
        attributes: 'mode="browse"',
        ready: (root) => root.querySelector('article[data-program]'),
        trigger: async (root) => {
          const open = await waitFor(() => root.querySelector<HTMLButtonElement>('[data-open]'), 'a programme to open');
          open.click();
        },
        failed: (root) => root.querySelector('.detail .state-error'),
        recovered: (root) => root.querySelector('.detail #detail-heading') && !root.querySelector('.detail .skeleton-list'),
      },
    ],
    hostile: {
      handlers: () => [...fundingHandlers([hostileProgram, ...fundingFixtures]), ...taxonomyHandlers()],
      attributes: 'mode="browse"',
      shownAsText: (root) => root.textContent?.includes('<img src=x'),
    },
    urlRoundTrip: {
      search: '?tk-funding-mode=browse&tk-funding-kind=micro-grant',
      restored: (root) => root.querySelector('[data-filter="kind:micro-grant"]'),
      change: async (root) => root.querySelector<HTMLButtonElement>('[data-filter="kind:micro-grant"]')!.click(),
      written: (search) => !search.includes('tk-funding-kind'),
    },
  },
});
