/// <reference types="mocha" />
/**
 * The venue and room forms on the records chassis, each state checked with
 * axe: the venue's address and accessibility note in every language; the
 * room's equipment and accessibility as checkboxes from the taxonomies, its
 * booking rules, closures to add and remove and photos with their preview;
 * the API's field errors (summary, label repeated, nothing cleared); the 412
 * with both versions; the keyboard path of changing the capacity and adding
 * a closure; reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { recordWriteLog } from '@teilhabe/mocks';
import { clickButton, deepActive, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, tabTo, textOf, waitFor } from './support.js';

const ROOM = 'records/rooms/begegnungsraum-nord';
const VENUE = 'records/venues/buergerhaus-nord';

async function openRoom(options: Parameters<typeof renderOffice>[0] = {}) {
  const app = await renderOffice({ signedIn: true, route: ROOM, ...options });
  await waitFor(() => deepQuery<HTMLInputElement>('#capacity')?.value === '30', 'the room form');
  await waitFor(() => deepQuery('#accessibility'), 'the accessibility checkboxes');
  return app;
}

/** What sticks out to the right; text only for screen readers (clipped to nothing) does not count. */
const overflowing = () => overflowingElements({ ignoreVisuallyHidden: true });

describe('office app: venue form', function () {
  this.timeout(30_000);
  beforeEach(() => {
    recordWriteLog.length = 0;
  });

  it('shows the address, the area from the list and the accessibility note in every language', async () => {
    const app = await renderOffice({ signedIn: true, route: VENUE });
    await waitFor(() => deepQuery<HTMLInputElement>('#name')?.value === 'Bürgerhaus Nord', 'the venue form');
    await waitFor(() => deepQuery<HTMLSelectElement>('#address-area')?.tagName === 'SELECT', 'the areas');
    expect(deepQuery<HTMLSelectElement>('#address-area')!.value).to.equal('musterstadt');
    expect(deepQuery<HTMLInputElement>('#address-postalCode')!.value).to.equal('52349');
    expect(deepQuery<HTMLTextAreaElement>('#accessibilityNote-en')!.value).to.equal('Step-free entrance at the back. No lift to the upper floor.');
    expect(textOf(deepQuery('#accessibilityNote-tr-state'))).to.equal('fehlt – zeigt Deutsch');
    expect(deepQuery('#machine-en'), 'a venue keeps no machine-translation marks').to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('shows a refused postcode in the summary and at the field, keeps it, and saves once corrected', async () => {
    const app = await renderOffice({ signedIn: true, route: VENUE });
    await waitFor(() => deepQuery<HTMLInputElement>('#name')?.value === 'Bürgerhaus Nord', 'the venue form');
    await fill('#address-postalCode', '5234');
    await clickButton('Speichern');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(deepActive()).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([['#address-postalCode', 'Geben Sie die Postleitzahl mit fünf Ziffern an.']]);
    const postcode = deepQuery<HTMLInputElement>('#address-postalCode')!;
    expect([postcode.value, postcode.getAttribute('aria-invalid')]).to.deep.equal(['5234', 'true']);
    await expect(app).to.be.accessible();
    await fill('#address-postalCode', '52350');
    const area = deepQuery<HTMLSelectElement>('#address-area')!;
    area.value = '';
    area.dispatchEvent(new Event('change'));
    await clickButton('Speichern');
    await waitFor(() => deepQuery('.banner'), 'the saved banner');
    const saved = recordWriteLog.at(-1)!;
    expect([saved.collection, saved.ifMatch]).to.deep.equal(['venues', '"2"']);
    expect(saved.body.address, 'no area chosen is no area').to.deep.equal({ street: 'Lindenweg 3', postalCode: '52350', city: 'Musterstadt' });
  });
});

describe('office app: room form', function () {
  this.timeout(30_000);
  beforeEach(() => {
    recordWriteLog.length = 0;
  });

  it('shows size, equipment and accessibility from the taxonomies, booking rules, closures and photos', async () => {
    const app = await openRoom();
    expect(deepQuery<HTMLInputElement>('#accessibility')!.checked, 'Eingang ohne Stufen').to.equal(true);
    expect(deepQuery<HTMLInputElement>('#accessibility-lift')!.checked).to.equal(false);
    const equipment = deepQueryAll<HTMLInputElement>('input[type="checkbox"]').filter((input) => input.id === 'equipment' || input.id.startsWith('equipment-'));
    expect(equipment.filter((input) => input.checked).map((input) => input.value)).to.deep.equal(['kitchen', 'wifi']);
    expect(deepQuery<HTMLInputElement>('#bookingPolicy-needsApproval')!.checked).to.equal(true);
    expect(deepQuery<HTMLInputElement>('#bookingPolicy-minNoticeHours')!.value).to.equal('48');
    expect(deepQuery<HTMLInputElement>('#fees-standardEurPerHour')!.value).to.equal('12.5');
    expect(deepQuery<HTMLInputElement>('#closures')!.value).to.equal('24.12.2026');
    expect(deepQuery<HTMLInputElement>('#closure-0-to')!.value).to.equal('01.01.2027');
    expect(deepQuery<HTMLSelectElement>('#openingHours')!.value).to.equal('1');
    const photo = deepQuery<HTMLImageElement>('.photo-preview img')!;
    expect([photo.getAttribute('src'), photo.alt]).to.deep.equal(['https://bilder.musterkreis.example/begegnungsraum.jpg', 'Stuhlkreis im Begegnungsraum']);
    expect(textOf(deepQuery('#description-tr-state'))).to.equal('maschinell übersetzt');
    await expect(app).to.be.accessible();
  });

  it('adds and removes closures and photos, ticks equipment, and sends the room as the API takes it', async () => {
    const app = await openRoom();
    await clickButton('Schließzeit hinzufügen');
    await waitFor(() => deepActive()?.id === 'closure-1-from', 'focus in the new closure');
    await fill('#closure-1-from', '1.6.2027');
    await fill('#closure-1-to', '05.06.2027');
    await fill('#closure-1-reason', 'Renovierung');
    await clickButton('Foto 1 entfernen');
    await waitFor(() => deepQuery('.photo-preview') === null, 'the photo gone');
    await clickButton('Foto hinzufügen');
    await fill('#photos', 'http://bilder.example/raum.jpg');
    await waitFor(() => textOf(deepQuery('.photo-row')).includes('sobald die Adresse mit https:// beginnt'), 'no preview of a plain http address');
    await fill('#photos', 'https://bilder.example/raum.jpg');
    await fill('#photo-0-alt-de', 'Tische in U-Form');
    await fill('#photo-0-alt-tr', 'U şeklinde masalar');
    await waitFor(() => deepQuery<HTMLImageElement>('.photo-preview img')?.alt === 'Tische in U-Form', 'the preview with its text');
    deepQuery<HTMLInputElement>('#accessibility-lift')!.click();
    await fill('#bookingPolicy-maxAttendees', '');
    await expect(app).to.be.accessible();
    await clickButton('Speichern');
    await waitFor(() => deepQuery('.banner'), 'the saved banner');
    const saved = recordWriteLog.at(-1)!;
    expect([saved.collection, saved.ifMatch]).to.deep.equal(['rooms', '"4"']);
    expect(saved.body.closures).to.deep.equal([
      { from: '2026-12-24', to: '2027-01-01', reason: { de: 'Weihnachtspause' } },
      { from: '2027-06-01', to: '2027-06-05', reason: { de: 'Renovierung' } },
    ]);
    expect(saved.body.photos).to.deep.equal([{ url: 'https://bilder.example/raum.jpg', alt: { de: 'Tische in U-Form', tr: 'U şeklinde masalar' } }]);
    expect(saved.body.accessibility).to.deep.equal(['step-free', 'lift']);
    expect(saved.body.bookingPolicy, 'no attendee limit is left out').to.deep.equal({ needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 120, maxDurationMinutes: 240, bufferMinutes: 15 });
    expect(saved.body.fees, 'the fee rules the form does not show are kept').to.deep.equal({ standardEurPerHour: 12.5, rules: [{ applicantKinds: ['migrant-organization'], eurPerHour: 0 }] });

    await clickButton('Schließzeit 1 entfernen');
    await waitFor(() => deepQuery<HTMLInputElement>('#closures')?.value === '01.06.2027', 'the first closure removed');
  });

  it("shows the API's field errors for capacity, a closure and a photo, and clears nothing", async () => {
    const app = await openRoom();
    await fill('#capacity', '0');
    await fill('#closure-0-to', '20.12.2026');
    await fill('#photos', 'http://bilder.musterkreis.example/begegnungsraum.jpg');
    await clickButton('Speichern');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(deepActive()).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['#capacity', 'Geben Sie die Zahl der Plätze als ganze Zahl von 1 bis 5000 an.'],
      ['#closures', 'Geben Sie jede Schließzeit mit zwei Daten wie 24.12.2027 an; „bis“ liegt nicht vor „von“.'],
      ['#photos', 'Geben Sie jede Fotoadresse mit https:// an und beschreiben Sie jedes Foto auf Deutsch.'],
    ]);
    const capacity = deepQuery<HTMLInputElement>('#capacity')!;
    expect([capacity.value, capacity.getAttribute('aria-invalid'), capacity.getAttribute('aria-describedby')]).to.deep.equal(['0', 'true', 'capacity-hint capacity-error']);
    expect(deepQuery<HTMLInputElement>('#closure-0-to')!.value).to.equal('20.12.2026');
    const photoUrl = deepQuery<HTMLInputElement>('#photos')!;
    expect([photoUrl.value, photoUrl.getAttribute('aria-describedby')]).to.deep.equal(['http://bilder.musterkreis.example/begegnungsraum.jpg', 'photos-hint photos-error']);
    (summary.querySelector('a[href="#closures"]') as HTMLElement).click();
    expect(deepActive()?.id).to.equal('closures');
    await expect(app).to.be.accessible();
  });

  it('previews the unsaved room with the booking widget\'s card and facts, per language', async () => {
    const app = await openRoom();
    await fill('#capacity', '42');
    await fill('#description-de', 'Neu gestrichen, mit Teeküche.');
    const preview = await waitFor(() => deepQuery('tk-office-room-preview')?.shadowRoot, 'the preview');
    await waitFor(() => textOf(preview.querySelector('.room-card')).includes('bis 42 Personen'), 'the unsaved capacity on the card');
    expect(textOf(preview.querySelector('.room-card'))).to.contain('Die Stadt prüft jede Anfrage.');
    expect(textOf(preview.querySelector('.room-facts'))).to.contain('Neu gestrichen, mit Teeküche.');
    const select = preview.querySelector<HTMLSelectElement>('#preview-locale')!;
    select.value = 'tr';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => textOf(preview.querySelector('.room-facts')).includes('Zemin katta çay mutfaklı aydınlık oda.'), 'the Turkish description');
    await expect(app).to.be.accessible();
  });

  it('on a 412 shows both capacities and keeps the choice', async () => {
    const app = await openRoom({ recordConflict: true });
    await fill('#capacity', '40');
    await clickButton('Speichern');
    await waitFor(() => deepQuery('#conflict-title'), 'the conflict view');
    const capacity = deepQueryAll('.conflict-field').find((f) => textOf(f.querySelector('legend')) === 'Plätze')!;
    expect(textOf(capacity.querySelector('[id$="-mine-text"]'))).to.equal('40');
    expect(textOf(capacity.querySelector('[id$="-theirs-text"]'))).to.equal('24');
    expect(capacity.querySelector<HTMLInputElement>('[id$="-mine"]')!.checked).to.equal(true);
    await expect(app).to.be.accessible();
    await clickButton('Auswahl speichern');
    await waitFor(() => deepQuery('.banner'), 'the saved banner');
    expect([recordWriteLog.at(-1)!.ifMatch, recordWriteLog.at(-1)!.body.capacity]).to.deep.equal(['"5"', 40]);
  });
});

describe('office app: room form with the keyboard only', function () {
  this.timeout(60_000);

  it("changes the capacity and adds a closure", async () => {
    recordWriteLog.length = 0;
    await openRoom();
    deepQuery<HTMLElement>('h1')!.focus();
    await tabTo((el) => el.id === 'capacity', 'the capacity', 120);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '40' });
    await tabTo((el) => el.matches('button') && textOf(el) === 'Schließzeit hinzufügen', 'add a closure', 120);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.id === 'closure-1-from', 'focus in the new closure');
    await sendKeys({ type: '01.06.2027' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '05.06.2027' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Renovierung' });
    await tabTo((el) => el.matches('button.save'), 'Speichern', 120);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the saved banner');
    const saved = recordWriteLog.at(-1)!;
    expect(saved.body.capacity).to.equal(40);
    expect((saved.body.closures as unknown[]).at(-1)).to.deep.equal({ from: '2027-06-01', to: '2027-06-05', reason: { de: 'Renovierung' } });
  });
});

describe('office room and venue forms at 320 px', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('shows the room form and its comparison without sideways scrolling', async () => {
    await openRoom({ recordConflict: true });
    expect(overflowing()).to.deep.equal([]);
    await fill('#capacity', '40');
    await clickButton('Speichern');
    await waitFor(() => deepQuery('#conflict-title'), 'the comparison');
    expect(overflowing()).to.deep.equal([]);
  });

  it('shows the venue form without sideways scrolling', async () => {
    await renderOffice({ signedIn: true, route: VENUE });
    await waitFor(() => deepQuery<HTMLInputElement>('#name')?.value === 'Bürgerhaus Nord', 'the venue form');
    expect(overflowing()).to.deep.equal([]);
  });
});
