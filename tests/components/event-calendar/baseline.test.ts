/// <reference types="mocha" />
/** The baseline suite for <tk-event-calendar>. */
import { eventScenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/event-calendar/define.js';
import { runWidgetBaselineSuite } from '../baseline-suite.js';
import { waitFor } from '../widget-harness.js';

const API = '*/v1/:tenant';
const monthShown = (root: ShadowRoot) => root.querySelector('.month-grid[aria-busy="false"]');

runWidgetBaselineSuite({
  tag: 'tk-event-calendar',
  scenarios: {
    handlers: eventScenarios.calendar,
    attributes: 'view="month"',
    ready: monthShown,
    title: { de: 'Veranstaltungen', en: 'Events' },
    requests: [
      { name: 'the events', path: `${API}/events`, failed: (root) => root.querySelector('.period .state-error'), recovered: monthShown },
      {
        name: 'the taxonomies',
        path: `${API}/taxonomies/:name`,
        failed: (root) => root.querySelector('.taxonomy-notice'),
        recovered: (root) => !root.querySelector('.taxonomy-notice') && monthShown(root),
      },
      {
        name: 'an event',
        path: `${API}/events/:id`,
        trigger: async (root) => {
          const chip = await waitFor(() => root.querySelector<HTMLElement>('.event-chip, .event-open'), 'an event in the month');
          chip.click();
        },
        failed: (root) => root.querySelector('dialog .state-error'),
        recovered: (root) => root.querySelector('dialog #detail-title') && !root.querySelector('dialog .state-error') && !root.querySelector('dialog .skeleton'),
      },
    ],
    hostile: { handlers: eventScenarios.hostile, shownAsText: (root) => root.textContent?.includes('<img src=x') },
    urlRoundTrip: {
      search: '?tk-cal-view=list',
      restored: (root) => root.querySelector('[data-view="list"][aria-pressed="true"]'),
      change: async (root) => root.querySelector<HTMLButtonElement>('[data-view="week"]')!.click(),
      written: (search) => search.includes('tk-cal-view=week'),
    },
    filterChange: {
      notAChange: [
        {
          name: 'the next month',
          act: async (root) => {
            const title = root.querySelector('#period-title')!.textContent;
            [...root.querySelectorAll<HTMLButtonElement>('.period-nav button')].at(-1)!.click();
            await waitFor(() => root.querySelector('#period-title')!.textContent !== title, 'the next month');
            await waitFor(() => monthShown(root), 'the month');
          },
        },
        {
          name: 'an arrow key in the month',
          act: async (root) => {
            const cell = root.querySelector<HTMLElement>('.month-grid [tabindex="0"]')!;
            cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
            await waitFor(() => root.querySelector('.month-grid [tabindex="0"]') !== cell, 'the focus to move');
          },
        },
        { name: 'the week view', act: async (root) => root.querySelector<HTMLButtonElement>('[data-view="week"]')!.click() },
      ],
      change: async (root) => {
        const box = await waitFor(() => root.querySelector<HTMLInputElement>('[data-filter-key="format"] input'), 'a format filter');
        box.click();
      },
    },
  },
});
