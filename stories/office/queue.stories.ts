import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { click, clickButton, deepQuery, deepQueryAll, fill, textOf, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const requests = (n: number) => () => deepQueryAll('.request').length === n;
const queue = at('bookings', requests(3), 'three requests');
const office = (parameters: OfficeStoryParameters) => ({ office: { signedIn: true, ...parameters } });
const until = (check: () => unknown, what: string) => async () => void (await waitFor(check, what));
const heading = (text: string) => () => textOf(deepQuery('h1')) === text;

/** The first request's decision (Amina Haddad, competing with another request for the same evening). */
const decision = then(queue, () => click('a.decide'), until(() => deepQuery('tk-office-decision'), 'the decision'));
/** Declined with a standard reason, up to "check your answers". */
const declineChecked = then(
  decision,
  () => click('#choice-declined'),
  () => click('#reason-taken'),
  () => clickButton('Weiter'),
  until(heading('Prüfen Sie Ihre Entscheidung'), 'the check step'),
);
/** Approved; the banner offers to decline the competing request. */
const approved = then(
  decision,
  () => click('#choice-confirmed'),
  () => clickButton('Weiter'),
  () => clickButton('Entscheidung senden'),
  until(() => textOf(deepQuery('.banner')).includes('1 weitere Anfrage wartet auf dieselbe Zeit.'), 'the banner with the competitor'),
);

const meta = {
  title: 'Office/Buchungsanfragen',
  render: renderOffice,
  parameters: office({}),
  play: queue,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Three waiting requests: two compete for the hall on one evening (highlighted), one is a weekly series. */
export const Waiting: Story = {};
/** Nothing waits. */
export const Empty: Story = { parameters: office({ queue: 'empty' }), play: at('bookings', () => textOf(deepQuery('.count')) === 'Keine Anfrage passt zu den Filtern.', 'the empty queue') };
/** A long queue, 50 at a time with "Weitere Anfragen laden". */
export const LongQueue: Story = { parameters: office({ moreRequests: 120 }), play: at('bookings', requests(50), 'the first page') };
/** Filtered by text. */
export const Filtered: Story = { play: then(queue, () => fill('#filter-q', 'frauencafé'), () => clickButton('Filter anwenden'), until(requests(1), 'one request')) };
/** The decision: approve, decline, or a series date by date; the room's day beside it. */
export const Decision: Story = { play: decision };
/** "Weiter" without a choice: the error summary. */
export const DecisionMissingChoice: Story = { play: then(decision, () => clickButton('Weiter'), until(() => deepQuery('.error-summary'), 'the error summary')) };
/** Declining needs a reason. */
export const DeclineWithoutReason: Story = {
  play: then(decision, () => click('#choice-declined'), () => clickButton('Weiter'), until(() => textOf(deepQuery('.error-summary')).includes('Schreiben Sie der Person, warum Sie absagen'), 'the reason error')),
};
/** Declined with a standard reason (editable): "check your answers" before sending. */
export const DeclineWithReason: Story = { play: declineChecked };
/** Sent: the banner, the queue without the request, the competitor no longer competing. */
export const Declined: Story = { play: then(declineChecked, () => clickButton('Entscheidung senden'), until(() => deepQuery('.banner') && requests(2)(), 'the banner')) };
/** Approved: the banner offers to decline the request that waited for the same time. */
export const ApprovedWithCompeting: Story = { play: approved };
/** Declining the competing requests in one step, with one reason. */
export const DeclineCompeting: Story = { play: then(approved, () => clickButton('Diese Anfragen absagen'), until(() => deepQuery('.competing-list'), 'the competing requests')) };
/** A series decided date by date. */
export const SeriesByDate: Story = {
  play: then(
    queue,
    async () => deepQueryAll<HTMLAnchorElement>('a.decide')[1]!.click(),
    () => click('#choice-by-date'),
    () => click('#date-2027-01-21-declined'),
    () => fill('#reason', 'An diesem Tag ist das Haus geschlossen.'),
  ),
};
/** The room was taken meanwhile (409): the decision says so. */
export const Conflict: Story = {
  parameters: office({ decide: 'conflict' }),
  play: then(
    decision,
    () => click('#choice-confirmed'),
    () => clickButton('Weiter'),
    () => clickButton('Entscheidung senden'),
    until(() => textOf(deepQuery('.error-summary')).includes('schon vergeben'), 'the conflict'),
  ),
};
/** In English. */
export const English: Story = { ...inEnglish };
/** The decision in English. */
export const EnglishDecision: Story = { ...inEnglish, play: decision };
