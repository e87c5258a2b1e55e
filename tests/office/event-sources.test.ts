/// <reference types="mocha" />
/**
 * Calendar imports: the list with address, interval, last sync and a failed
 * last attempt shown clearly; "sync now" with its outcome announced; adding
 * (errors GOV.UK style, nothing cleared), changing in place, removing after
 * a question; every state checked with axe; reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { eventSourceLog } from '@teilhabe/mocks';
import { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, textOf, waitFor } from './support.js';

const sources = () => deepQueryAll('li.source');
const outcome = () => textOf(deepQuery('#sync-outcome'));

async function openSources(options: Parameters<typeof renderOffice>[0] = {}) {
  const app = await renderOffice({ signedIn: true, route: 'event-sources', ...options });
  await waitFor(() => sources().length === 2, 'the two calendars');
  return app;
}

describe('office app: calendar imports', function () {
  this.timeout(60_000);

  it('lists each calendar with its address, interval and last sync, a failed attempt shown clearly', async () => {
    const app = await openSources();
    expect(deepQueryAll('nav a').map(textOf)).to.include('Kalender-Importe');
    const [city, courses] = sources().map(textOf);
    expect(city).to.contain('https://www.musterstadt.example/veranstaltungen.ics').and.contain('jede Stunde').and.contain('2 neu, 1 geändert, 0 entfernt, 14 unverändert');
    expect(city).to.not.contain('fehlgeschlagen');
    expect(courses).to.contain('jeden Tag').and.contain('Der letzte Abgleich ist fehlgeschlagen: Der Kalender antwortete mit 404 Not Found.');
    await expect(app).to.be.accessible();
  });

  it('says when the list cannot be loaded, with a retry', async () => {
    const app = await renderOffice({ signedIn: true, route: 'event-sources', eventSourceFailure: 'load' });
    await waitFor(() => deepQueryAll('p').some((p) => textOf(p) === 'Die Kalender konnten nicht geladen werden.'), 'the error state');
    expect(deepQueryAll('button').map(textOf)).to.include('Erneut versuchen');
    await expect(app).to.be.accessible();
  });

  it('syncs now and announces the outcome, a failure with its reason', async () => {
    const app = await openSources();
    await clickButton('Jetzt abgleichen – Veranstaltungskalender der Stadt Musterstadt');
    await waitFor(() => outcome().startsWith('Abgleich von'), 'the outcome');
    expect(outcome()).to.equal('Abgleich von „Veranstaltungskalender der Stadt Musterstadt“ fertig: 1 neu, 0 geändert, 2 entfernt, 15 unverändert.');
    expect(deepQuery('#sync-outcome')!.getAttribute('role')).to.equal('status');
    await clickButton('Jetzt abgleichen – Kurse der Volkshochschule');
    await waitFor(() => outcome().includes('fehlgeschlagen'), 'the failure');
    expect(outcome()).to.equal('Der Abgleich von „Kurse der Volkshochschule“ ist fehlgeschlagen: Der Kalender antwortete mit 404 Not Found.');
    await expect(app).to.be.accessible();
  });

  it('says when a sync is running already', async () => {
    await openSources({ eventSourceFailure: 'running' });
    await clickButton('Jetzt abgleichen – Kurse der Volkshochschule');
    await waitFor(() => outcome().includes('gerade schon'), 'the running sync');
  });

  it('adds a calendar; missing fields are named and nothing typed is lost', async () => {
    const app = await openSources();
    await fill('#name', 'Kalender des Jugendzentrums');
    await click('button.save');
    await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    const summary = textOf(deepQuery('.error-summary'));
    expect(summary).to.contain('Geben Sie eine Kennung aus Kleinbuchstaben').and.contain('Geben Sie die Adresse des Kalenders an, beginnend mit https://').and.not.contain('Namen');
    expect(deepQuery<HTMLInputElement>('#name')!.value).to.equal('Kalender des Jugendzentrums');
    await expect(app).to.be.accessible();

    await fill('#id', 'jugendzentrum');
    await fill('#url', 'https://jz.example/termine.ics');
    const choose = async (id: string, value?: string) => {
      const select = await waitFor(() => deepQuery<HTMLSelectElement>(`select#${id}`), `the choices of ${id}`);
      select.value = value ?? select.options[1]!.value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return select.value;
    };
    await choose('organizerId', 'kulturverein-anadolu');
    const format = await choose('format');
    await click('button.save');
    await waitFor(() => textOf(deepQuery('.banner')).includes('„Kalender des Jugendzentrums“ ist hinzugefügt.'), 'the done banner');
    expect(sources()).to.have.length(3);
    expect(eventSourceLog.at(-1)).to.deep.include({ method: 'PUT', id: 'jugendzentrum' });
    expect(eventSourceLog.at(-1)!.body).to.deep.include({ url: 'https://jz.example/termine.ics', intervalMinutes: 60, format, organizerId: 'kulturverein-anadolu' });
    await expect(app).to.be.accessible();
  });

  it('changes a calendar in place', async () => {
    const app = await openSources();
    await clickButton('Ändern – Kurse der Volkshochschule');
    const form = await waitFor(() => deepQuery('li.source tk-office-event-source-form')?.shadowRoot?.querySelector('form'), 'the form in place');
    expect(form.querySelector('#id')).to.equal(null, 'the identifier stays');
    const interval = form.querySelector<HTMLInputElement>('#intervalMinutes')!;
    expect(interval.value).to.equal('1440');
    interval.value = '120';
    interval.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await expect(app).to.be.accessible();
    form.querySelector<HTMLButtonElement>('button.save')!.click();
    await waitFor(() => textOf(deepQuery('.banner')).includes('„Kurse der Volkshochschule“ ist gespeichert.'), 'the saved banner');
    expect(textOf(sources()[1]!)).to.contain('alle 2 Stunden');
  });

  it('removes a calendar after a question', async () => {
    const app = await openSources();
    await clickButton('Entfernen – Kurse der Volkshochschule');
    await waitFor(() => deepActive()?.id === 'confirm-question', 'the question focused');
    await expect(app).to.be.accessible();
    await clickButton('Ja, entfernen');
    await waitFor(() => textOf(deepQuery('.banner')).includes('„Kurse der Volkshochschule“ ist entfernt.'), 'the done banner');
    expect(sources()).to.have.length(1);
    await expect(app).to.be.accessible();
  });
});

describe('office app: calendar imports at 320 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('shows the list and the form without sideways scrolling', async () => {
    await openSources();
    const overflowing = overflowingElements();
    expect(overflowing).to.deep.equal([]);
  });
});
