/// <reference types="mocha" />
/**
 * Headings (WCAG 1.3.1) follow `heading-level`: for each level 2–5 every
 * widget's headings start at that level and never skip one, in every state a
 * person walks through (the directory and the calendar with an active filter,
 * room booking from the search over the room and its week to the error
 * summary and the confirmation, the funding finder's questionnaire, results,
 * list and programme detail). Dialogs start their own outline and are left out.
 */
import { expect } from '@open-wc/testing';
import { eventScenarios, fundingScenarios, roomScenarios, scenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/room-booking/define.js';
import '../../../packages/components/src/funding-finder/define.js';
import type { TkRoomBooking } from '../../../packages/components/src/room-booking/room-booking.component.js';
import { fillValidRequest } from '../room-booking/support.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

function headingLevels(root: ShadowRoot): number[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((heading) => !heading.closest('dialog'))
    .map((heading) => Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)));
}

function skips(levels: number[]): string[] {
  return levels.flatMap((level, index) => (index > 0 && level > levels[index - 1]! + 1 ? [`${levels[index - 1]} → ${level}`] : []));
}

function expectOutline(root: ShadowRoot, level: number, state: string): void {
  const levels = headingLevels(root);
  expect(levels[0], `${state}: the first heading`).to.equal(level);
  expect(Math.min(...levels), `${state}: no heading above the widget`).to.equal(level);
  expect(skips(levels), `${state}: skipped levels in ${levels.join(' ')}`).to.deep.equal([]);
}

const click = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)!.click();

/** Each flow renders one widget and checks the outline at every state it reaches. */
interface Flow {
  name: string;
  tag: string;
  handlers: () => Parameters<typeof mockHandlers>[0];
  attributes: string;
  walk: (element: HTMLElement, check: (state: string) => void) => Promise<void>;
}

async function withActiveFilter(root: ShadowRoot, rendered: string, option = '.filter-option input'): Promise<void> {
  await waitFor(() => root.querySelector(rendered), 'results');
  (await waitFor(() => root.querySelector<HTMLInputElement>(option), 'a filter option')).click();
  await waitFor(() => root.querySelector('#chips-heading'), 'the active filter');
  await waitFor(() => root.querySelector(rendered), 'results after filtering');
}

const flows: Flow[] = [
  {
    name: 'tk-mo-directory with an active filter',
    tag: 'tk-mo-directory',
    handlers: () => scenarios.directory(),
    attributes: '',
    walk: async (element, check) => {
      await withActiveFilter(shadow(element), '.card-open');
      check('the filtered list');
    },
  },
  {
    name: 'tk-event-calendar with an active filter',
    tag: 'tk-event-calendar',
    handlers: () => eventScenarios.calendar(),
    attributes: 'view="list"',
    walk: async (element, check) => {
      await withActiveFilter(shadow(element), '.event-item');
      check('the filtered list');
    },
  },
  {
    name: 'tk-room-booking from the search to the confirmation',
    tag: 'tk-room-booking',
    handlers: () => roomScenarios.rooms(),
    attributes: '',
    walk: async (element, check) => {
      const root = shadow(element);
      await waitFor(() => root.querySelector('.room-card'), 'the rooms');
      check('the search with its rooms');
      click(root, '.room-open');
      await waitFor(() => root.querySelector('.week-grid .week-head[role="heading"]') && root.querySelector('#form-date'), 'the room with its week');
      check('the room, its week and the form');
      click(root, 'button[type="submit"]');
      await waitFor(() => root.querySelector('.error-summary'), 'the error summary');
      check('the form with its error summary');
      await fillValidRequest(element as TkRoomBooking);
      click(root, 'button[type="submit"]');
      await waitFor(() => root.querySelector('.success'), 'the confirmation', 15_000);
      check('the confirmation');
    },
  },
  {
    name: 'tk-funding-finder through the questionnaire to the results',
    tag: 'tk-funding-finder',
    handlers: () => fundingScenarios.funding(),
    attributes: '',
    walk: async (element, check) => {
      const root = shadow(element);
      await waitFor(() => root.querySelector('.choice input[id^="step-applicantKind-migrant"]'), 'the first step');
      check('the first question');
      while (!root.querySelector('#results-heading')) {
        const step = root.querySelector<HTMLElement>('form.step')!.dataset['step'];
        click(root, '#step-unknown');
        await waitFor(() => root.querySelector('#results-heading') || root.querySelector<HTMLElement>('form.step')?.dataset['step'] !== step, 'the next step');
      }
      await waitFor(() => root.querySelector('article[data-fit]'), 'the ranked results');
      check('the ranked results');
    },
  },
  {
    name: 'tk-funding-finder list with a filter and a programme',
    tag: 'tk-funding-finder',
    handlers: () => fundingScenarios.funding(),
    attributes: 'mode="browse"',
    walk: async (element, check) => {
      const root = shadow(element);
      await withActiveFilter(root, '[data-open]', '.filter-options input[type="checkbox"]');
      check('the filtered list');
      click(root, '[data-open]');
      await waitFor(() => root.querySelector('.detail-section-title'), 'the programme');
      check('the programme');
    },
  },
];

describe('headings are relative to heading-level, without skipped levels', function () {
  this.timeout(60_000);
  for (const flow of flows) {
    for (const level of [2, 3, 4, 5]) {
      it(`${flow.name} at heading-level ${level}`, async () => {
        await mockHandlers(flow.handlers());
        const element = await renderWidget<HTMLElement>(flow.tag, { locale: 'de' }, `heading-level="${level}" ${flow.attributes}`, { withoutUrlState: true });
        await flow.walk(element, (state) => expectOutline(shadow(element), level, state));
      });
    }
  }
});
