/// <reference types="mocha" />
/**
 * Many programmes: the ranked list draws the first 20, "Weitere Ergebnisse
 * anzeigen (noch N)" adds 20 more and moves focus to the first new card; the
 * status line still says the total.
 */
import { expect } from '@open-wc/testing';
import { fundingFixtures, fundingHandlers, taxonomyHandlers } from '@teilhabe/mocks';
import { mockApi, rankedCards, renderFinder, resultsReady, shadow, stepReady, waitFor } from './support.js';

// 55 programmes: three pages of 20, the last one short.
const many = Array.from({ length: 5 }, (_, round) =>
  fundingFixtures.map((fixture) => ({ ...fixture, id: `${fixture.id}-${round}`, title: { ...fixture.title, de: `${fixture.title.de} ${round}` } })),
).flat();

describe('show more ranked results', function () {
  this.timeout(30_000);
  beforeEach(() => mockApi([...fundingHandlers(many), ...taxonomyHandlers()]));

  it('draws 20 at a time, moves focus to the first new card and announces the total', async () => {
    const total = many.length;
    expect(total).to.be.greaterThan(40);
    const element = await renderFinder();
    await stepReady(element);
    const root = shadow(element);
    for (let i = 0; i < 6; i++) {
      root.querySelector<HTMLButtonElement>('#step-unknown')!.click();
      await element.updateComplete;
    }
    await resultsReady(element);
    await waitFor(() => root.querySelector('[role="status"]')!.textContent!.includes('Passt:'), 'the result summary announced');

    expect(rankedCards(element)).to.have.length(20);
    expect(root.querySelectorAll('.criterion').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('article[data-fit] .criteria').length).to.equal(20);
    expect(root.querySelector('[role="status"]')!.textContent).to.contain(`20 von ${total} angezeigt`);
    const more = root.querySelector<HTMLButtonElement>('#results-more')!;
    expect(more.textContent!.trim()).to.equal(`Weitere Ergebnisse anzeigen (noch ${total - 20})`);

    more.click();
    await waitFor(() => rankedCards(element).length === 40, '40 cards');
    const cards = root.querySelectorAll<HTMLElement>('.card-open');
    await waitFor(() => root.activeElement === cards[20], 'focus on the first new card');
    expect(root.querySelector('[role="status"]')!.textContent).to.contain(`40 von ${total} angezeigt`);
    expect(root.querySelector('#results-more')!.textContent!.trim()).to.equal(`Weitere Ergebnisse anzeigen (noch ${total - 40})`);

    root.querySelector<HTMLButtonElement>('#results-more')!.click();
    await waitFor(() => rankedCards(element).length === total, 'every card');
    await waitFor(() => root.activeElement === root.querySelectorAll('.card-open')[40], 'focus on the first card of the last page');
    expect(root.querySelector('#results-more')).to.equal(null);
  });
});
