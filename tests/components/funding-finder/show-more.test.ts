/// <reference types="mocha" />
/**
 * Many programmes: the ranking is fetched a page at a time. The list draws
 * the first 20, "Weitere Ergebnisse anzeigen (noch N)" fetches and adds 20
 * more and moves focus to the first new card; the status line still says the
 * total. An answer given in a card re-ranks, and that card stays in view even
 * when it moves past the pages shown.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { fundingFixtures, fundingHandlers, taxonomyHandlers } from '@teilhabe/mocks';
import { answerQuestionnaire, mockApi, rankedCards, renderFinder, shadow, stepReady, waitFor } from './support.js';

// 55 programmes: three pages of 20, the last one short.
const many = Array.from({ length: 5 }, (_, round) =>
  fundingFixtures.map((fixture) => ({ ...fixture, id: `${fixture.id}-${round}`, title: { ...fixture.title, de: `${fixture.title.de} ${round}` } })),
).flat();

/** The query of every match request, in order (the handler only looks, the mocks answer). */
let matchQueries: URLSearchParams[] = [];
const recordMatches = http.post('*/v1/:tenant/funding-programs/match', ({ request }) => {
  matchQueries.push(new URL(request.url).searchParams);
  return undefined;
});

describe('show more ranked results', function () {
  this.timeout(30_000);
  beforeEach(() => {
    matchQueries = [];
    return mockApi([recordMatches, ...fundingHandlers(many), ...taxonomyHandlers()]);
  });

  it('draws 20 at a time, moves focus to the first new card and announces the total', async () => {
    const total = many.length;
    expect(total).to.be.greaterThan(40);
    const element = await renderFinder();
    await stepReady(element);
    const root = shadow(element);
    await answerQuestionnaire(element);
    await waitFor(() => root.querySelector('[role="status"]')!.textContent!.includes('Passt:'), 'the result summary announced');

    expect(rankedCards(element)).to.have.length(20);
    expect(matchQueries.map((query) => [query.get('limit'), query.get('cursor')])).to.deep.equal([['20', null]]);
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
    expect(matchQueries.map((query) => query.get('cursor'))).to.deep.equal([null, '20', '40']);
  });

  it('an answer in a card that moves it past the pages shown fetches on until it is in view, and focuses it', async () => {
    const element = await renderFinder();
    await stepReady(element);
    const root = shadow(element);
    await answerQuestionnaire(element, { applicantKind: 'registered-association' });
    // The first card asking what is needed is a counselling programme; "money" makes it ineligible, ranked near the end.
    const question = await waitFor(() => root.querySelector<HTMLButtonElement>('[data-question^="foerderberatung"][data-question$=":needs"]'), 'the counselling programme asking what is needed');
    const programId = question.dataset['question']!.split(':')[0]!;
    question.click();
    await element.updateComplete;
    root.querySelector<HTMLInputElement>(`#inline-${programId}-needs-money`)!.click();
    root.querySelector<HTMLButtonElement>('.inline-form button[type="submit"]')!.click();

    const card = await waitFor(() => root.querySelector(`article[data-program="${programId}"][data-fit="ineligible"]`), 'the re-ranked card');
    const position = rankedCards(element).findIndex((shown) => shown.id === programId);
    expect(position, 'the card moved past the first page').to.be.greaterThan(19);
    expect(rankedCards(element).length % 20 === 0 || rankedCards(element).length === many.length).to.equal(true);
    await waitFor(() => root.activeElement === card.querySelector('.card-open'), 'focus on the re-ranked card');
    expect(matchQueries.at(-1)!.get('through')).to.equal(programId);
  });
});
