/// <reference types="mocha" />
/**
 * The signed-in person's sign-in security: every state checked with axe;
 * setting up an authenticator app with the keyboard only (a wrong code
 * first, kept in the field); recovery codes shown once; passkeys; the
 * password link; signing out everywhere; reflow at 320 px.
 *
 * Passkeys: the mocked API's options go through the app's WebAuthn
 * conversion to `navigator.credentials.create`, once for real with
 * Chromium's virtual authenticator (CDP), otherwise answered by a stand-in
 * (which also plays a cancelled dialog). The server's verification of a
 * real ceremony is `tests/e2e/passkeys.test.ts`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { peopleLog } from '@teilhabe/mocks';
import { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, storedSession, tabTo, textOf, waitFor } from './support.js';

const isButton = (label: string) => (el: Element) => el.matches('button, a') && textOf(el) === label;

async function openAccount(options: { factors?: 'none' | 'app-and-passkey' } = {}) {
  const app = await renderOffice({ signedIn: true, route: 'account', ...options });
  await waitFor(() => deepQuery('tk-office-passkeys') && deepQuery('.totp-start, .totp-remove'), 'the account page');
  return app;
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;
const credentials = navigator.credentials as unknown as Record<string, unknown>;

/** An authenticator's answer, as `navigator.credentials.create` resolves it; `seen` receives the options it was given. */
function standInAuthenticator(seen: Array<CredentialCreationOptions>) {
  credentials.create = async (options: CredentialCreationOptions) => {
    seen.push(options);
    return {
      id: 'bmV1ZXItcGFzc2tleQ',
      rawId: bytes('neuer-passkey'),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: { clientDataJSON: bytes('{"type":"webauthn.create"}'), attestationObject: bytes('attestation'), getTransports: () => ['internal'] },
      getClientExtensionResults: () => ({}),
    };
  };
}

describe('office app: account security', function () {
  this.timeout(60_000);
  afterEach(() => {
    delete credentials.create;
  });

  it('is linked for everyone and accessible without any second factor', async () => {
    const app = await openAccount();
    expect(deepQueryAll('nav a').map(textOf)).to.include('Mein Konto');
    expect(textOf(deepQuery('.no-passkeys'))).to.equal('Sie haben noch keinen Passkey.');
    await expect(app).to.be.accessible();
  });

  it('says when the ways to sign in cannot be loaded, and still offers sign out everywhere', async () => {
    const app = await renderOffice({ signedIn: true, route: 'account', peopleFailure: 'load' });
    await waitFor(() => deepQuery('.state-error'), 'the error state');
    expect(textOf(deepQuery('.state-error'))).to.contain('Ihre Anmeldewege konnten nicht geladen werden.').and.contain('Erneut versuchen');
    expect(deepQuery('.sign-out-everywhere')).to.not.equal(null);
    await expect(app).to.be.accessible();
  });

  it('sets up an authenticator app with the keyboard only, and shows the recovery codes once', async () => {
    const app = await renderOffice({ signedIn: true });
    await tabTo((el) => el.matches('a') && textOf(el) === 'Mein Konto', 'the account link');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepActive()) === 'Anmeldung und Sicherheit', 'focus on the account heading');
    await tabTo(isButton('Authenticator-App einrichten'), 'the set-up button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepQuery('.totp-secret'), 'the secret');
    expect(textOf(deepQuery('.totp-secret'))).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(textOf(deepQuery('.totp-uri'))).to.match(/^otpauth:\/\/totp\/.+secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP/);
    await expect(app).to.be.accessible();

    await tabTo((el) => el.matches('#totp-code'), 'the code field');
    await sendKeys({ type: '654321' });
    await sendKeys({ press: 'Enter' });
    const summary = await waitFor(() => (deepActive()?.matches('.error-summary') ? deepActive() : null), 'focus on the error summary');
    expect(textOf(summary)).to.contain('Der Code stimmt nicht.');
    expect(deepQuery<HTMLInputElement>('#totp-code')!.value).to.equal('654321');
    expect(deepQuery('#totp-code')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(app).to.be.accessible();

    await tabTo((el) => el.matches('#totp-code'), 'the code field again');
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(deepActive()) === 'Ihre Wiederherstellungscodes', 'focus on the recovery codes');
    expect(deepQueryAll('.codes li')).to.have.length(10);
    expect(peopleLog.at(-1)).to.deep.equal({ method: 'POST', path: '/auth/totp/enrollment/confirmation', body: { code: '123456' } });
    await expect(app).to.be.accessible();

    await tabTo(isButton('Fertig, ich habe die Codes gespeichert'), 'Fertig');
    await sendKeys({ press: 'Enter' });
    const banner = await waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the banner');
    expect(textOf(banner)).to.contain('Die Authenticator-App ist eingerichtet.');
    expect(deepQuery('.codes')).to.equal(null);
    expect(deepQuery('.totp-remove')).to.not.equal(null);
  });

  it('asks for six digits before sending', async () => {
    await openAccount();
    await clickButton('Authenticator-App einrichten');
    await fill('#totp-code', '12 34');
    await click('.totp-confirm');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Geben Sie die 6 Ziffern ein'), 'the format error');
    expect(deepQuery<HTMLInputElement>('#totp-code')!.value).to.equal('12 34');
  });

  it('adds a passkey through navigator.credentials.create', async () => {
    const seen: CredentialCreationOptions[] = [];
    standInAuthenticator(seen);
    const app = await openAccount();
    await fill('#passkey-label', 'Laptop im Büro');
    await click('.passkey-add');
    await waitFor(() => deepQuery('#recovery-title'), 'the recovery codes');
    const publicKey = seen[0]!.publicKey!;
    expect(new TextDecoder().decode(publicKey.challenge as ArrayBuffer)).to.equal('mock-challenge-0123456789');
    expect(new TextDecoder().decode(publicKey.user.id as ArrayBuffer)).to.equal('mock-user-id');
    const sent = peopleLog.at(-1)!.body as { label: string; response: { id: string; rawId: string; response: { transports: string[] } } };
    expect(sent.label).to.equal('Laptop im Büro');
    expect(sent.response.rawId).to.equal('bmV1ZXItcGFzc2tleQ');
    expect(sent.response.response.transports).to.deep.equal(['internal']);
    await clickButton('Fertig, ich habe die Codes gespeichert');
    await waitFor(() => deepQueryAll('.passkey').length === 1, 'the new passkey in the list');
    expect(textOf(deepQuery('.passkey'))).to.contain('Laptop im Büro').and.contain('noch nie');
    await expect(app).to.be.accessible();
  });

  it('creates a real passkey with Chromium’s virtual authenticator from the options', async () => {
    await executeServerCommand('virtual-authenticator');
    await openAccount();
    await fill('#passkey-label', 'Virtueller Schlüssel');
    await click('.passkey-add');
    await waitFor(() => deepQuery('#recovery-title'), 'the recovery codes');
    const sent = peopleLog.at(-1)!.body as { label: string; response: { id: string; rawId: string; type: string; response: { clientDataJSON: string; attestationObject: string } } };
    expect(sent.response.type).to.equal('public-key');
    expect(sent.response.rawId).to.equal(sent.response.id);
    const clientData = JSON.parse(atob(sent.response.response.clientDataJSON.replace(/-/g, '+').replace(/_/g, '/'))) as { type: string; challenge: string; origin: string };
    expect(clientData).to.include({ type: 'webauthn.create', challenge: 'bW9jay1jaGFsbGVuZ2UtMDEyMzQ1Njc4OQ', origin: location.origin });
    expect(sent.response.response.attestationObject).to.match(/^[\w-]{40,}$/);
  });

  it('says so when the passkey dialog is cancelled', async () => {
    credentials.create = async () => {
      throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    };
    const app = await openAccount();
    await click('.passkey-add');
    await waitFor(() => textOf(deepQuery('.error-summary')).includes('Es wurde kein Passkey angelegt'), 'the cancelled message');
    expect(deepQueryAll('.passkey')).to.have.length(0);
    await expect(app).to.be.accessible();
  });

  it('removes a passkey and the app after asking, and renews the recovery codes', async () => {
    const app = await openAccount({ factors: 'app-and-passkey' });
    expect(textOf(deepQuery('.passkey'))).to.contain('Laptop im Büro');
    expect(textOf(deepQuery('tk-office-account')!.shadowRoot!.querySelector('[aria-labelledby="codes-title"]'))).to.contain('Sie haben noch 8 Codes.');
    await expect(app).to.be.accessible();

    await clickButton('Entfernen: Laptop im Büro');
    await waitFor(() => deepActive()?.matches('#confirm-passkey-title'), 'focus on the question');
    await expect(app).to.be.accessible();
    await click('.passkey-remove-confirmed');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Der Passkey „Laptop im Büro“ ist entfernt.'), 'the banner');

    await click('.totp-remove');
    await click('.totp-remove-confirmed');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Die Authenticator-App ist entfernt.'), 'the app removed');
    expect(deepQuery('.totp-start')).to.not.equal(null);
  });

  it('renews the recovery codes after asking and shows them once', async () => {
    const app = await openAccount({ factors: 'app-and-passkey' });
    await click('.codes-renew');
    await waitFor(() => deepActive()?.matches('#confirm-codes-title'), 'focus on the question');
    await click('.codes-renew-confirmed');
    await waitFor(() => deepQueryAll('.codes li').length === 10, 'ten codes');
    expect(textOf(deepQuery('.banner'))).to.contain('Die alten gelten nicht mehr.');
    await expect(app).to.be.accessible();
  });

  it('sends a link to change the password', async () => {
    await openAccount();
    await click('.password-link');
    await waitFor(() => textOf(deepQuery('.password-status')).includes('Der Link ist unterwegs.'), 'the sent message');
  });

  it('signs out everywhere', async () => {
    await openAccount();
    await click('.sign-out-everywhere');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Sie sind auf allen Geräten abgemeldet.'), 'the signed-out notice');
    expect(storedSession()).to.equal(null);
  });
});

describe('office app: account security at 320 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('shows the set-up and the recovery codes without sideways scrolling', async () => {
    await openAccount();
    expect(overflowingElements()).to.deep.equal([]);
    await clickButton('Authenticator-App einrichten');
    await waitFor(() => deepQuery('.totp-uri'), 'the set-up');
    expect(overflowingElements()).to.deep.equal([]);
    await fill('#totp-code', '123456');
    await click('.totp-confirm');
    await waitFor(() => deepQueryAll('.codes li').length === 10, 'the codes');
    expect(overflowingElements()).to.deep.equal([]);
  });
});
