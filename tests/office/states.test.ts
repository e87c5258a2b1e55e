/// <reference types="mocha" />
/**
 * Every screen state of the office app, each checked with axe: sign-in
 * (empty, errors, wrong password, throttled, second factor, identity
 * provider), the password link, the start page, the queue (empty, with
 * competing requests), the decision form with an error, the check step and
 * the banner after a decision; and English.
 */
import { expect } from '@open-wc/testing';
import { MOCK_RECOVERY_CODE, MOCK_TOTP_CODE, USED_LINK_TOKEN, decisionLog } from '@teilhabe/mocks';
import { router } from '../../packages/office/src/shell/router.js';
import { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, renderOffice, storedSession, textOf, waitFor } from './support.js';

async function signInWith(password = 'richtig-langes-passwort') {
  await fill('#email', 'buero@musterkreis.example.de');
  await fill('#password', password);
  await clickButton('Anmelden');
}

describe('office app: sign-in', function () {
  this.timeout(30_000);

  it('is accessible when empty, without an identity provider', async () => {
    const app = await renderOffice();
    expect(deepQuery('.oidc-title')).to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('names each missing field in the error summary, which takes the focus', async () => {
    const app = await renderOffice();
    await clickButton('Anmelden');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Geben Sie Ihre E-Mail-Adresse an').and.contain('Geben Sie Ihr Passwort an');
    expect(deepActive()).to.equal(summary);
    expect(deepQuery('#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepQuery('#email')!.getAttribute('aria-describedby')).to.equal('email-error');
    await expect(app).to.be.accessible();
  });

  it('says that e-mail or password is wrong and keeps the e-mail', async () => {
    const app = await renderOffice({ signIn: 'wrong' });
    await signInWith();
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('E-Mail-Adresse oder Passwort stimmen nicht');
    expect(deepQuery<HTMLInputElement>('#email')!.value).to.equal('buero@musterkreis.example.de');
    await expect(app).to.be.accessible();
  });

  it('says how long to wait when throttled', async () => {
    const app = await renderOffice({ signIn: 'throttled' });
    await signInWith();
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Zu viele Versuche. Versuchen Sie es in 2 Minuten wieder.');
    await expect(app).to.be.accessible();
  });

  it('asks for the code of the app, rejects a wrong one, and takes a recovery code', async () => {
    const app = await renderOffice({ signIn: 'second-factor' });
    await signInWith();
    await waitFor(() => deepQuery('#code'), 'the second-factor step');
    expect(storedSession(), 'no session is kept before the second factor').to.equal(null);
    await expect(app).to.be.accessible();

    await fill('#code', '000000');
    await clickButton('Weiter');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Der Code stimmt nicht');
    await expect(app).to.be.accessible();

    await clickButton('Einen Wiederherstellungscode verwenden');
    await waitFor(() => textOf(deepQuery('label[for="code"]')) === 'Wiederherstellungscode', 'the recovery-code field');
    expect(deepActive()).to.equal(deepQuery('#code'));
    await fill('#code', MOCK_RECOVERY_CODE);
    await clickButton('Weiter');
    await waitFor(() => deepQuery('tk-office-start'), 'the start page');
    expect(storedSession()).to.match(/^ses_/);
  });

  it('signs in with the code of the app and shows who is signed in', async () => {
    const app = await renderOffice({ signIn: 'second-factor' });
    await signInWith();
    await fill('#code', MOCK_TOTP_CODE);
    await clickButton('Weiter');
    await waitFor(() => deepQuery('.waiting-count'), 'the number of waiting requests');
    expect(textOf(deepQuery('.who'))).to.equal('Angemeldet: Selin Yılmaz');
    expect(textOf(deepQuery('.tenant-name'))).to.equal('Landkreis Musterkreis');
    expect(textOf(deepQuery('.waiting-count'))).to.equal('3 Anfragen warten auf Ihre Entscheidung.');
    await expect(app).to.be.accessible();
  });

  it('offers the identity provider when the tenant has one', async () => {
    const app = await renderOffice({ oidc: true });
    const link = await waitFor(() => deepQuery<HTMLAnchorElement>('a.button.secondary'), 'the identity-provider link');
    expect(link.getAttribute('href')).to.equal(`${location.origin}/v1/musterkreis/auth/oidc/start`);
    await expect(app).to.be.accessible();
  });

  it('asks for a reset link and confirms without saying whether the address exists', async () => {
    const app = await renderOffice();
    await clickButton('Passwort vergessen');
    await fill('#email', 'jemand@example.org');
    await clickButton('Link schicken');
    await waitFor(() => textOf(deepQuery('h1')) === 'Prüfen Sie Ihr Postfach', 'the confirmation');
    expect(deepQueryAll('p').some((p) => textOf(p).startsWith('Wenn jemand@example.org zu einem Konto gehört'))).to.equal(true);
    await expect(app).to.be.accessible();
  });

  it('signs out and forgets the session', async () => {
    await renderOffice({ signedIn: true });
    await clickButton('Abmelden');
    await waitFor(() => deepQuery('#email'), 'the sign-in form');
    expect(storedSession()).to.equal(null);
    expect(textOf(deepQuery('.banner'))).to.contain('Sie sind abgemeldet.');
  });
});

describe('office app: the password link', function () {
  this.timeout(30_000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('sets a password and takes the secret out of the address bar', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#token=fresh-link-token-0123456789`);
    const app = await renderOffice();
    router.go('set-password');
    await waitFor(() => deepQuery('#new-password'), 'the set-password form');
    expect(location.hash).to.equal('');
    await expect(app).to.be.accessible();
    await fill('#new-password', 'kurz');
    await clickButton('Passwort setzen');
    await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(deepQuery('.error-summary'))).to.contain('mindestens 12 Zeichen');
    await expect(app).to.be.accessible();
    await fill('#new-password', 'Ein Satz mit Tinte am Rathaus');
    await fill('#repeat-password', 'Ein Satz mit Tinte am Rathaus');
    await clickButton('Passwort setzen');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Ihr Passwort ist gesetzt.'), 'the confirmation');
    await expect(app).to.be.accessible();
  });

  it('says when the link is used', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#token=${USED_LINK_TOKEN}`);
    const app = await renderOffice();
    router.go('set-password');
    await fill('#new-password', 'Ein Satz mit Tinte am Rathaus');
    await fill('#repeat-password', 'Ein Satz mit Tinte am Rathaus');
    await clickButton('Passwort setzen');
    await waitFor(() => textOf(deepQuery('h1')) === 'Der Link gilt nicht mehr', 'the used-link page');
    await expect(app).to.be.accessible();
  });
});

describe('office app: the booking queue', function () {
  this.timeout(30_000);

  it('is accessible when nothing waits', async () => {
    const app = await renderOffice({ signedIn: true, queue: 'empty', route: 'bookings' });
    await waitFor(() => textOf(deepQuery('.count')) === 'Keine Anfrage passt zu den Filtern.', 'the empty queue');
    await expect(app).to.be.accessible();
  });

  it('shows contact, waiting days and highlights competing requests', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings' });
    await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
    const [amina, cafe, dmytro] = deepQueryAll('.request');
    expect(amina!.classList.contains('competing')).to.equal(true);
    expect(dmytro!.classList.contains('competing')).to.equal(true);
    expect(cafe!.classList.contains('competing')).to.equal(false);
    expect(textOf(amina!.querySelector('.overlaps'))).to.contain('Angefragt: Ukrainische Elterninitiative');
    expect(textOf(amina!)).to.contain('wartet seit 6 Tagen').and.contain('amina@example.org').and.contain('+49 170 1234567');
    expect(amina!.querySelector('a[href="tel:+491701234567"]')).to.not.equal(null);
    expect(textOf(cafe!)).to.contain('Serie mit 3 Terminen');
    await expect(app).to.be.accessible();
  });

  it('filters by text and by room', async () => {
    await renderOffice({ signedIn: true, route: 'bookings' });
    await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
    await fill('#filter-q', 'frauencafé');
    await clickButton('Filter anwenden');
    await waitFor(() => deepQueryAll('.request').length === 1, 'one request');
    expect(textOf(deepQuery('.count'))).to.equal('1 Anfrage');
    await fill('#filter-q', '');
    const room = deepQuery<HTMLSelectElement>('#filter-room')!;
    await waitFor(() => room.options.length === 3, 'the rooms');
    room.value = 'saal-rathaus';
    await clickButton('Filter anwenden');
    await waitFor(() => textOf(deepQuery('.count')) === '2 Anfragen', 'the hall’s two requests');
  });

  it('shows the decision form with an error, then the check step and the banner', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings' });
    await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
    await click('a.decide');
    await waitFor(() => deepQuery('tk-office-decision'), 'the decision');
    await expect(app).to.be.accessible();

    await clickButton('Weiter');
    await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(deepQuery('.error-summary'))).to.contain('Wählen Sie, ob Sie zusagen oder absagen');
    await click('#choice-declined');
    await clickButton('Weiter');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Schreiben Sie der Person, warum Sie absagen'), 'the reason error');
    expect(deepQuery('#reason')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(app).to.be.accessible();

    await click('#reason-taken');
    expect(deepQuery<HTMLTextAreaElement>('#reason')!.value).to.contain('schon vergeben');
    await clickButton('Weiter');
    await waitFor(() => textOf(deepQuery('h1')) === 'Prüfen Sie Ihre Entscheidung', 'the check step');
    await expect(app).to.be.accessible();

    await clickButton('Entscheidung senden');
    const banner = await waitFor(() => deepQuery('.banner'), 'the banner');
    expect(textOf(banner)).to.contain('Abgesagt: Amina Haddad');
    await waitFor(() => deepQueryAll('.request').length === 2, 'two requests left');
    expect(deepQueryAll('.request.competing')).to.have.length(0, 'the competitor no longer competes');
    await expect(app).to.be.accessible();
  });

  it('after an approval, declines the competing requests with one reason', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings' });
    await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
    await click('a.decide');
    await click('#choice-confirmed');
    await clickButton('Weiter');
    await clickButton('Entscheidung senden');
    const banner = await waitFor(() => (textOf(deepQuery('.banner')).includes('1 weitere Anfrage wartet auf dieselbe Zeit.') ? deepQuery('.banner') : null), 'the banner with the competitor');
    expect(textOf(banner)).to.contain('Zugesagt: Amina Haddad');
    await expect(app).to.be.accessible();

    await clickButton('Diese Anfragen absagen');
    await waitFor(() => textOf(deepActive()) === 'Die anderen Anfragen absagen', 'focus on the heading');
    expect(textOf(deepQuery('.competing-list'))).to.contain('Ukrainische Elterninitiative');
    expect(deepQuery<HTMLTextAreaElement>('#competing-reason')!.value).to.contain('schon vergeben');
    await expect(app).to.be.accessible();
    await fill('#competing-reason', '');
    await clickButton('Anfragen absagen');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Schreiben Sie den Personen, warum Sie absagen'), 'the reason error');
    await expect(app).to.be.accessible();
    await fill('#competing-reason', 'Der Saal ist an diesem Abend vergeben.');
    await clickButton('Anfragen absagen');
    await waitFor(() => textOf(deepQuery('.banner')).includes('1 Anfrage abgesagt.'), 'the banner');
    expect(decisionLog.at(-1)).to.deep.equal({ id: '0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a/decline-conflicting', body: { reason: 'Der Saal ist an diesem Abend vergeben.' } });
    await waitFor(() => deepQueryAll('.request').length === 1, 'only the series left');
  });

  it('pages through a long queue', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings', moreRequests: 120 });
    await waitFor(() => deepQueryAll('.request').length === 50, 'the first page');
    expect(textOf(deepQuery('.count'))).to.equal('123 Anfragen');
    await expect(app).to.be.accessible();
    await clickButton(/^Weitere Anfragen laden \(50 von 123 gezeigt\)$/);
    await waitFor(() => deepQueryAll('.request').length === 100, 'the second page');
    expect(deepActive()).to.equal(deepQueryAll('.request h2')[50]);
    await clickButton(/^Weitere Anfragen laden/);
    await waitFor(() => deepQueryAll('.request').length === 123, 'every request');
    expect(deepQuery('.load-more')).to.equal(null);
  });

  it('decides a series date by date', async () => {
    await renderOffice({ signedIn: true, route: 'bookings' });
    await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
    deepQueryAll<HTMLAnchorElement>('a.decide')[1]!.click();
    await click('#choice-by-date');
    await click('#date-2027-01-21-declined');
    await fill('#reason', 'An diesem Tag ist das Haus geschlossen.');
    await clickButton('Weiter');
    await waitFor(() => textOf(deepQuery('h1')) === 'Prüfen Sie Ihre Entscheidung', 'the check step');
    await clickButton('Entscheidung senden');
    await waitFor(() => deepQuery('.banner'), 'the banner');
    expect(decisionLog.at(-1)!.body).to.deep.equal({
      status: 'confirmed',
      dates: { '2027-01-14': 'confirmed', '2027-01-21': 'declined', '2027-01-28': 'confirmed' },
      reason: 'An diesem Tag ist das Haus geschlossen.',
    });
  });

  it('says so when the room was taken meanwhile', async () => {
    const app = await renderOffice({ signedIn: true, route: 'bookings', decide: 'conflict' });
    await click('a.decide');
    await click('#choice-confirmed');
    await clickButton('Weiter');
    await clickButton('Entscheidung senden');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('schon vergeben'), 'the conflict');
    await expect(app).to.be.accessible();
  });
});

describe('office app: English', function () {
  this.timeout(30_000);

  it('switches the interface to English', async () => {
    document.documentElement.lang = 'de';
    const app = await renderOffice();
    await clickButton('English');
    await waitFor(() => textOf(deepQuery('h1')) === 'Sign in', 'the English sign-in');
    expect(textOf(deepQuery('label[for="password"]'))).to.equal('Password');
    await expect(app).to.be.accessible();
    await clickButton('Deutsch');
    await waitFor(() => textOf(deepQuery('h1')) === 'Anmelden', 'German again');
  });

  it('has an English text for every message', async () => {
    const ids = (await (await fetch('/__tk/office-message-ids.json')).json()) as string[];
    const { templates } = await import('../../packages/office/src/localization/en.js');
    expect(ids.length).to.be.greaterThan(100);
    expect(ids.filter((id) => !(id in templates))).to.deep.equal([]);
    expect(Object.keys(templates).filter((id) => !ids.includes(id))).to.deep.equal([]);
  });
});
