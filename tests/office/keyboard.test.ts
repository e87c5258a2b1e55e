/// <reference types="mocha" />
/**
 * The office's daily path with the keyboard only (real key presses): from
 * the start page to the queue, approve a request; decline one with a
 * standard reason that is then edited. The focus goes where a screen-reader
 * user needs it: the heading of each step, the banner after sending.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { decisionLog } from '@teilhabe/mocks';
import { deepActive, deepQuery, deepQueryAll, renderOffice, tabTo, textOf, waitFor } from './support.js';

const isButton = (label: string) => (el: Element) => el.matches('button, a') && textOf(el) === label;

async function openQueueByKeyboard() {
  await tabTo((el) => el.matches('a') && textOf(el) === 'Buchungsanfragen', 'the queue link');
  await sendKeys({ press: 'Enter' });
  await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
  await waitFor(() => textOf(deepActive()) === 'Buchungsanfragen', 'focus on the queue heading');
}

async function openRequest(name: string) {
  await tabTo((el) => el.matches('a.decide') && textOf(el).includes(name), `the request of ${name}`);
  await sendKeys({ press: 'Enter' });
  await waitFor(() => deepActive()?.matches('h1') && textOf(deepActive()) === `Anfrage von ${name}`, 'focus on the decision heading');
}

async function checkAndSend() {
  await tabTo(isButton('Weiter'), 'Weiter');
  await sendKeys({ press: 'Enter' });
  await waitFor(() => textOf(deepActive()) === 'Prüfen Sie Ihre Entscheidung', 'focus on the check heading');
  await tabTo(isButton('Entscheidung senden'), 'Entscheidung senden');
  await sendKeys({ press: 'Enter' });
  return waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the banner');
}

describe('office app with the keyboard only', function () {
  this.timeout(60_000);

  it('approves a request', async () => {
    await renderOffice({ signedIn: true });
    await openQueueByKeyboard();
    await openRequest('Dmytro Koval');
    await tabTo((el) => el.matches('#choice-confirmed'), 'the first choice');
    await sendKeys({ press: 'Space' });
    expect(deepQuery<HTMLInputElement>('#choice-confirmed')!.checked).to.equal(true);
    const banner = await checkAndSend();
    expect(textOf(banner)).to.contain('Zugesagt: Dmytro Koval').and.contain('bekommt eine E-Mail');
    expect(decisionLog.at(-1)).to.deep.equal({ id: '1c7a4b63-7d2f-4e8f-8b54-2a1f3e4d5c6b', body: { status: 'confirmed' } });
  });

  it('declines a request with a standard reason, edited', async () => {
    await renderOffice({ signedIn: true });
    await openQueueByKeyboard();
    await openRequest('Amina Haddad');
    await tabTo((el) => el.matches('#choice-confirmed'), 'the first choice');
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => deepQuery<HTMLInputElement>('#choice-declined')?.checked, 'decline chosen');
    await waitFor(() => deepQuery('#reason'), 'the reason field');

    await tabTo((el) => el.matches('#reason-taken'), 'the first standard reason');
    await sendKeys({ press: 'Space' });
    const reason = deepQuery<HTMLTextAreaElement>('#reason')!;
    await waitFor(() => reason.value.includes('schon vergeben'), 'the reason filled in');
    await tabTo((el) => el === reason, 'the reason text');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Am 19. Januar ist der Saal frei.' });

    const banner = await checkAndSend();
    expect(textOf(banner)).to.contain('Abgesagt: Amina Haddad');
    const sent = decisionLog.at(-1)!;
    expect(sent.body.status).to.equal('declined');
    expect(sent.body.reason).to.match(/schon vergeben\. .*Am 19\. Januar ist der Saal frei\.$/);
  });
});
