/// <reference types="mocha" />
/**
 * The import screen against msw with the committed fixture files: every
 * state checked with axe; the keyboard path from the file to the report
 * (a column changed, one duplicate merged, one skipped, an unknown value
 * left out); nothing written before the confirmation; errors keep the input.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { importRequestLog } from '@teilhabe/mocks';
import type { StaffSession } from '@teilhabe/sdk';
import { mayImport } from '../../packages/office/src/import/access.js';
import { deepActive, deepQuery, deepQueryAll, overflowingElements, renderOffice, tabTo, textOf, waitFor } from './support.js';

async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(`/tests/fixtures/import/${name}`);
  return new File([await response.arrayBuffer()], name);
}

/** The operating system's file dialog is out of a page's reach: the test puts the file where the dialog would. */
function chooseFile(input: HTMLInputElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const isId = (id: string) => (element: Element) => element.id === id;
const lastRequest = () => importRequestLog.at(-1)!;
const requestsSoFar = () => importRequestLog.length;

async function previewSettled(before: number) {
  await waitFor(() => requestsSoFar() > before && !textOf(deepQuery('.preview-status')).includes('aktualisiert'), 'the updated preview');
}

describe('office import screen', function () {
  this.timeout(90_000);

  it('keyboard only: a file, a column changed, merge one duplicate, skip another, leave a value out, confirm, the report', async () => {
    const file = await fixtureFile('mo-liste-buero.xlsx');
    const app = await renderOffice({ signedIn: true, route: 'import' });
    await waitFor(() => deepQuery('#import-file'), 'the import screen');
    expect(deepQueryAll('nav a').map(textOf)).to.include('Liste importieren');
    await expect(app).to.be.accessible();

    const start = requestsSoFar();
    await tabTo((element) => element.id === 'import-preview', 'the preview button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepQuery('#import-file-error'), 'the missing file');
    expect(deepActive()?.classList.contains('error-summary')).to.equal(true);
    expect(deepQuery('#import-file')!.getAttribute('aria-invalid')).to.equal('true');
    expect(requestsSoFar()).to.equal(start, 'nothing sent without a file');
    await expect(app).to.be.accessible();

    chooseFile(await tabTo(isId('import-file'), 'the file field') as HTMLInputElement, file);
    await tabTo(isId('import-preview'), 'the preview button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepQueryAll('.import-row').length === 4, 'four rows');
    expect(lastRequest()).to.deep.include({ fileName: 'mo-liste-buero.xlsx', dryRun: true });
    expect(deepActive()?.id).to.equal('import-preview-title');
    expect(deepQueryAll<HTMLSelectElement>('.column select').map((select) => select.value)).to.have.length(14);
    expect(deepQueryAll('.unknown-list label').map(textOf)).to.deep.equal(['„Kochen“ in der Spalte „Themen“']);
    const row7 = textOf(deepQuery('#row-7'));
    expect(row7).to.include('Schon im Verzeichnis: „Deutsch-Türkischer Kulturverein Musterstadt e.V.“ (ähnlicher Name)');
    expect(textOf(deepQuery('#row-4'))).to.include('Spalte „Themen“: „Kochen“ kennen wir nicht');
    await expect(app).to.be.accessible();

    // Themen: not taken over (Home picks the first option of the closed select).
    let before = requestsSoFar();
    const themen = deepQueryAll<HTMLSelectElement>('.column select').find((select) => textOf(select.closest('li')!.querySelector('label')) === 'Themen')!;
    await tabTo(isId(themen.id), 'the column Themen');
    await sendKeys({ press: 'Home' });
    await previewSettled(before);
    expect(lastRequest().mapping!.columns!['Themen']).to.equal(null);
    await waitFor(() => deepQuery('.unknown-list') === null, 'no value left to decide');
    const download = deepQuery<HTMLAnchorElement>('.mapping-download')!;
    expect(download.download).to.equal('mo-liste-buero.mapping.json');
    const saved = await (await fetch(download.href)).json();
    expect(saved.columns['Themen']).to.equal(null);
    expect(saved.columns['Name']).to.equal('name');

    // A type for rows without one (the next control after the columns).
    before = requestsSoFar();
    const defaultType = await waitFor(() => deepQuery<HTMLSelectElement>('#import-default-type'), 'the default type');
    await tabTo(isId(defaultType.id), 'the default type', 80);
    await sendKeys({ press: 'ArrowDown' });
    await previewSettled(before);
    expect(defaultType.value).to.not.equal('');
    expect(lastRequest().defaultType).to.equal(defaultType.value);

    // Row 7: merge (the checked radio takes the focus, the arrow moves the choice).
    before = requestsSoFar();
    await tabTo(isId('dup-7-skip'), 'the choice of row 7');
    await sendKeys({ press: 'ArrowDown' });
    await previewSettled(before);
    expect(lastRequest().duplicates).to.deep.equal({ '7': 'merge' });
    await waitFor(() => textOf(deepQuery('#row-7')).includes('Ergänzt einen Eintrag') || textOf(deepQuery('#row-7')).includes('Fehler'), 'row 7 merges');
    await waitFor(() => deepQueryAll('.unknown-list label').map(textOf).includes('„Schachclub“ in der Spalte „Angebote“'), 'the merge brings a new unknown value');

    // Row 8: skip, chosen explicitly.
    before = requestsSoFar();
    await tabTo(isId('dup-8-skip'), 'the choice of row 8');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await waitFor(() => lastRequest().duplicates?.['8'] === 'skip', 'row 8 skipped by choice');
    await previewSettled(before);
    await expect(app).to.be.accessible();

    // Schachclub: left out.
    before = requestsSoFar();
    const schachclub = deepQueryAll<HTMLSelectElement>('.unknown-list select')[0]!;
    await waitFor(() => [...schachclub.options].some((option) => option.value === 'homework-help'), 'the offers to choose from');
    expect([...schachclub.options].slice(0, 2).map((option) => option.text)).to.deep.equal(['Noch nicht entschieden', 'Weglassen']);
    await tabTo(isId(schachclub.id), 'the decision for Schachclub', 80);
    await sendKeys({ press: 'ArrowDown' });
    await previewSettled(before);
    expect(lastRequest().mapping!.values!.offers).to.deep.equal({ Schachclub: null });
    await waitFor(() => textOf(deepQuery('.preview-status')).includes('2 neu, 1 ergänzt, 1 übersprungen, 0 Fehler'), 'a clean preview');
    expect(importRequestLog.slice(start).every((entry) => entry.dryRun), 'nothing written before the confirmation').to.equal(true);

    await tabTo(isId('import-confirm'), 'the confirm button', 80);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepQuery('.banner'), 'the report');
    expect(lastRequest()).to.deep.include({ dryRun: false, duplicates: { '7': 'merge', '8': 'skip' }, defaultType: defaultType.value });
    expect(lastRequest().mapping!.columns!['Themen']).to.equal(null);
    expect(deepActive()?.classList.contains('banner')).to.equal(true);
    expect(textOf(deepQuery('.banner'))).to.include('mo-liste-buero.xlsx: 2 Vereine neu angelegt, 1 ergänzt, 1 übersprungen.');
    await expect(app).to.be.accessible();
  });

  it('rows with errors block the import with a summary; an unreadable file is explained; the chosen file stays', async () => {
    const app = await renderOffice({ signedIn: true, route: 'import' });
    const input = await waitFor(() => deepQuery<HTMLInputElement>('#import-file'), 'the import screen');
    chooseFile(input, await fixtureFile('mo-liste-mit-fehlern.csv'));
    deepQuery<HTMLButtonElement>('#import-preview')!.click();
    await waitFor(() => deepQueryAll('.import-row').length === 3, 'three rows');
    expect(textOf(deepQuery('#row-4'))).to.include('Spalte „E-Mail“: „laufgruppe-at-example.org“ ist keine vollständige E-Mail-Adresse');
    await expect(app).to.be.accessible();

    const before = requestsSoFar();
    deepQuery<HTMLButtonElement>('#import-confirm')!.click();
    await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(deepActive()?.classList.contains('error-summary')).to.equal(true);
    const links = deepQueryAll<HTMLAnchorElement>('.error-summary a');
    expect(links.map(textOf)).to.deep.equal([
      'Zeile 3, Spalte „Name“: Die Spalte „Name“ ist leer: jede Zeile braucht den Namen des Vereins.',
      'Zeile 4, Spalte „E-Mail“: „laufgruppe-at-example.org“ ist keine vollständige E-Mail-Adresse (etwa name@verein.de).',
    ]);
    expect(requestsSoFar()).to.equal(before, 'nothing sent to be written');
    links[1]!.click();
    expect(deepActive()?.id).to.equal('row-4');
    await expect(app).to.be.accessible();

    chooseFile(input, new File(['kein Kalender, keine Liste'], 'notizen.txt'));
    deepQuery<HTMLButtonElement>('#import-preview')!.click();
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Die Datei lässt sich so nicht übernehmen.'), 'the unreadable file');
    expect(textOf(deepQuery('.error-summary'))).to.include('Excel-Arbeitsmappe (.xlsx)');
    expect(deepQuery<HTMLInputElement>('#import-file')!.files![0]!.name).to.equal('notizen.txt', 'the file stays chosen');
    await expect(app).to.be.accessible();
  });
});

describe('office import screen at 320 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('the preview with its columns, decisions and rows needs no sideways scrolling', async () => {
    await renderOffice({ signedIn: true, route: 'import' });
    const input = await waitFor(() => deepQuery<HTMLInputElement>('#import-file'), 'the import screen');
    chooseFile(input, await fixtureFile('mo-liste-buero.xlsx'));
    deepQuery<HTMLButtonElement>('#import-preview')!.click();
    await waitFor(() => deepQueryAll('.import-row').length === 4, 'four rows');
    const overflowing = overflowingElements();
    expect(overflowing).to.deep.equal([]);
  });
});

describe('who sees the import', () => {
  const session = (roles: string[]) => ({ staff: { roles } }) as unknown as StaffSession;
  it('editors and admins, as the server lets them; bookings staff do not', () => {
    expect([['editor'], ['admin'], ['bookings', 'editor'], ['bookings'], []].map((roles) => mayImport(session(roles)))).to.deep.equal([true, true, true, false, false]);
    expect(mayImport(undefined)).to.equal(false);
  });
});
