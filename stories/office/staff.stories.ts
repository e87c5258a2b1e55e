import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { click, clickButton, deepQuery, deepQueryAll, fill, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const admin = (parameters: OfficeStoryParameters = {}) => ({ office: { signedIn: true, admin: true, ...parameters } });
const until = (check: () => unknown, what: string) => async () => void (await waitFor(check, what));
const staff = at('staff', () => deepQueryAll('.person').length === 4, 'four people');
const tokens = at('tokens', () => deepQueryAll('.token').length === 2, 'two tokens');

const meta = {
  title: 'Office/Personen und Tokens',
  render: renderOffice,
  parameters: admin(),
  play: staff,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The staff (admins only): roles, state, second factor; the own account marked. */
export const Staff: Story = {};
/** The list cannot be loaded: a retry. */
export const StaffLoadError: Story = { parameters: admin({ peopleFailure: 'load' }), play: at('staff', () => deepQuery('.state-error'), 'the error state') };
/** Inviting a person: every missing field named. */
export const InviteErrors: Story = {
  play: then(staff, () => clickButton('Person einladen'), () => clickButton('Einladung schicken'), until(() => deepQuery('.error-summary'), 'the error summary')),
};
/** Changing roles. */
export const ChangeRoles: Story = { play: then(staff, () => clickButton('Ändern: Jonas Weber'), until(() => deepQuery('#edit-role-bookings'), 'the role form')) };
/** A change that would leave no admin: the server's refusal, the roles as chosen. */
export const LastAdmin: Story = {
  parameters: admin({ peopleFailure: 'last-admin' }),
  play: then(staff, () => clickButton('Ändern: Jonas Weber'), () => click('#edit-role-bookings'), () => clickButton('Rollen speichern'), until(() => deepQuery('.error-summary'), 'the refusal')),
};
/** Tokens for other systems, revoked ones marked. */
export const Tokens: Story = { play: tokens };
/** A new token's secret, shown once with a copy button. */
export const TokenCreated: Story = {
  play: then(
    tokens,
    () => clickButton('Token erstellen'),
    () => fill('#token-name', 'Fachverfahren Raumvergabe'),
    () => click('#token-role-bookings'),
    () => click('.button-row .button'),
    until(() => deepQuery('#token-secret'), 'the secret'),
  ),
};
/** Revoking asks first. */
export const RevokeToken: Story = { play: then(tokens, () => clickButton('Widerrufen: Import Vereinsregister'), until(() => deepQuery('.revoke-confirmed'), 'the question')) };
/** In English. */
export const English: Story = { ...inEnglish };
/** The tokens in English. */
export const EnglishTokens: Story = { ...inEnglish, play: tokens };
