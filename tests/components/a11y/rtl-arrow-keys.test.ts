/// <reference types="mocha" />
/**
 * Keyboard in right to left (real key presses): in ar and fa the month grid
 * and the week grid run from right to left, so ArrowLeft moves to the later
 * day, the one drawn on the left, and ArrowRight back. Checked by date and by
 * where the focused cell sits on the screen.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { eventScenarios, roomScenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/room-booking/define.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
const day = (d: number) => `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(d)}`;

function focused(root: ShadowRoot): HTMLElement {
  return root.activeElement as HTMLElement;
}

describe('arrow keys are mirrored right to left', function () {
  this.timeout(40_000);

  for (const locale of ['ar', 'fa']) {
    it(`the month grid in ${locale}`, async () => {
      await mockHandlers(eventScenarios.calendar());
      // The 10th has a later day in the same week row whatever the weekday (the 11th, unless the 10th is a Sunday: then the 9th is checked).
      const element = await renderWidget<HTMLElement>('tk-event-calendar', { locale }, `initial-date="${day(10)}" view="month"`, { withoutUrlState: true });
      const root = shadow(element);
      await waitFor(() => root.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'right to left');
      const start = await waitFor(() => root.querySelector<HTMLElement>(`#day-${day(10)}`), 'the 10th');
      start.focus();
      const from = start.getBoundingClientRect();
      await sendKeys({ press: 'ArrowLeft' });
      await waitFor(() => focused(root)?.dataset['day'] === day(11), `ArrowLeft → ${day(11)} (focus on ${focused(root)?.dataset['day']})`);
      const later = focused(root).getBoundingClientRect();
      if (later.top === from.top) expect(later.left, 'the later day is drawn on the left').to.be.lessThan(from.left);
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => focused(root)?.dataset['day'] === day(10), 'ArrowRight → back to the 10th');
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => focused(root)?.dataset['day'] === day(9), 'ArrowRight → the 9th');
    });

    it(`the week grid of a room in ${locale}`, async () => {
      await mockHandlers(roomScenarios.rooms());
      const element = await renderWidget<HTMLElement>('tk-room-booking', { locale }, 'room="rathaus-sitzungszimmer"', { withoutUrlState: false });
      const root = shadow(element);
      const grid = await waitFor(() => root.querySelector<HTMLElement>('.week-grid'), 'the week grid');
      await waitFor(() => grid.querySelector('.slot.free'), 'free times');
      expect(getComputedStyle(grid).direction).to.equal('rtl');
      const freeColumns = () => [...root.querySelectorAll('.week-grid .week-day')].filter((column) => column.querySelector('.slot.free'));
      // Late in the week, the current week may have one day with free times left: the next week has a full week of them.
      if (freeColumns().length < 2) {
        // The week bar's buttons: "previous week" (hidden in the current week), then "next week".
        const nextWeek = root.querySelectorAll<HTMLButtonElement>('.week-bar button')[1]!;
        nextWeek.click();
        await waitFor(() => freeColumns().length > 1, 'free times next week');
      }
      const columns = freeColumns();
      expect(columns.length, 'days with free times').to.be.greaterThan(1);
      const first = columns[0]!.querySelector<HTMLElement>('.slot.free')!;
      first.focus();
      await waitFor(() => focused(root) === first, 'the first free time');
      const from = first.getBoundingClientRect();
      const dateOf = (slot: HTMLElement) => slot.dataset['slot']!.split('@')[0]!;
      await sendKeys({ press: 'ArrowLeft' });
      await waitFor(() => focused(root)?.matches('.slot.free') && focused(root) !== first, 'ArrowLeft moves');
      const next = focused(root);
      expect(dateOf(next) > dateOf(first), `ArrowLeft goes to a later day (${dateOf(next)} after ${dateOf(first)})`).to.equal(true);
      expect(next.getBoundingClientRect().left, 'drawn on the left').to.be.lessThan(from.left);
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => focused(root) === first, 'ArrowRight goes back');
    });
  }
});
