/// <reference types="mocha" />
/**
 * The records screens in every state, each checked with axe: the list with
 * search, the organisation form with its languages side by side, the API's
 * field errors (summary, label repeated, nothing cleared), the 412 with both
 * versions and a choice per field, the warning before leaving unsaved
 * changes, the history; the freshness screen and the start page's count.
 */
import { expect } from '@open-wc/testing';
import { recordWriteLog } from '@teilhabe/mocks';
import { router } from '../../packages/office/src/shell/router.js';
import type { TkOfficeRecordForm } from '../../packages/office/src/records/record-form.js';
import { clickButton, deepActive, deepQuery, deepQueryAll, fill, renderOffice, textOf, waitFor } from './support.js';

const ORG = 'kulturverein-anadolu';

async function openOrganization(options: Parameters<typeof renderOffice>[0] = {}) {
  const app = await renderOffice({ signedIn: true, route: `records/organizations/${ORG}`, ...options });
  await waitFor(() => deepQuery<HTMLInputElement>('#name')?.value === 'Kulturverein Anadolu', 'the organisation form');
  await waitFor(() => deepQuery('.history-entry'), 'the history');
  return app;
}

describe('office app: records', function () {
  this.timeout(30_000);
  beforeEach(() => {
    recordWriteLog.length = 0;
  });

  it('lists organisations with search and links to each form', async () => {
    const app = await renderOffice({ signedIn: true, route: 'records/organizations' });
    await waitFor(() => deepQueryAll('.record-list li').length === 2, 'two organisations');
    expect(textOf(deepQuery('.records-count'))).to.equal('2 Einträge');
    await expect(app).to.be.accessible();
    await fill('#q', 'anadolu');
    await clickButton('Suchen');
    await waitFor(() => deepQueryAll('.record-list li').length === 1, 'one match');
    expect(deepQuery<HTMLAnchorElement>('.record-list a')!.getAttribute('href')).to.contain(`records/organizations/${ORG}`);
    await fill('#q', 'gibt es nicht');
    await clickButton('Suchen');
    await waitFor(() => textOf(deepQuery('.records-count')) === 'Keine Einträge gefunden.', 'no match');
    await expect(app).to.be.accessible();
  });

  it('shows every text in German and each tenant language side by side, marked human, machine or falling back', async () => {
    const app = await openOrganization();
    const columns = deepQueryAll('fieldset.localized').find((f) => textOf(f.querySelector('legend')) === 'Beschreibung')!;
    const labels = [...columns.querySelectorAll('label')].map((l) => textOf(l));
    expect(labels).to.deep.equal(['Beschreibung – Deutsch (Ausgangstext)', 'Beschreibung – Englisch (optional)', 'Beschreibung – Türkisch (optional)', 'Beschreibung – Arabisch (optional)', 'Beschreibung – Ukrainisch (optional)']);
    expect(textOf(columns.querySelector('#description-en-state'))).to.equal('maschinell übersetzt');
    expect(textOf(columns.querySelector('#description-tr-state'))).to.equal('von Menschen übersetzt');
    expect(textOf(columns.querySelector('#description-uk-state'))).to.equal('fehlt – zeigt Deutsch');
    const arabic = columns.querySelector<HTMLTextAreaElement>('#description-ar')!;
    expect([arabic.lang, arabic.dir]).to.deep.equal(['ar', 'rtl']);
    expect(deepQuery<HTMLTextAreaElement>('#description-tr')!.value).to.equal('Ailelere danışmanlık yapıyoruz.');
    expect(textOf(deepQuery('tk-office-record-history')?.shadowRoot?.querySelector('.history-entry') ?? null)).to.contain('Jonas Berger hat den Eintrag geändert');
    await expect(app).to.be.accessible();
  });

  it('shows the API field errors in a summary linked to the fields, repeating the label, and clears nothing', async () => {
    const app = await openOrganization();
    await fill('#name', '');
    await fill('#description-de', '');
    await fill('#website', 'anadolu.example.de');
    await fill('#description-tr', 'Yeni metin');
    await clickButton('Speichern');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(deepActive()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)]);
    expect(links).to.deep.equal([
      ['#name', 'Geben Sie den Namen der Organisation an.'],
      ['#description-de', 'Geben Sie die Beschreibung auf Deutsch an.'],
      ['#website', 'Geben Sie die Website als Adresse mit https:// an.'],
    ]);
    const website = deepQuery<HTMLInputElement>('#website')!;
    expect(website.getAttribute('aria-invalid')).to.equal('true');
    expect(website.getAttribute('aria-describedby')).to.equal('website-error');
    expect(website.value).to.equal('anadolu.example.de');
    expect(deepQuery<HTMLTextAreaElement>('#description-tr')!.value).to.equal('Yeni metin');
    (summary.querySelector('a[href="#website"]') as HTMLElement).click();
    expect(deepActive()).to.equal(website);
    await expect(app).to.be.accessible();
  });

  it('on a 412 shows both versions per field, loses nothing, and saves the choice with the new version', async () => {
    const app = await openOrganization({ recordConflict: true });
    await fill('#description-tr', 'Benim metnim');
    await fill('#email', 'neu@anadolu.example.de');
    await clickButton('Speichern');
    const title = await waitFor(() => deepQuery('#conflict-title'), 'the conflict view');
    expect(deepActive()).to.equal(title);
    const fields = deepQueryAll('.conflict-field');
    const byLegend = (legend: string) => fields.find((f) => textOf(f.querySelector('legend')) === legend)!;
    const turkish = byLegend('Beschreibung – Türkisch');
    expect(textOf(turkish.querySelector('[id$="-mine-text"]'))).to.equal('Benim metnim');
    expect(textOf(turkish.querySelector('[id$="-theirs-text"]'))).to.equal('Ailelere danışmanlık ve Almanca kursları sunuyoruz.');
    expect(turkish.querySelector<HTMLInputElement>('[id$="-mine"]')!.checked, 'what I changed defaults to mine').to.equal(true);
    const phone = byLegend('Telefon');
    expect(phone.querySelector<HTMLInputElement>('[id$="-theirs"]')!.checked, 'what only the other changed defaults to theirs').to.equal(true);
    expect(byLegend('E-Mail-Adresse').querySelector<HTMLInputElement>('[id$="-mine"]')!.checked).to.equal(true);
    await expect(app).to.be.accessible();

    turkish.querySelector<HTMLInputElement>('[id$="-theirs"]')!.click();
    await clickButton('Auswahl speichern');
    await waitFor(() => deepQuery('.banner'), 'the saved banner');
    const last = recordWriteLog.at(-1)!;
    expect(last.ifMatch).to.equal('"4"');
    expect((last.body.description as Record<string, string>).tr).to.equal('Ailelere danışmanlık ve Almanca kursları sunuyoruz.');
    expect(last.body.phone).to.equal('+49 30 999999');
    expect(last.body.email).to.equal('neu@anadolu.example.de');
    await expect(app).to.be.accessible();
  });

  it('asks before an in-app link leaves unsaved changes, and stays when told to', async () => {
    await openOrganization();
    await fill('#phone', '+49 30 1');
    const asked: string[] = [];
    const original = window.confirm;
    window.confirm = (message?: string) => {
      asked.push(String(message));
      return false;
    };
    try {
      router.go('records/organizations');
      expect(asked).to.have.length(1);
      expect(asked[0]).to.contain('nicht gespeichert');
      expect(deepQuery<HTMLInputElement>('#phone')!.value).to.equal('+49 30 1');
      // Dispatching a real beforeunload would make msw's worker let go of the page, so the form's listener is called directly.
      const unload = new Event('beforeunload', { cancelable: true });
      deepQuery<TkOfficeRecordForm>('tk-office-record-form')!.unsavedChanges.onBeforeUnload(unload);
      expect(unload.defaultPrevented, 'the browser asks before closing').to.equal(true);
    } finally {
      window.confirm = original;
    }
  });

  it("previews the unsaved record with the directory's detail template, per language, falling back to German", async () => {
    const app = await openOrganization();
    await fill('#description-tr', 'Önizleme metni');
    const preview = await waitFor(() => deepQuery('tk-office-organization-preview')?.shadowRoot, 'the preview (a chunk loaded on first use)');
    const select = preview.querySelector<HTMLSelectElement>('#preview-locale')!;
    select.value = 'tr';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => textOf(preview.querySelector('.detail-description')) === 'Önizleme metni', 'the unsaved Turkish text in the preview');
    expect(textOf(preview.querySelector('.detail-title'))).to.equal('Kulturverein Anadolu');
    select.value = 'uk';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => preview.querySelector('.detail-description')?.getAttribute('lang') === 'de', 'the German fallback, marked');
    expect(textOf(preview.querySelector('.detail-description'))).to.equal('Wir beraten Familien und bieten Deutschkurse an.');
    await expect(app).to.be.accessible();
  });

  it('confirms a record unchanged from its form; the history shows it', async () => {
    const app = await openOrganization();
    await clickButton('Unverändert bestätigen');
    await waitFor(() => deepQuery('.banner'), 'the confirmed banner');
    const history = deepQuery('tk-office-record-history')!.shadowRoot!;
    await waitFor(() => textOf(history.querySelector('.history-entry')).includes('unverändert bestätigt'), 'the confirmation in the history');
    await expect(app).to.be.accessible();
  });
});

describe('office app: funding programme form', function () {
  this.timeout(30_000);

  it('edits amounts, deadlines and eligibility on the same chassis and saves them', async () => {
    recordWriteLog.length = 0;
    const app = await renderOffice({ signedIn: true, route: 'records/funding-programs/mikroprojekte-2027' });
    await waitFor(() => deepQuery<HTMLInputElement>('#amount-maxEur')?.value === '1500', 'the funding form');
    expect(textOf(deepQuery('h1'))).to.equal('Mikroprojekte für Teilhabe');
    expect(deepQuery<HTMLInputElement>('#deadlines-dates')!.value).to.equal('2027-03-31, 2027-09-30');
    expect(textOf(deepQuery('#title-tr-state'))).to.equal('maschinell übersetzt');
    await expect(app).to.be.accessible();
    await fill('#amount-maxEur', '2000');
    await fill('#eligibleApplicants', 'verein, initiative');
    await clickButton('Speichern');
    await waitFor(() => deepQuery('.banner'), 'the saved banner');
    const saved = recordWriteLog.at(-1)!;
    expect([saved.collection, saved.ifMatch]).to.deep.equal(['funding-programs', '"5"']);
    expect(saved.body.amount).to.deep.equal({ minEur: 200, maxEur: 2000 });
    expect(saved.body.eligibleApplicants).to.deep.equal(['verein', 'initiative']);
    expect(saved.body.deadlines).to.deep.equal({ kind: 'fixed', dates: ['2027-03-31', '2027-09-30'] });
  });
});

describe('office app: freshness', function () {
  this.timeout(30_000);

  it('counts stale records on the start page and links to them', async () => {
    const app = await renderOffice({ signedIn: true });
    const count = await waitFor(() => deepQuery('.stale-count'), 'the stale count');
    expect(textOf(count)).to.equal('2 Einträge sind seit mehr als einem Jahr nicht bestätigt.');
    await expect(app).to.be.accessible();
  });

  it('lists stale records of every kind and confirms one in one click', async () => {
    const app = await renderOffice({ signedIn: true, route: 'freshness' });
    await waitFor(() => deepQueryAll('.stale-list li').length === 2, 'two stale records');
    expect(deepQueryAll('.stale-list li').map((li) => textOf(li.querySelector('a')))).to.deep.equal(['Jugendtreff Nord', 'Sprachcafé am Montag']);
    await expect(app).to.be.accessible();
    await clickButton(/Unverändert bestätigen: Jugendtreff Nord/);
    await waitFor(() => deepQueryAll('.stale-list li').length === 1, 'one left');
    expect(textOf(deepQuery('.banner'))).to.contain('„Jugendtreff Nord“ ist als unverändert bestätigt.');
    await expect(app).to.be.accessible();
  });
});
