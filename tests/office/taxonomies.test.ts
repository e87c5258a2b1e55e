/// <reference types="mocha" />
/**
 * Taxonomies and areas: the lists, one list's terms with their labels in
 * every language side by side (missing and machine-translated ones marked)
 * and how many records use each; adding a term (code and German label
 * required, errors GOV.UK style, nothing cleared), editing its labels,
 * deleting after a question, the refusal of a term in use explained with the
 * count; every state checked with axe; the keyboard path of adding a term
 * and giving it a Turkish label; reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { taxonomyWriteLog } from '@teilhabe/mocks';
import { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, tabTo, textOf, waitFor } from './support.js';

const cards = () => deepQueryAll('li.term');
const cardOf = (german: string) => cards().find((card) => textOf(card.querySelector('h2')) === german);

async function openAreas() {
  const app = await renderOffice({ signedIn: true, route: 'taxonomies/areas' });
  await waitFor(() => cards().length === 5, 'the five areas');
  return app;
}

describe('office app: taxonomies and areas', function () {
  this.timeout(60_000);

  it('names the screen in the navigation and lists every taxonomy, areas first', async () => {
    const app = await renderOffice({ signedIn: true, route: 'taxonomies' });
    await waitFor(() => deepQuery('tk-office-taxonomies'), 'the list of taxonomies');
    expect(deepQueryAll('nav a').map(textOf)).to.include('Kategorien und Gebiete');
    const links = deepQueryAll('ul.taxonomies a').map(textOf);
    expect(links).to.have.length(9);
    expect(links[0]).to.equal('Gebiete (Orte und Ortsteile)');
    await expect(app).to.be.accessible();
  });

  it('shows each term with its labels side by side, what is missing or machine-translated, and its use', async () => {
    const app = await openAreas();
    const musterstadt = cardOf('Musterstadt')!;
    expect(textOf(musterstadt)).to.contain('Code: musterstadt').and.contain('Verwendet von 3 Organisationen und 2 Veranstaltungen');
    const arabic = [...musterstadt.querySelectorAll('dd span[lang="ar"]')];
    expect(arabic.map(textOf)).to.deep.equal(['موسترشتات']);
    expect(arabic[0]!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(musterstadt)).to.contain('maschinell übersetzt').and.contain('fehlt – zeigt Deutsch');
    expect(textOf(cardOf('Neudorf') ?? null)).to.contain('Von keinem Eintrag verwendet');
    await expect(app).to.be.accessible();
  });

  it('says when the terms cannot be loaded, with a retry', async () => {
    const app = await renderOffice({ signedIn: true, route: 'taxonomies/areas', taxonomyFailure: 'load' });
    await waitFor(() => deepQueryAll('p').some((p) => textOf(p) === 'Die Begriffe konnten nicht geladen werden.'), 'the error state');
    expect(deepQueryAll('button').map(textOf)).to.include('Erneut versuchen');
    await expect(app).to.be.accessible();
  });

  it('asks for the code and the German label before adding, and keeps what was typed', async () => {
    const app = await openAreas();
    await fill('#label-en', 'Upper valley');
    await click('button.save');
    await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    const summary = textOf(deepQuery('.error-summary'));
    expect(summary).to.contain('Geben Sie einen Code aus Kleinbuchstaben, Ziffern und Bindestrichen an').and.contain('Geben Sie die Bezeichnung auf Deutsch an');
    await waitFor(() => deepActive()?.classList.contains('error-summary'), 'the focus on the summary');
    expect(deepQuery<HTMLInputElement>('#label-de')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepQuery<HTMLInputElement>('#label-en')!.value).to.equal('Upper valley');
    await expect(app).to.be.accessible();

    await fill('#code', 'neudorf');
    await fill('#label-de', 'Neudorf');
    await click('button.save');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Diesen Code gibt es in der Liste schon'), 'the code taken');
    expect(deepQuery<HTMLInputElement>('#code')!.value).to.equal('neudorf');
    expect(cards()).to.have.length(5, 'nothing was replaced');
  });

  it('deletes an unused term after a question', async () => {
    const app = await openAreas();
    await clickButton('Löschen – Altheim');
    await waitFor(() => deepQuery('#confirm-question'), 'the question');
    await waitFor(() => deepActive()?.id === 'confirm-question', 'the focus on the question');
    expect(textOf(deepQuery('.confirm'))).to.contain('Wollen Sie „Altheim“ löschen?');
    await expect(app).to.be.accessible();
    await clickButton('Abbrechen');
    await waitFor(() => !deepQuery('.confirm'), 'the question gone');
    await waitFor(() => deepActive()?.id === 'delete-altheim', 'the focus back on the delete button');

    await clickButton('Löschen – Altheim');
    await clickButton('Ja, löschen');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Der Begriff „Altheim“ ist gelöscht.'), 'the done banner');
    expect(cards()).to.have.length(4);
    expect(cardOf('Altheim')).to.equal(undefined);
    await expect(app).to.be.accessible();
  });

  it('explains with the count why a term in use stays', async () => {
    const app = await openAreas();
    await clickButton('Löschen – Musterstadt');
    expect(textOf(deepQuery('.confirm'))).to.contain('Verwendet von 3 Organisationen und 2 Veranstaltungen');
    await clickButton('Ja, löschen');
    await waitFor(() => deepQuery('.error-summary'), 'the refusal');
    expect(textOf(deepQuery('.error-summary'))).to.contain('„Musterstadt“ kann nicht gelöscht werden: Verwendet von 3 Organisationen und 2 Veranstaltungen.').and.contain('Entfernen Sie den Begriff zuerst');
    await waitFor(() => deepActive()?.classList.contains('error-summary'), 'the focus on the refusal');
    expect(cards()).to.have.length(5);
    await expect(app).to.be.accessible();
  });

  it('adds a term and gives it a Turkish label with the keyboard only', async () => {
    const app = await openAreas();
    await tabTo((el) => el.id === 'code', 'the code field', 80);
    await sendKeys({ type: 'obertal' });
    await tabTo((el) => el.id === 'label-de', 'the German label', 3);
    await sendKeys({ type: 'Obertal' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepQuery('.banner')).includes('Der Begriff „Obertal“ ist angelegt.'), 'the done banner');
    await waitFor(() => deepActive()?.classList.contains('banner'), 'the focus on the banner');
    expect(cards().map((card) => textOf(card.querySelector('h2'))).at(-1)).to.equal('Obertal');
    const created = taxonomyWriteLog.at(-1)!;
    expect(created.headers['if-none-match']).to.equal('*');
    expect(deepQuery<HTMLInputElement>('#code')!.value).to.equal('', 'the add form is empty again');
    await expect(app).to.be.accessible();

    await tabTo((el) => el.matches('a') && textOf(el) === 'Bezeichnungen bearbeiten – Obertal', 'the edit link', 80);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepQuery('tk-office-term-form h1, h1')) === 'Obertal' && deepQuery('#label-tr'), 'the term form');
    await tabTo((el) => el.id === 'label-tr', 'the Turkish label', 10);
    await sendKeys({ type: 'Obertal köyü' });
    await waitFor(() => textOf(deepQuery('.unsaved')) === 'Ungespeicherte Änderungen', 'the unsaved mark');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepQuery('.banner')).includes('Die Bezeichnungen sind gespeichert.'), 'the saved banner');
    const saved = taxonomyWriteLog.at(-1)!;
    expect(saved.method).to.equal('PUT');
    expect(saved.code).to.equal('obertal');
    expect(saved.headers['if-match']).to.equal('"1"');
    expect(saved.body).to.deep.equal({ label: { de: 'Obertal', tr: 'Obertal köyü' }, machineTranslated: [] });
    await expect(app).to.be.accessible();
  });

  it('keeps the edits when somebody else saved meanwhile, and warns before unsaved edits are left', async () => {
    const app = await renderOffice({ signedIn: true, route: 'taxonomies/areas/neudorf' });
    await waitFor(() => deepQuery('#label-tr'), 'the term form');
    // Somebody else renames the term after the form was loaded.
    await fetch('/v1/musterkreis/taxonomies/areas/terms/neudorf', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ses_mock-office-session' },
      body: JSON.stringify({ label: { de: 'Neudorf (Ost)' } }),
    });
    await fill('#label-tr', 'Neudorf köyü');
    await click('button.save');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Jemand anderes hat den Begriff inzwischen geändert (Deutsch jetzt: „Neudorf (Ost)“)'), 'the conflict');
    expect(deepQuery<HTMLInputElement>('#label-tr')!.value).to.equal('Neudorf köyü');
    await expect(app).to.be.accessible();

    const asked: string[] = [];
    const confirm = window.confirm;
    window.confirm = (message?: string) => (asked.push(message ?? ''), false);
    try {
      await clickButton('Zurück zu: Gebiete (Orte und Ortsteile)');
      expect(asked).to.have.length(1);
      expect(deepQuery('#label-tr'), 'the form stays').to.not.equal(null);
    } finally {
      window.confirm = confirm;
    }

    await click('button.save');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Die Bezeichnungen sind gespeichert.'), 'saved over the other version');
    expect(taxonomyWriteLog.at(-1)!.headers['if-match']).to.equal('"2"');
  });
});

describe('office app: taxonomies at 320 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));


  it('shows the terms, the add form and a term form without sideways scrolling', async () => {
    await openAreas();
    expect(overflowingElements()).to.deep.equal([]);
    await clickButton('Bezeichnungen bearbeiten – Musterstadt');
    await waitFor(() => deepQuery('#label-tr'), 'the term form');
    expect(overflowingElements()).to.deep.equal([]);
  });
});
