import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { clickButton, deepQuery, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const office = (parameters: OfficeStoryParameters = {}) => ({ office: { signedIn: true, ...parameters } });
const account = at('account', () => deepQuery('tk-office-passkeys') && deepQuery('.totp-start, .totp-remove'), 'the account page');

const meta = {
  title: 'Office/Mein Konto',
  render: renderOffice,
  parameters: office(),
  play: account,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** No second factor yet: set up an app, add a passkey, change the password, sign out everywhere. */
export const NoSecondFactor: Story = {};
/** An authenticator app and a passkey set up, recovery codes renewable. */
export const AppAndPasskey: Story = { parameters: office({ factors: 'app-and-passkey' }) };
/** Setting up the authenticator app: the secret as grouped text and its otpauth:// address, confirmed with a first code. */
export const TotpSetup: Story = {
  play: then(account, () => clickButton('Authenticator-App einrichten'), async () => void (await waitFor(() => deepQuery('.totp-secret'), 'the secret'))),
};
/** The ways to sign in cannot be loaded; "sign out everywhere" still works. */
export const LoadError: Story = { parameters: office({ peopleFailure: 'load' }), play: at('account', () => deepQuery('.state-error'), 'the error state') };
/** In English. */
export const English: Story = { ...inEnglish };
