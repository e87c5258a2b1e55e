/// <reference types="mocha" />
/**
 * An event that a calendar import keeps in step: the form names its source
 * and warns that the next sync may overwrite a change; a save without the
 * deliberate "change it here anyway" is refused by the API (409
 * imported-event), shown as an actionable error with the input kept; with it,
 * the form sends `Overwrite-Imported: true` and the change is saved.
 */
import { expect } from '@open-wc/testing';
import { recordWriteLog } from '@teilhabe/mocks';
import { clickButton, deepQuery, fill, renderOffice, textOf, waitFor } from './support.js';

const IMPORTED = 'records/events/stadtkalender-lichterfest';

describe('office app: an imported event', function () {
  this.timeout(30_000);
  beforeEach(() => {
    recordWriteLog.length = 0;
  });

  it('names its source, refuses a change until the office chooses to change it anyway, and keeps what was typed', async () => {
    const app = await renderOffice({ signedIn: true, route: IMPORTED });
    const notice = await waitFor(() => deepQuery('.import-source'), 'the import notice');
    expect(textOf(notice)).to.contain('Importiert aus „Veranstaltungskalender der Stadt“');
    expect(textOf(notice)).to.contain('überschreibt der nächste Abgleich');
    expect(deepQuery<HTMLAnchorElement>('.import-source a')!.href).to.equal('https://www.musterkreis.example.de/kalender.ics');
    await expect(app).to.be.accessible();

    await fill('#title-de', 'Lichterfest mit Laternenumzug');
    await clickButton('Speichern');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the refusal');
    expect(textOf(summary)).to.contain('Trotzdem hier ändern');
    expect(deepQuery<HTMLInputElement>('#title-de')!.value, 'the input is kept').to.equal('Lichterfest mit Laternenumzug');
    expect(recordWriteLog).to.have.length(1);
    await expect(app).to.be.accessible();

    deepQuery<HTMLInputElement>('#overwrite-imported')!.click();
    await clickButton('Speichern');
    await waitFor(() => textOf(deepQuery('.banner[role="status"]')).includes('gespeichert'), 'saved');
    expect(recordWriteLog).to.have.length(2);
    expect((recordWriteLog[1]!.body.title as { de: string }).de).to.equal('Lichterfest mit Laternenumzug');
    expect(deepQuery('.import-source'), 'still imported after the save').to.not.equal(null);
  });

  it('shows no notice on an event entered by hand', async () => {
    await renderOffice({ signedIn: true, route: 'records/events/elterncafe' });
    await waitFor(() => deepQuery<HTMLInputElement>('#start')?.value === '08.01.2030', 'the event form');
    expect(deepQuery('.import-source')).to.equal(null);
  });
});
