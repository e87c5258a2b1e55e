/// <reference types="mocha" />
/**
 * The start page, every state checked with axe: the oldest requests with how
 * long they wait, the failed mails with "send again", the latest changes;
 * each part failing on its own; a quiet day; the outbox hidden from who may
 * not send; English; and from a listed request to its decision by keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@teilhabe/sdk';
import { MOCK_SESSION_SECRET, officeHandlers, outboxRetryLog } from '@teilhabe/mocks';
import type { TkOfficeStart } from '../../packages/office/src/start/start-page.js';
import { mockHandlers } from '../components/widget-harness.js';
import { clickButton, deepActive, deepQuery, deepQueryAll, renderOffice, tabTo, textOf, waitFor } from './support.js';

const texts = (selector: string) => deepQueryAll(selector).map(textOf);

describe('office app: the start page', function () {
  this.timeout(30_000);

  it('lists the oldest requests, the failed mails and the latest changes, each linking to the work', async () => {
    const app = await renderOffice({ signedIn: true });
    await waitFor(() => deepQueryAll('.oldest li').length === 3 && deepQueryAll('.failed-mail').length === 2 && deepQueryAll('.change').length === 4, 'all three parts');
    expect(texts('.oldest li a')).to.deep.equal(['Anfrage von Amina Haddad', 'Anfrage von Leyla Demir', 'Anfrage von Dmytro Koval']);
    expect(texts('.oldest .waited')).to.deep.equal(['Wartet seit 6 Tagen · Konkurrierende Anfrage', 'Wartet seit 2 Tagen', 'Wartet seit 1 Tag · Konkurrierende Anfrage']);
    expect(deepQuery<HTMLAnchorElement>('.oldest li a')!.getAttribute('href')).to.match(/\/office\/bookings\/0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a/);
    const firstMail = textOf(deepQuery('.failed-mail'));
    expect(firstMail).to.contain('Ihre Anfrage für den Großen Saal').and.contain('An amina@example.org').and.contain('550 5.1.1 mailbox unavailable');
    expect(deepQueryAll('.failed-mail')[0]!.querySelector('a')?.getAttribute('href')).to.match(/bookings\/0b6f3a52/);
    expect(deepQueryAll('.failed-mail')[1]!.querySelector('a'), 'an invitation has no booking to go to').to.equal(null);
    expect(texts('.change > p:first-child')).to.deep.equal(['Buchung zugesagt', 'Organisation geändert', 'Veranstaltung importiert', 'Anmeldung']);
    expect(textOf(deepQueryAll('.change .meta')[2]!)).to.match(/^Veranstaltungskalender, 30\.11\.2026, 17:05$/);
    expect(deepQueryAll('.change')[0]!.querySelector('a')?.getAttribute('href')).to.match(/bookings\/0b6f3a52/);
    expect(deepQueryAll('.change')[1]!.querySelector('a')?.getAttribute('href')).to.match(/records\/organizations\/[^/?]+/);
    expect(deepQueryAll('.change')[3]!.querySelector('a'), 'a sign-in is no record to open').to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('sends a failed mail again, says so where the focus goes, and lists it no more', async () => {
    const app = await renderOffice({ signedIn: true });
    await waitFor(() => deepQueryAll('.failed-mail').length === 2, 'the failed mails');
    const before = outboxRetryLog.length;
    deepQueryAll<HTMLButtonElement>('.failed-mail .retry')[1]!.click();
    const notice = await waitFor(() => deepQuery('#mail-notice'), 'the notice');
    expect(textOf(notice)).to.contain('Die Mail ist wieder in der Warteschlange.');
    await waitFor(() => deepActive() === notice, 'focus on the notice');
    expect(outboxRetryLog.slice(before)).to.deep.equal(['8f5b2da1-4c3e-4a7f-9b26-0d1c2e3f4a51']);
    expect(texts('.failed-mail strong')).to.deep.equal(['Ihre Anfrage für den Großen Saal']);
    await expect(app).to.be.accessible();
  });

  it('keeps the other parts when one cannot be loaded, and loads it again on request', async () => {
    const app = await renderOffice({
      signedIn: true,
      outbox: 'error',
      audit: 'error',
    });
    await waitFor(() => textOf(deepQuery('.mails')).includes('Die Mails konnten nicht geladen werden.'), 'the outbox error');
    await waitFor(() => textOf(deepQuery('.changes')).includes('Die Änderungen konnten nicht geladen werden.'), 'the audit error');
    await waitFor(() => deepQueryAll('.oldest li').length === 3, 'the requests all the same');
    await expect(app).to.be.accessible();
  });

  it('says when there is nothing to do', async () => {
    const app = await renderOffice({
      signedIn: true,
      queue: 'empty',
      outbox: 'none',
      audit: 'none',
    });
    await waitFor(() => textOf(deepQuery('.waiting-count')) === 'Zurzeit wartet keine Anfrage.', 'no requests');
    await waitFor(() => textOf(deepQuery('.mails-none')) === 'Alle Mails sind verschickt.', 'no failed mails');
    await waitFor(() => textOf(deepQuery('.changes')).includes('Noch keine Änderungen.'), 'no changes');
    expect(deepQuery('.oldest')).to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('shows the outbox only to who may send again (bookings, admin)', async () => {
    await mockHandlers(officeHandlers());
    const client = createClient({
      baseUrl: location.origin,
      tenant: 'musterkreis',
    }).withToken(MOCK_SESSION_SECRET);
    const page = await fixture<TkOfficeStart>(html`<tk-office-start .client=${client} .roles=${['editor']} .staffName=${'Jonas Weber'}></tk-office-start>`);
    await waitFor(() => deepQueryAll('.change').length === 4, 'the changes');
    expect(page.shadowRoot!.querySelector('.mails')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('reads in English', async () => {
    document.documentElement.lang = 'de';
    const app = await renderOffice({ signedIn: true });
    await clickButton('English');
    await waitFor(() => texts('.change > p:first-child')[0] === 'Booking approved', 'the English changes');
    expect(texts('.oldest .waited')[0]).to.equal('Waiting for 6 days · Competing request');
    expect(textOf(deepQuery('#mails-title'))).to.equal('Mails that did not arrive');
    await expect(app).to.be.accessible();
    await clickButton('Deutsch');
    await waitFor(() => textOf(deepQuery('#mails-title')) === 'Mails, die nicht ankamen', 'German again');
  });

  it('opens a listed request by keyboard, with the focus on its heading', async () => {
    await renderOffice({ signedIn: true });
    await waitFor(() => deepQueryAll('.oldest li').length === 3, 'the oldest requests');
    await tabTo((el) => el.matches('a') && textOf(el) === 'Anfrage von Leyla Demir', 'the request of Leyla Demir');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.matches('h1') && textOf(deepActive()) === 'Anfrage von Leyla Demir', 'focus on the decision heading');
  });
});
