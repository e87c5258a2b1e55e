/// <reference types="mocha" />
/**
 * Staff and tokens for admins: only an admin sees them in the navigation;
 * every state checked with axe; inviting a person and creating a token with
 * the keyboard only; the token's secret shown once; errors that keep the
 * input; the server's last-admin refusal shown as it says; reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MOCK_TOKEN_SECRET, officeHandlers, peopleLog } from '@teilhabe/mocks';
import { mockHandlers } from '../components/widget-harness.js';
import { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, tabTo, textOf, waitFor } from './support.js';

const isButton = (label: string) => (el: Element) => el.matches('button, a') && textOf(el) === label;
const navLinks = () => deepQueryAll('nav a').map((a) => textOf(a));

async function openStaff() {
  const app = await renderOffice({ signedIn: true, admin: true, route: 'staff' });
  await waitFor(() => deepQueryAll('.person').length === 4, 'four people');
  return app;
}

async function openTokens() {
  const app = await renderOffice({ signedIn: true, admin: true, route: 'tokens' });
  await waitFor(() => deepQueryAll('.token').length === 2, 'two tokens');
  return app;
}

describe('office app: staff (admins)', function () {
  this.timeout(60_000);

  it('shows "Personen" and "Tokens" in the navigation only to admins', async () => {
    await renderOffice({ signedIn: true });
    expect(navLinks()).to.not.include('Personen');
    expect(navLinks()).to.not.include('Tokens');
    await renderOffice({ signedIn: true, admin: true });
    await waitFor(() => navLinks().includes('Personen'), 'the staff link');
    expect(navLinks()).to.include('Tokens');
  });

  it('lists people with roles, state and second factor, the own account marked', async () => {
    const app = await openStaff();
    const cards = deepQueryAll('.person').map(textOf);
    expect(cards[0]).to.contain('Selin Yılmaz Sie').and.contain('Admin, Redaktion, Raumbuchungen');
    expect(cards[1]).to.contain('Jonas Weber').and.contain('Authenticator-App');
    expect(cards[2]).to.contain('Eingeladen, noch kein Passwort gesetzt');
    expect(cards[3]).to.contain('Deaktiviert');
    await expect(app).to.be.accessible();
  });

  it('says when the list cannot be loaded, with a retry', async () => {
    const app = await renderOffice({ signedIn: true, admin: true, route: 'staff', peopleFailure: 'load' });
    await waitFor(() => deepQuery('.state-error'), 'the error state');
    expect(textOf(deepQuery('.state-error'))).to.contain('Die Personen konnten nicht geladen werden.').and.contain('Erneut versuchen');
    await expect(app).to.be.accessible();
  });

  it('loads the list again with "Erneut versuchen", the error announced', async () => {
    await renderOffice({ signedIn: true, admin: true, route: 'staff', peopleFailure: 'load' });
    await waitFor(() => deepQuery('.state-error'), 'the error state');
    expect(deepQuery('.state-error [role="alert"]'), 'the error is announced').to.exist;
    await mockHandlers(officeHandlers({ admin: true })); // the API answers again
    deepQueryAll<HTMLButtonElement>('.state-error button')[0]!.click();
    await waitFor(() => deepQueryAll('.person').length > 0, 'the list after the retry');
    expect(deepQuery('.state-error')).to.equal(null);
  });

  it('invites a person with the keyboard only', async () => {
    await openStaff();
    await tabTo(isButton('Person einladen'), 'Person einladen');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepActive()) === 'Person einladen', 'focus on the invite heading');
    await tabTo((el) => el.matches('#invite-name'), 'the name');
    await sendKeys({ type: 'Amal Nasser' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'amal.nasser@musterkreis.example.de' });
    await tabTo((el) => el.matches('#invite-role-bookings'), 'the role Raumbuchungen');
    await sendKeys({ press: 'Space' });
    await tabTo(isButton('Einladung schicken'), 'Einladung schicken');
    await sendKeys({ press: 'Enter' });
    const banner = await waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the banner');
    expect(textOf(banner)).to.contain('Eingeladen: Amal Nasser. amal.nasser@musterkreis.example.de bekommt eine E-Mail');
    expect(peopleLog.at(-1)).to.deep.equal({ method: 'POST', path: '/staff', body: { name: 'Amal Nasser', email: 'amal.nasser@musterkreis.example.de', roles: ['bookings'] } });
    await waitFor(() => deepQueryAll('.person').length === 5, 'five people');
  });

  it('names every missing field, then the taken address, and keeps what was typed', async () => {
    const app = await openStaff();
    await clickButton('Person einladen');
    await clickButton('Einladung schicken');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(deepActive()).to.equal(summary);
    expect(textOf(summary)).to.contain('Geben Sie den Namen der Person an').and.contain('Geben Sie die E-Mail-Adresse der Person an').and.contain('Wählen Sie mindestens eine Rolle');
    expect(deepQuery('#invite-email')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(app).to.be.accessible();

    await fill('#invite-name', 'Jonas Zweitkonto');
    await fill('#invite-email', 'jonas.weber@musterkreis.example.de');
    await click('#invite-role-editor');
    await clickButton('Einladung schicken');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Zu dieser E-Mail-Adresse gibt es schon ein Konto'), 'the taken address');
    expect(deepQuery<HTMLInputElement>('#invite-name')!.value).to.equal('Jonas Zweitkonto');
    expect(deepQuery<HTMLInputElement>('#invite-email')!.value).to.equal('jonas.weber@musterkreis.example.de');
    expect(deepQuery<HTMLInputElement>('#invite-role-editor')!.checked).to.equal(true);
    await expect(app).to.be.accessible();
  });

  it('changes roles, and disables an account after asking', async () => {
    const app = await openStaff();
    await clickButton('Ändern: Jonas Weber');
    await waitFor(() => textOf(deepActive()) === 'Jonas Weber ändern', 'focus on the edit heading');
    await expect(app).to.be.accessible();
    await click('#edit-role-bookings');
    await clickButton('Rollen speichern');
    const banner = await waitFor(() => deepQuery('.banner'), 'the banner');
    expect(textOf(banner)).to.contain('Gespeichert: Jonas Weber hat jetzt die Rollen Redaktion, Raumbuchungen.');

    await clickButton('Ändern: Jonas Weber');
    await clickButton('Konto deaktivieren');
    await waitFor(() => deepActive()?.matches('#confirm-disable-title'), 'focus on the question');
    expect(textOf(deepActive())).to.contain('Jede Sitzung der Person endet sofort');
    await expect(app).to.be.accessible();
    await click('.disable-confirmed');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Deaktiviert: Jonas Weber'), 'the disabled banner');
    expect(peopleLog.at(-1)!.body).to.deep.equal({ disabled: true });
  });

  it('does not let the admin lock herself out', async () => {
    const app = await openStaff();
    await clickButton('Ändern: Selin Yılmaz');
    await waitFor(() => deepQuery('tk-office-staff-member'), 'the edit form');
    expect(deepQuery('.disable')).to.equal(null);
    expect(textOf(await waitFor(() => deepQuery('.self-disable'), 'the note'))).to.contain('Ihr eigenes Konto können Sie nicht deaktivieren');
    await click('#edit-role-admin');
    await clickButton('Rollen speichern');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Ihre eigene Rolle Admin können Sie nicht abgeben');
    expect(deepQuery<HTMLInputElement>('#edit-role-admin')!.checked).to.equal(false);
    await expect(app).to.be.accessible();
  });

  it('signs the admin out when she gives up one of her own roles, as the server ended her sessions', async () => {
    await openStaff();
    await clickButton('Ändern: Selin Yılmaz');
    await click('#edit-role-bookings');
    await clickButton('Rollen speichern');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Sie sind auf allen Geräten abgemeldet.'), 'the signed-out notice');
    expect(peopleLog.at(-1)!.body).to.deep.equal({ roles: ['admin', 'editor'] });
    await waitFor(() => deepQuery('#email'), 'the sign-in form');
  });

  it('shows the server’s refusal when a change would leave no admin, with the roles as chosen', async () => {
    await renderOffice({ signedIn: true, admin: true, route: 'staff', peopleFailure: 'last-admin' });
    await waitFor(() => deepQueryAll('.person').length === 4, 'four people');
    await clickButton('Ändern: Jonas Weber');
    await click('#edit-role-bookings');
    await clickButton('Rollen speichern');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Dann hätte niemand mehr die Rolle Admin'), 'the last-admin message');
    expect(deepQuery<HTMLInputElement>('#edit-role-bookings')!.checked).to.equal(true);
  });
});

describe('office app: tokens (admins)', function () {
  this.timeout(60_000);

  it('lists tokens, revoked ones marked', async () => {
    const app = await openTokens();
    const cards = deepQueryAll('.token').map(textOf);
    expect(cards[0]).to.contain('Import Vereinsregister').and.contain('Redaktion').and.contain('Widerrufen: Import Vereinsregister');
    expect(cards[1]).to.contain('Alter Kalender-Export widerrufen');
    expect(deepQueryAll('.revoke').length).to.equal(1);
    await expect(app).to.be.accessible();
  });

  it('creates a token with the keyboard only and shows its secret once', async () => {
    const app = await openTokens();
    await tabTo(isButton('Token erstellen'), 'Token erstellen');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.matches('h1') && textOf(deepActive()) === 'Token erstellen', 'focus on the form heading');
    await tabTo((el) => el.matches('#token-name'), 'the name');
    await sendKeys({ type: 'Fachverfahren Raumvergabe' });
    await tabTo((el) => el.matches('#token-role-bookings'), 'the role');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.matches('button') && textOf(el) === 'Token erstellen', 'the submit button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepActive()) === 'Token „Fachverfahren Raumvergabe“ erstellt', 'focus on the created heading');
    expect(textOf(deepQuery('#token-secret'))).to.equal(MOCK_TOKEN_SECRET);
    expect(textOf(deepQuery('.warning-text'))).to.contain('Sie sehen den Token nur jetzt');
    await expect(app).to.be.accessible();

    await tabTo(isButton('Token kopieren'), 'the copy button');
    await tabTo(isButton('Fertig, ich habe den Token gespeichert'), 'Fertig');
    await sendKeys({ press: 'Enter' });
    const banner = await waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the banner');
    expect(textOf(banner)).to.contain('Der Token „Fachverfahren Raumvergabe“ ist bereit.');
    expect(textOf(app.shadowRoot!.querySelector('main'))).to.not.contain(MOCK_TOKEN_SECRET);
    expect(deepQueryAll('.token').map(textOf).join(' ')).to.not.contain(MOCK_TOKEN_SECRET);
    expect(peopleLog.at(-1)).to.deep.equal({ method: 'POST', path: '/tokens', body: { name: 'Fachverfahren Raumvergabe', roles: ['bookings'] } });
  });

  it('says what is wrong with the name and keeps it', async () => {
    const app = await openTokens();
    await clickButton('Token erstellen');
    await fill('#token-name', 'x');
    await click('.button-row .button');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Geben Sie dem Token einen Namen'), 'the name error');
    expect(textOf(deepQuery('.error-summary'))).to.contain('Wählen Sie mindestens eine Rolle');
    await expect(app).to.be.accessible();
    await fill('#token-name', 'Import Vereinsregister');
    await click('#token-role-editor');
    await click('.button-row .button');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Ein gültiger Token hat schon diesen Namen'), 'the taken name');
    expect(deepQuery<HTMLInputElement>('#token-name')!.value).to.equal('Import Vereinsregister');
  });

  it('revokes a token only after asking', async () => {
    const app = await openTokens();
    await clickButton('Widerrufen: Import Vereinsregister');
    await waitFor(() => deepActive()?.matches('#confirm-revoke-title'), 'focus on the question');
    await expect(app).to.be.accessible();
    await clickButton('Abbrechen');
    await waitFor(() => deepActive()?.matches('.revoke'), 'focus back on the revoke button');
    expect(peopleLog.filter((entry) => entry.method === 'DELETE' && entry.path.startsWith('/tokens/'))).to.have.length(0);
    await clickButton('Widerrufen: Import Vereinsregister');
    await click('.revoke-confirmed');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Widerrufen: „Import Vereinsregister“'), 'the banner');
    expect(deepQueryAll('.revoke')).to.have.length(0);
  });
});

describe('office app: staff and tokens at 320 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));


  it('shows the list and the invite form without sideways scrolling', async () => {
    await openStaff();
    expect(overflowingElements()).to.deep.equal([]);
    await clickButton('Person einladen');
    await waitFor(() => deepQuery('#invite-name'), 'the invite form');
    expect(overflowingElements()).to.deep.equal([]);
  });

  it('shows a token’s secret without sideways scrolling', async () => {
    await openTokens();
    expect(overflowingElements()).to.deep.equal([]);
    await clickButton('Token erstellen');
    await fill('#token-name', 'Import');
    await click('#token-role-editor');
    await click('.button-row .button');
    await waitFor(() => deepQuery('#token-secret'), 'the secret');
    expect(overflowingElements()).to.deep.equal([]);
  });
});
