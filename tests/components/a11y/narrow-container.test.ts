/// <reference types="mocha" />
/**
 * A 300 px sidebar on a wide screen: the widgets follow their own width
 * (container queries, not the viewport), never scroll sideways, and keep
 * long lists bounded: the calendar's list of a month (about 90 events), the
 * directory's cards and the rooms come a few at a time behind "Weitere … anzeigen".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { eventScenarios, roomScenarios, scenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/room-booking/define.js';
import { mockHandlers, shadow, waitFor } from '../widget-harness.js';

/** A widget in a 300 px column of a wide page. */
async function inSidebar(tag: string, attributes: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div lang="de" style="display: flex; gap: 16px; inline-size: 1200px"><main style="flex: 1">Inhalt</main><aside style="inline-size: 300px; flex: none"></aside></div>`);
  page.querySelector('aside')!.insertAdjacentHTML('beforeend', `<${tag} api-base="${location.origin}" tenant="musterkreis" url-state="none" ${attributes}></${tag}>`);
  return page.querySelector<HTMLElement>(tag)!;
}

function expectNoSidewaysScroll(element: HTMLElement): void {
  const overflowing = [...shadow(element).querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden, dialog:not([open])'))
    .filter((node) => node.getBoundingClientRect().right > element.getBoundingClientRect().right + 1)
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
  expect(overflowing.slice(0, 5), 'boxes wider than the sidebar').to.deep.equal([]);
}

describe('in a 300 px sidebar', function () {
  this.timeout(40_000);

  it('the calendar lists a month ten events at a time', async () => {
    await mockHandlers(eventScenarios.large());
    const element = await inSidebar('tk-event-calendar', '');
    const root = shadow(element);
    await waitFor(() => root.querySelector('.agenda .event-item'), 'the list (the default view in a narrow widget)');
    const more = await waitFor(() => [...root.querySelectorAll<HTMLButtonElement>('[part~="more"]')].find((button) => /Weitere Veranstaltungen/.test(button.textContent!)), 'Weitere Veranstaltungen anzeigen');
    expect(root.querySelectorAll('.event-item').length).to.equal(10);
    more.click();
    await waitFor(() => root.querySelectorAll('.event-item').length === 20, 'ten more');
    expectNoSidewaysScroll(element);
  });

  it('the directory draws eight cards at a time', async () => {
    await mockHandlers(scenarios.large());
    const element = await inSidebar('tk-mo-directory', '');
    const root = shadow(element);
    await waitFor(() => root.querySelector('.card-open'), 'the cards');
    expect(root.querySelectorAll('.card-open').length).to.equal(8);
    root.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitFor(() => root.querySelectorAll('.card-open').length === 16, 'eight more');
    await waitFor(() => root.activeElement === root.querySelectorAll('.card-open')[8], 'focus on the first new card');
    for (let i = 0; i < 2; i++) {
      const count = root.querySelectorAll('.card-open').length;
      root.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await waitFor(() => root.querySelectorAll('.card-open').length === count + 8, 'eight more, loading the next page when needed');
    }
    expectNoSidewaysScroll(element);
  });

  it('room booking draws three rooms at a time; focus goes to the first new one', async () => {
    await mockHandlers(roomScenarios.rooms());
    const element = await inSidebar('tk-room-booking', '');
    const root = shadow(element);
    const rooms = () => root.querySelectorAll<HTMLElement>('.results .room-open');
    await waitFor(() => rooms().length > 0, 'the rooms');
    expect(rooms()).to.have.length(3);
    const more = root.querySelector<HTMLButtonElement>('.more button')!;
    expect(more.textContent!.trim()).to.equal('Weitere Räume anzeigen');
    expect(root.querySelector('.more .hint')!.textContent).to.match(/^3 von \d+ angezeigt$/);
    const total = Number(/von (\d+)/.exec(root.querySelector('.more .hint')!.textContent!)![1]);
    expect(total).to.be.greaterThan(3);
    more.click();
    await waitFor(() => rooms().length === Math.min(6, total), 'the next rooms');
    await waitFor(() => root.activeElement === rooms()[3], 'focus on the first new room');
    expectNoSidewaysScroll(element);
  });

  it('room booking shows the week as a list and does not scroll sideways', async () => {
    await mockHandlers(roomScenarios.rooms());
    const element = await inSidebar('tk-room-booking', 'room="rathaus-sitzungszimmer"');
    const root = shadow(element);
    await waitFor(() => root.querySelector('.week-list'), 'the week as a list');
    expect(root.querySelector('.week-grid')).to.equal(null);
    expectNoSidewaysScroll(element);
  });
});
