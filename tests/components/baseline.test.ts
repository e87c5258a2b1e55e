/// <reference types="mocha" />
/** The baseline suite for <tk-mo-directory>. */
import { scenarios } from '@teilhabe/mocks';
import '../../packages/components/src/mo-directory/define.js';
import { runWidgetBaselineSuite } from './baseline-suite.js';
import { waitFor } from './widget-harness.js';

const API = '*/v1/:tenant';

runWidgetBaselineSuite({
  tag: 'tk-mo-directory',
  scenarios: {
    handlers: scenarios.directory,
    ready: (root) => root.querySelector('.card-open'),
    title: { de: 'Migrantenorganisationen finden', en: 'Find migrant organisations' },
    requests: [
      { name: 'the list', path: `${API}/organizations`, failed: (root) => root.querySelector('.results-area .state-error'), recovered: (root) => root.querySelector('.card-open') },
      {
        name: 'the taxonomies',
        path: `${API}/taxonomies/:name`,
        failed: (root) => root.querySelector('.taxonomy-notice'),
        recovered: (root) => !root.querySelector('.taxonomy-notice') && root.querySelector('[data-filter-key="topic"]')?.textContent?.includes('Kultur und'),
      },
      {
        name: 'an organisation',
        path: `${API}/organizations/:id`,
        trigger: async (root) => root.querySelector<HTMLButtonElement>('.card-open')!.click(),
        failed: (root) => root.querySelector('dialog .state-error'),
        recovered: (root) => root.querySelector('.detail-section'),
      },
    ],
    hostile: { handlers: scenarios.hostile, shownAsText: (root) => root.textContent?.includes('<img src=x') },
    urlRoundTrip: {
      search: '?tk-topic=culture',
      restored: (root) => root.querySelector('[data-filter="topic:culture"]'),
      change: async (root) => root.querySelector<HTMLButtonElement>('[data-filter="topic:culture"]')!.click(),
      written: (search) => !search.includes('tk-topic'),
    },
    filterChange: {
      notAChange: [
        {
          name: 'opening and closing an organisation',
          act: async (root) => {
            root.querySelector<HTMLButtonElement>('.card-open')!.click();
            await waitFor(() => root.querySelector('.detail-section'), 'the detail');
            root.querySelector<HTMLButtonElement>('dialog .close')!.click();
            await waitFor(() => !root.querySelector<HTMLDialogElement>('dialog')!.open, 'the dialog to close');
          },
        },
      ],
      change: async (root) => root.querySelector<HTMLInputElement>('[data-filter-key="topic"] input')!.click(),
    },
  },
});
