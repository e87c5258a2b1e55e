/// <reference types="mocha" />
/**
 * A keyboard-only reader (real key presses) walks the month grid (APG grid:
 * arrows, Home/End, PageUp/PageDown), opens a day with Enter, opens an event,
 * closes the dialog with Escape and lands back where it was.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderCalendar, settled, shadow, tabUntil, useScenario, waitFor } from './support.js';

const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
/** The first of the current month (the fixtures are relative to it). */
const month = `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}`;
const day = (d: number) => `${month}-${pad(d)}`;

function active(root: ShadowRoot): HTMLElement | null {
  return root.activeElement as HTMLElement | null;
}

async function press(root: ShadowRoot, key: string, expectedDay: string): Promise<void> {
  await sendKeys({ press: key });
  await waitFor(() => active(root)?.dataset['day'] === expectedDay, `${key} → ${expectedDay} (focus on ${active(root)?.dataset['day']})`);
}

describe('keyboard only in the month grid', function () {
  this.timeout(60_000);
  beforeEach(() => useScenario('calendar'));

  it('walks the grid, opens a day and an event, and returns with Escape', async () => {
    const start = await fixture<HTMLButtonElement>(html`<button>Vor dem Widget</button>`);
    const element = await renderCalendar({}, `initial-date="${day(1)}" view="month"`);
    await settled(element);
    const root = shadow(element);
    start.focus();

    const cell = await tabUntil(root, (el) => el.getAttribute('role') === 'gridcell', 'the month grid');
    expect(cell.dataset['day']).to.equal(day(1));
    expect(root.querySelectorAll('[role="gridcell"][tabindex="0"]').length).to.equal(1);
    // The cell's name says the full date and its number of events.
    expect(cell.textContent).to.match(/\d{4}/);

    await press(root, 'ArrowRight', day(2));
    await press(root, 'ArrowDown', day(9));
    await press(root, 'ArrowLeft', day(8));
    await press(root, 'ArrowUp', day(1));
    const weekday = (new Date(`${day(8)}T12:00:00Z`).getUTCDay() + 6) % 7;
    await press(root, 'ArrowDown', day(8));
    await press(root, 'Home', day(8 - weekday));
    await press(root, 'End', day(8 - weekday + 6));
    await press(root, 'ArrowUp', day(1 - weekday + 6));

    const title = root.querySelector('#period-title')!.textContent;
    await sendKeys({ press: 'PageDown' });
    await waitFor(() => root.querySelector('#period-title')!.textContent !== title, 'next month');
    await waitFor(() => active(root)?.getAttribute('role') === 'gridcell', 'focus stays in the grid');
    await sendKeys({ press: 'PageUp' });
    await waitFor(() => root.querySelector('#period-title')!.textContent === title, 'back to the month');
    await waitFor(() => active(root)?.dataset['day']?.startsWith(month), 'focus back in the month');

    // The hearing is on the 15th.
    for (let i = 0; i < 4 && active(root)?.dataset['day'] !== day(15); i++) {
      const current = Number(active(root)!.dataset['day']!.slice(8));
      await sendKeys({ press: current + 7 <= 15 ? 'ArrowDown' : 'ArrowRight' });
      await waitFor(() => Number(active(root)?.dataset['day']?.slice(8)) !== current, 'moved');
    }
    for (let i = 0; i < 7 && active(root)?.dataset['day'] !== day(15); i++) {
      const current = active(root)?.dataset['day'];
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => active(root)?.dataset['day'] !== current, 'moved right');
    }
    expect(active(root)?.dataset['day']).to.equal(day(15));

    await sendKeys({ press: 'Enter' });
    const panelTitle = await waitFor(() => (active(root)?.id === 'day-panel-title' ? active(root) : null), 'the day panel has focus');
    expect(panelTitle.textContent).to.contain('1 Veranstaltung');
    expect(root.querySelector(`#day-${day(15)}`)!.getAttribute('aria-selected')).to.equal('true');

    const open = await tabUntil(root, (el) => el.matches('.event-open'), 'the event in the day panel');
    expect(open.textContent).to.contain('Anhörung');
    await sendKeys({ press: 'Enter' });
    const dialog = root.querySelector('dialog')!;
    await waitFor(() => dialog.open && active(root)?.id === 'detail-title' && dialog.textContent!.includes('Ratssaal'), 'the dialog with details, title focused');
    expect(dialog.textContent).to.contain('Anmelden bis');

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'dialog closed');
    await waitFor(() => active(root)?.matches('.event-open'), 'focus back on the event');
  });

  it('mirrors the arrow keys right to left in Arabic', async () => {
    const element = await renderCalendar({ locale: 'ar' }, `initial-date="${day(10)}" view="month"`);
    await settled(element);
    const root = shadow(element);
    await waitFor(() => root.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'rtl');
    root.querySelector<HTMLElement>(`#day-${day(10)}`)!.focus();
    await press(root, 'ArrowRight', day(9));
    await press(root, 'ArrowLeft', day(10));
    // The previous-month arrow is mirrored.
    expect(getComputedStyle(root.querySelector('.arrow')!).transform).to.not.equal('none');
  });
});
