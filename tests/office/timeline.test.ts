/// <reference types="mocha" />
/**
 * The room timeline beside a decision: the week of the request with the
 * requests and the confirmed bookings of the room side by side, the
 * competing requests marked in words (not only in colour), a table that
 * screen readers can read, day and week moved through with the keyboard
 * only, and a list per day at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActive, deepQuery, deepQueryAll, overflowingElements, renderOffice, tabTo, textOf, waitFor } from './support.js';

const AMINA = '0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a';
const isButton = (label: string) => (el: Element) => el.matches('button') && textOf(el) === label;
const status = () => textOf(deepQuery('.timeline-status'));
const rows = () => deepQueryAll<HTMLTableRowElement>('.timeline-table tbody tr');
const rowOf = (day: string) => rows().find((row) => textOf(row.querySelector('th')) === day);

async function openDecision() {
  const app = await renderOffice({ signedIn: true, route: `bookings/${AMINA}` });
  await waitFor(() => status().includes('angefragt'), 'the timeline');
  return app;
}

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('office app: room timeline', function () {
  this.timeout(60_000);

  it('shows the week of the request: requests and confirmed bookings side by side, competing ones marked', async () => {
    const app = await openDecision();
    expect(textOf(deepQuery('#timeline-title'))).to.equal('Belegung von Großer Saal');
    expect(status()).to.equal('Mo., 11. Jan. 2027 – So., 17. Jan. 2027: 2 angefragt, 1 zugesagt, 2 in Konkurrenz');
    const headers = deepQueryAll('.timeline-table thead th').map(textOf);
    expect(headers).to.deep.equal(['Tag', 'Zugesagt', 'Angefragt']);
    expect(rows()).to.have.length(7);
    const tuesday = rowOf('Di., 12. Jan.')!;
    expect(tuesday.classList.contains('competing')).to.equal(true);
    const [confirmed, requested] = [...tuesday.querySelectorAll('td')];
    expect(textOf(confirmed!)).to.equal('–nichts');
    const requests = [...requested!.querySelectorAll('li')].map(textOf);
    expect(requests).to.deep.equal(['18:00–21:00 Uhr Arabischer Kulturverein Musterstadt diese Anfrage Konkurrenz', '18:00–21:00 Uhr Ukrainische Elterninitiative Konkurrenz']);
    const wednesday = rowOf('Mi., 13. Jan.')!;
    expect(textOf(wednesday.querySelectorAll('td')[0]!)).to.equal('18:00–20:00 Uhr Georgischer Chor Musterstadt');
    expect(wednesday.classList.contains('competing')).to.equal(false);
    await expect(app).to.be.accessible();
  });

  it('moves through days and weeks with the keyboard only', async () => {
    const app = await openDecision();
    await tabTo(isButton('Nächste Woche'), 'Nächste Woche');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => status().startsWith('Mo., 18. Jan. 2027 – So., 24. Jan. 2027: 0 angefragt, 1 zugesagt'), 'the next week');
    expect(textOf(rowOf('Di., 19. Jan.')!.querySelectorAll('td')[0]!)).to.equal('18:00–22:00 Uhr Integrationsrat Musterkreis');
    expect(deepActive()!.matches('.next')).to.equal(true);

    await tabTo(isButton('Zur Zeit der Anfrage'), 'Zur Zeit der Anfrage');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => status().startsWith('Mo., 11. Jan. 2027'), 'the week of the request again');

    for (let i = 0; i < 8 && !deepActive()?.matches('.view-day'); i++) await shiftTab();
    expect(deepActive()!.matches('.view-day')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => status().startsWith('Di., 12. Jan. 2027: 2 angefragt, 0 zugesagt, 2 in Konkurrenz'), 'the day of the request');
    expect(deepQuery('.view-day')!.getAttribute('aria-pressed')).to.equal('true');
    expect(rows()).to.have.length(1);
    await expect(app).to.be.accessible();

    await tabTo(isButton('Nächster Tag'), 'Nächster Tag');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => status().startsWith('Mi., 13. Jan. 2027: 0 angefragt, 1 zugesagt, 0 in Konkurrenz'), 'the next day');
  });
});

describe('office app: room timeline at 320 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('becomes a list per day without sideways scrolling', async () => {
    await openDecision();
    const table = deepQuery('.timeline-table')!;
    expect(getComputedStyle(table).display).to.equal('none');
    const days = deepQueryAll('.timeline-days > li');
    expect(days).to.have.length(7);
    expect(textOf(days[1]!)).to.contain('Di., 12. Jan.').and.contain('Angefragt: 18:00–21:00 Uhr Arabischer Kulturverein Musterstadt diese Anfrage Konkurrenz');
    expect(textOf(days[2]!)).to.contain('Zugesagt: 18:00–20:00 Uhr Georgischer Chor Musterstadt');
    const overflowing = overflowingElements();
    expect(overflowing).to.deep.equal([]);
  });
});
