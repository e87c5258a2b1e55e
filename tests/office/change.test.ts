/// <reference types="mocha" />
/**
 * Approving with another time or room: the fields start as requested, bad
 * times are named in the error summary, the check step shows the change and
 * the API gets it as instants in the tenant's zone; an untouched change
 * sends none; a series is decided date by date instead. Every state with axe.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { decisionLog } from '@teilhabe/mocks';
import { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, renderOffice, tabTo, textOf, waitFor } from './support.js';

async function openRequest(index: number) {
  await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
  deepQueryAll<HTMLAnchorElement>('a.decide')[index]!.click();
  await waitFor(() => deepQuery('#choice-confirmed'), 'the decision form');
}

async function choose(selector: string, value: string) {
  const select = await waitFor(() => deepQuery<HTMLSelectElement>(selector), selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('office app: approving with another time or room', function () {
  this.timeout(30_000);

  it('checks the new times, shows the change and sends it', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings' });
    await openRequest(0);
    await click('#choice-confirmed');
    await click('#change-toggle');
    await waitFor(() => deepQuery('#change-date'), 'the change fields');
    expect([deepQuery<HTMLInputElement>('#change-date')!.value, deepQuery<HTMLInputElement>('#change-from')!.value, deepQuery<HTMLInputElement>('#change-to')!.value]).to.deep.equal([
      '2027-01-12',
      '18:00',
      '21:00',
    ]);
    expect(deepQuery<HTMLSelectElement>('#change-room')!.value).to.equal('saal-rathaus');
    await expect(app).to.be.accessible();

    await fill('#change-to', '17:00');
    await clickButton('Weiter');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Das Ende muss nach dem Beginn liegen');
    expect(deepQuery('#change-to')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepQuery<HTMLInputElement>('#change-from')!.value, 'nothing is cleared').to.equal('18:00');
    await expect(app).to.be.accessible();

    await choose('#change-room', 'gruppenraum');
    await fill('#change-from', '19:00');
    await fill('#change-to', '21:00');
    await clickButton('Weiter');
    await waitFor(() => textOf(deepQuery('h1')) === 'Prüfen Sie Ihre Entscheidung', 'the check step');
    expect(textOf(deepQuery('.changed'))).to.match(/^Geändert auf Gruppenraum 2, .*12\. Jan\. 2027, 19:00\s*–\s*21:00/);
    await expect(app).to.be.accessible();

    await clickButton('Entscheidung senden');
    await waitFor(() => deepQuery('.banner'), 'the banner');
    expect(decisionLog.at(-1)).to.deep.equal({
      id: '0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a',
      body: { status: 'confirmed', change: { roomId: 'gruppenraum', start: '2027-01-12T18:00:00Z', end: '2027-01-12T20:00:00Z' } },
    });
  });

  it('sends no change when the fields stay as requested', async () => {
    await renderOffice({ signedIn: true, route: 'bookings' });
    await openRequest(0);
    await click('#choice-confirmed');
    await click('#change-toggle');
    await clickButton('Weiter');
    await waitFor(() => textOf(deepQuery('h1')) === 'Prüfen Sie Ihre Entscheidung', 'the check step');
    expect(deepQuery('.changed')).to.equal(null);
    await clickButton('Entscheidung senden');
    await waitFor(() => deepQuery('.banner'), 'the banner');
    expect(decisionLog.at(-1)!.body).to.deep.equal({ status: 'confirmed' });
  });

  it('offers no change for a series, which is decided date by date', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings' });
    await openRequest(1);
    await click('#choice-confirmed');
    await waitFor(() => deepQuery<HTMLInputElement>('#choice-confirmed')!.checked, 'approve chosen');
    expect(deepQuery('#change-toggle')).to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('opens the change by keyboard', async () => {
    await renderOffice({ signedIn: true, route: 'bookings' });
    await openRequest(0);
    await tabTo((el) => el.matches('#choice-confirmed'), 'the first choice');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.matches('#change-toggle'), 'the change checkbox');
    await sendKeys({ press: 'Space' });
    await waitFor(() => deepQuery('#change-date'), 'the change fields');
    await tabTo((el) => el.matches('#change-room'), 'the room');
    expect(deepActive()).to.equal(deepQuery('#change-room'));
  });
});
