/// <reference types="mocha" />
/**
 * Targets of at least 44 × 44 CSS px (beyond WCAG 2.5.8, as GOV.UK does):
 * every checkbox and radio button with its label (the label fills the row,
 * so the whole row is the target) and every free time of a room's week, as
 * the browser lays them out.
 */
import { expect } from '@open-wc/testing';
import { fundingScenarios, roomScenarios, scenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/room-booking/define.js';
import '../../../packages/components/src/funding-finder/define.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

const MIN = 44;

/** The box a pointer can hit to change a checkbox or radio: the input and its label. */
function choiceTarget(root: ShadowRoot, input: HTMLInputElement): DOMRect {
  const boxes = [input.getBoundingClientRect(), ...[...root.querySelectorAll(`label[for="${CSS.escape(input.id)}"]`)].map((label) => label.getBoundingClientRect())];
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  return new DOMRect(left, top, Math.max(...boxes.map((box) => box.right)) - left, Math.max(...boxes.map((box) => box.bottom)) - top);
}

function tooSmallChoices(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')]
    .filter((input) => input.getClientRects().length > 0)
    .flatMap((input) => {
      const label = root.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      // The label alone must be tall enough: the input's 24 px box is not the row.
      const box = choiceTarget(root, input);
      const labelHeight = label?.getBoundingClientRect().height ?? 0;
      return box.width >= MIN && labelHeight >= MIN - 0.5 ? [] : [`${input.id}: ${Math.round(box.width)} × ${Math.round(labelHeight)}`];
    });
}

async function openAll(root: ShadowRoot): Promise<void> {
  for (const details of root.querySelectorAll('details')) details.open = true;
  await new Promise(requestAnimationFrame);
}

describe('targets are at least 44 × 44 px', function () {
  this.timeout(30_000);

  it('the directory filter checkboxes', async () => {
    await mockHandlers(scenarios.directory());
    const element = await renderWidget<HTMLElement>('tk-mo-directory', { locale: 'de' }, '', { withoutUrlState: true });
    const root = shadow(element);
    await waitFor(() => root.querySelector('.filter-option input') && root.querySelector('.card-open'), 'filters and results');
    await openAll(root);
    expect(tooSmallChoices(root)).to.deep.equal([]);
  });

  it('the funding questionnaire radios and the list filters', async () => {
    await mockHandlers(fundingScenarios.funding());
    const guided = await renderWidget<HTMLElement>('tk-funding-finder', { locale: 'de' }, '', { withoutUrlState: true });
    await waitFor(() => shadow(guided).querySelector('.choice input[type="radio"]'), 'the first question');
    expect(tooSmallChoices(shadow(guided))).to.deep.equal([]);
    guided.remove();
    const browse = await renderWidget<HTMLElement>('tk-funding-finder', { locale: 'de' }, 'mode="browse"', { withoutUrlState: true });
    await waitFor(() => shadow(browse).querySelector('.filter-options input') && shadow(browse).querySelector('[data-open]'), 'the list');
    await openAll(shadow(browse));
    expect(tooSmallChoices(shadow(browse))).to.deep.equal([]);
  });

  it('room booking: the form choices and every free time of the week', async () => {
    await mockHandlers(roomScenarios.rooms());
    const element = await renderWidget<HTMLElement>('tk-room-booking', { locale: 'de' }, 'room="rathaus-sitzungszimmer"', { withoutUrlState: false });
    const root = shadow(element);
    await waitFor(() => root.querySelector('.week-grid .slot.free') && root.querySelector('#form-acceptHouseRules'), 'the week and the form');
    expect(tooSmallChoices(root)).to.deep.equal([]);
    const slots = [...root.querySelectorAll<HTMLElement>('.slot.free')].map((slot) => slot.getBoundingClientRect());
    expect(slots.length).to.be.greaterThan(0);
    const small = slots.filter((box) => box.width < MIN || box.height < MIN - 0.5).map((box) => `${Math.round(box.width)} × ${Math.round(box.height)}`);
    expect(small, 'free times smaller than 44 × 44').to.deep.equal([]);
  });
});
