/**
 * What every office story shares: the whole app (`<tk-office-app>` with
 * memory routing, so the Storybook frame's address stays put) against the
 * office mocks of @teilhabe/mocks, the options a story passes to them, and
 * play functions that open a screen and wait until it shows its state.
 * The stories reuse the scenarios of the office browser tests (tests/office).
 */
import { html, type TemplateResult } from 'lit';
import type { OfficeHandlerOptions } from '@teilhabe/mocks';
import '@teilhabe/office/define.js';
import { router } from '../../packages/office/src/shell/router.js';
import { clickButton, deepQuery, fill, waitFor } from './office-dom.js';

/** `parameters.office` of a story: the mocks' options, a session in the tab, and a password-link secret in the address. */
export interface OfficeStoryParameters extends OfficeHandlerOptions {
  signedIn?: boolean;
  linkToken?: string;
}

export function renderOffice(): TemplateResult {
  return html`<tk-office-app api-base=${location.origin} tenant="musterkreis" routing="memory"></tk-office-app>`;
}

/** A story in English: the page's language, which the app follows (the toolbar's "Sprache" does the same). */
export const inEnglish = { globals: { locale: 'en' } } as const;

/** The app's first screen is up: the sign-in form, or the start page once a session is in the tab. */
export async function appReady(): Promise<void> {
  await waitFor(() => deepQuery('#email, tk-office-start, tk-office-set-password'), 'the office app');
}

/** Opens `route` in the signed-in app and waits until `ready` holds. */
export function at(route: string, ready: () => unknown, what = route) {
  return async () => {
    await waitFor(() => deepQuery('tk-office-start'), 'the signed-in app');
    router.go(route);
    await waitFor(ready, what);
  };
}

/** Runs play functions one after the other (a state that builds on another one). */
export function then(...steps: Array<() => Promise<void>>) {
  return async () => {
    for (const step of steps) await step();
  };
}

/** Signs in with the demo address and a password (German or English button). */
export async function signIn(password = 'richtig-langes-passwort', button = 'Anmelden'): Promise<void> {
  await appReady();
  await fill('#email', 'buero@musterkreis.example.de');
  await fill('#password', password);
  await clickButton(button);
}
