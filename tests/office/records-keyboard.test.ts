/// <reference types="mocha" />
/**
 * Records with the keyboard only (real key presses): from the start page to
 * an organisation, edit its Turkish description and save; from the start
 * page to the stale records, confirm one. The focus goes where a
 * screen-reader user needs it: each screen's heading, the banner after saving.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordWriteLog } from '@teilhabe/mocks';
import { deepActive, deepQuery, deepQueryAll, renderOffice, tabTo, textOf, waitFor } from './support.js';

const isLink = (label: string) => (el: Element) => el.matches('a') && textOf(el) === label;

describe('office records with the keyboard only', function () {
  this.timeout(60_000);
  beforeEach(() => {
    recordWriteLog.length = 0;
  });

  it("edits an organisation's Turkish description and saves it", async () => {
    await renderOffice({ signedIn: true });
    await tabTo(isLink('Einträge'), 'the records link');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.matches('h1') && textOf(deepActive()) === 'Organisationen', 'focus on the list heading');
    await waitFor(() => deepQueryAll('.record-list li').length === 2, 'the organisations');
    await tabTo(isLink('Kulturverein Anadolu'), 'the organisation');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.matches('h1') && textOf(deepActive()) === 'Kulturverein Anadolu', 'focus on the form heading');

    const turkish = await tabTo((el) => el.id === 'description-tr', 'the Turkish description');
    expect(turkish.getAttribute('lang')).to.equal('tr');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Ailelere danışmanlık ve Almanca kursları' });
    expect(textOf(deepQuery('.unsaved'))).to.equal('Ungespeicherte Änderungen');
    await tabTo((el) => el.matches('button.save'), 'Speichern');
    await sendKeys({ press: 'Enter' });
    const banner = await waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the saved banner');
    expect(textOf(banner)).to.contain('Die Änderungen sind gespeichert.');

    const saved = recordWriteLog.at(-1)!;
    expect(saved.ifMatch).to.equal('"3"');
    expect(saved.body.description).to.deep.equal({ de: 'Wir beraten Familien und bieten Deutschkurse an.', tr: 'Ailelere danışmanlık ve Almanca kursları', en: 'We advise families and offer German courses.' });
    expect(saved.body.officeHours, 'fields the form does not show are sent back as they were').to.deep.equal([{ weekday: 2, opens: '10:00', closes: '14:00' }]);
    expect(deepQuery('.unsaved')).to.equal(null);
  });

  it('confirms a stale record', async () => {
    await renderOffice({ signedIn: true });
    await waitFor(() => deepQuery('.stale-count'), 'the stale count');
    await tabTo(isLink('Zu den Einträgen, die lange nicht bestätigt sind'), 'the freshness link');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.matches('h1') && textOf(deepActive()) === 'Lange nicht bestätigt', 'focus on the freshness heading');
    await waitFor(() => deepQueryAll('.stale-list li').length === 2, 'two stale records');
    await tabTo((el) => el.matches('button.confirm') && textOf(el).includes('Jugendtreff Nord'), 'confirm Jugendtreff Nord');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepQueryAll('.stale-list li').length === 1, 'one left');
    expect(recordWriteLog.map((w) => [w.collection, w.id, w.ifMatch])).to.deep.equal([['organizations', 'jugendtreff-nord', '"1"']]);
    expect(textOf(deepActive()), 'the focus moves on to the next record').to.contain('Sprachcafé am Montag');
  });
});
