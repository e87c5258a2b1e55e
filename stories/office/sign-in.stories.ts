import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MOCK_PASSKEY_ID, MOCK_TOTP_CODE, USED_LINK_TOKEN } from '@teilhabe/mocks';
import { router } from '../../packages/office/src/shell/router.js';
import { clickButton, deepQuery, fill, textOf, waitFor } from './office-dom.js';
import { appReady, inEnglish, renderOffice, signIn, then, type OfficeStoryParameters } from './office-story.js';

const credentials = navigator.credentials as unknown as Record<string, unknown>;
const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** `navigator.credentials.get` as an authenticator holding the mocked passkey answers (as in tests/office/passkey-sign-in.test.ts). */
async function standInPasskey() {
  credentials['get'] = async () => ({
    id: MOCK_PASSKEY_ID,
    rawId: Uint8Array.from(atob(MOCK_PASSKEY_ID), (c) => c.charCodeAt(0)).buffer,
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response: { clientDataJSON: bytes('{"type":"webauthn.get"}'), authenticatorData: bytes('authenticator-data'), signature: bytes('signature'), userHandle: bytes('user') },
    getClientExtensionResults: () => ({}),
  });
  return {};
}

/** The passkey dialog closed without an answer. */
async function cancelledPasskey() {
  credentials['get'] = async () => {
    throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
  };
  return {};
}

const until = (selector: string, what: string) => async () => {
  await waitFor(() => deepQuery(selector), what);
};

const meta = {
  title: 'Office/Anmeldung',
  render: renderOffice,
  play: appReady,
} satisfies Meta;

export default meta;
type Story = StoryObj;
const office = (parameters: OfficeStoryParameters) => ({ office: parameters });

/** E-mail and password, "Passwort vergessen", the switch to English. */
export const Empty: Story = {};
/** Nothing typed: the error summary names each field and takes the focus. */
export const MissingFields: Story = { play: then(appReady, async () => clickButton('Anmelden'), until('.error-summary', 'the error summary')) };
/** E-mail or password wrong; the e-mail stays. */
export const WrongPassword: Story = { parameters: office({ signIn: 'wrong' }), play: then(() => signIn(), until('.error-summary', 'the error summary')) };
/** Too many attempts: how long to wait. */
export const Throttled: Story = { parameters: office({ signIn: 'throttled' }), play: then(() => signIn(), until('.error-summary', 'the error summary')) };
/** Second factor: the code of the authenticator app. */
export const SecondFactorTotp: Story = { parameters: office({ signIn: 'second-factor' }), play: then(() => signIn(), until('#code', 'the second-factor step')) };
/** A wrong code of the app. */
export const SecondFactorWrongCode: Story = {
  parameters: office({ signIn: 'second-factor' }),
  play: then(
    () => signIn(),
    () => fill('#code', '000000'),
    () => clickButton('Weiter'),
    until('.error-summary', 'the error summary'),
  ),
};
/** A recovery code instead of the app. */
export const SecondFactorRecoveryCode: Story = {
  parameters: office({ signIn: 'second-factor' }),
  play: then(
    () => signIn(),
    () => clickButton('Einen Wiederherstellungscode verwenden'),
    async () => void (await waitFor(() => textOf(deepQuery('label[for="code"]')) === 'Wiederherstellungscode', 'the recovery-code field')),
  ),
};
/** Second factor with a passkey (the recovery code stays as the other way). */
export const SecondFactorPasskey: Story = { parameters: office({ signIn: 'passkey' }), loaders: [standInPasskey], play: then(() => signIn(), until('.passkey-sign-in', 'the passkey step')) };
/** The passkey dialog was cancelled: what to do now. */
export const PasskeyCancelled: Story = {
  parameters: office({ signIn: 'passkey' }),
  loaders: [cancelledPasskey],
  play: then(
    () => signIn(),
    until('.passkey-sign-in', 'the passkey step'),
    () => clickButton('Mit Passkey bestätigen'),
    until('.error-summary', 'the error summary'),
  ),
};
/** Signed in with the code of the app: the start page, who is signed in. */
export const SignedInWithCode: Story = {
  parameters: office({ signIn: 'second-factor' }),
  play: then(
    () => signIn(),
    () => fill('#code', MOCK_TOTP_CODE),
    () => clickButton('Weiter'),
    until('.waiting-count', 'the start page'),
  ),
};
/** The municipality's identity provider is offered. */
export const IdentityProvider: Story = { parameters: office({ oidc: true }), play: then(appReady, until('a.button.secondary', 'the identity-provider link')) };
/** "Passwort vergessen": the confirmation, which does not say whether the address exists. */
export const ForgottenPassword: Story = {
  play: then(
    appReady,
    () => clickButton('Passwort vergessen'),
    () => fill('#email', 'jemand@example.org'),
    () => clickButton('Link schicken'),
    async () => void (await waitFor(() => textOf(deepQuery('h1')) === 'Prüfen Sie Ihr Postfach', 'the confirmation')),
  ),
};
/** The page behind the one-time link: set a password (too short here). */
export const SetPassword: Story = {
  parameters: office({ linkToken: 'fresh-link-token-0123456789' }),
  play: then(
    appReady,
    async () => router.go('set-password'),
    () => fill('#new-password', 'kurz'),
    () => clickButton('Passwort setzen'),
    until('.error-summary', 'the error summary'),
  ),
};
/** The one-time link was used already. */
export const UsedLink: Story = {
  parameters: office({ linkToken: USED_LINK_TOKEN }),
  play: then(
    appReady,
    async () => router.go('set-password'),
    () => fill('#new-password', 'Ein Satz mit Tinte am Rathaus'),
    () => fill('#repeat-password', 'Ein Satz mit Tinte am Rathaus'),
    () => clickButton('Passwort setzen'),
    async () => void (await waitFor(() => textOf(deepQuery('h1')) === 'Der Link gilt nicht mehr', 'the used-link page')),
  ),
};
/** Signed out: the banner says so. */
export const SignedOut: Story = {
  parameters: office({ signedIn: true }),
  play: then(appReady, () => clickButton('Abmelden'), until('.banner', 'the banner')),
};
/** In English. */
export const English: Story = { ...inEnglish };
/** In English: a wrong password. */
export const EnglishWrongPassword: Story = {
  ...inEnglish,
  parameters: office({ signIn: 'wrong' }),
  play: then(
    async () => void (await waitFor(() => textOf(deepQuery('h1')) === 'Sign in', 'the English sign-in')),
    () => signIn(undefined, 'Sign in'),
    until('.error-summary', 'the error summary'),
  ),
};
