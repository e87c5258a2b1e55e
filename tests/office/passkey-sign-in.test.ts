/// <reference types="mocha" />
/**
 * The second factor with a passkey: the office asks the browser to sign the
 * server's challenge (`navigator.credentials.get`, answered here by a
 * stand-in authenticator that records what it was given), sends the answer
 * and is signed in; a cancelled dialog and a passkey of another account get
 * a message that says what to do, the session stays pending, and the
 * recovery code still works. Every state is checked with axe.
 */
import { expect } from '@open-wc/testing';
import { MOCK_PASSKEY_ID, MOCK_RECOVERY_CODE } from '@teilhabe/mocks';
import { clickButton, deepQuery, fill, renderOffice, storedSession, textOf, waitFor } from './support.js';

const credentials = navigator.credentials as unknown as Record<string, unknown>;
const bytes = (text: string) => new TextEncoder().encode(text).buffer;
const base64url = (buffer: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Answers `navigator.credentials.get` as an authenticator holding the passkey `id` would. */
function standInAuthenticator(id: string, seen: CredentialRequestOptions[]) {
  credentials.get = async (options: CredentialRequestOptions) => {
    seen.push(options);
    const rawId = Uint8Array.from(atob(id.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
    return {
      id,
      rawId,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: { clientDataJSON: bytes('{"type":"webauthn.get"}'), authenticatorData: bytes('authenticator-data'), signature: bytes('signature'), userHandle: bytes('user') },
      getClientExtensionResults: () => ({}),
    };
  };
}

async function toSecondFactor() {
  const app = await renderOffice({ signIn: 'passkey' });
  await fill('#email', 'buero@musterkreis.example.de');
  await fill('#password', 'richtig-langes-passwort');
  await clickButton('Anmelden');
  await waitFor(() => deepQuery('.passkey-sign-in'), 'the passkey step');
  return app;
}

describe('office app: signing in with a passkey', function () {
  this.timeout(60_000);
  afterEach(() => {
    delete credentials.get;
  });

  it('signs the challenge with the passkey and signs in', async () => {
    const seen: CredentialRequestOptions[] = [];
    standInAuthenticator(MOCK_PASSKEY_ID, seen);
    const app = await toSecondFactor();
    expect(textOf(deepQuery('h2')), 'the recovery code stays as the other way').to.equal('Mit einem Code');
    expect(storedSession(), 'no session before the second factor').to.equal(null);
    await expect(app).to.be.accessible();

    await clickButton('Mit Passkey bestätigen');
    await waitFor(() => deepQuery('tk-office-start'), 'the start page');
    expect(storedSession()).to.match(/^ses_/);
    const publicKey = seen[0]!.publicKey!;
    expect(base64url(publicKey.challenge as ArrayBuffer), 'the challenge as bytes').to.equal('bW9jay1jaGFsbGVuZ2U');
    expect(base64url(publicKey.allowCredentials![0]!.id as ArrayBuffer)).to.equal(MOCK_PASSKEY_ID);
  });

  it('says what to do when the dialog is cancelled, and the recovery code still works', async () => {
    credentials.get = async () => {
      throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    };
    const app = await toSecondFactor();
    await clickButton('Mit Passkey bestätigen');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Der Passkey hat nicht geantwortet, oder Sie haben abgebrochen.');
    expect(storedSession()).to.equal(null);
    await expect(app).to.be.accessible();

    await fill('#code', MOCK_RECOVERY_CODE);
    await clickButton('Weiter');
    await waitFor(() => deepQuery('tk-office-start'), 'the start page');
  });

  it('refuses a passkey of another account with a clear message', async () => {
    standInAuthenticator('YW5kZXJlci1wYXNza2V5', []);
    await toSecondFactor();
    await clickButton('Mit Passkey bestätigen');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(textOf(summary)).to.contain('Dieser Passkey gehört nicht zu Ihrem Konto');
    expect(deepQuery('.passkey-sign-in'), 'the passkey can be tried again').to.not.equal(null);
  });
});
