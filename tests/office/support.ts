/// <reference types="mocha" />
/**
 * What the office app's browser tests need: the app against the mocked
 * office API (memory routing, so the test page's address stays put), queries
 * that cross the screens' shadow roots, and tabbing with real key presses.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MOCK_SESSION_SECRET, officeHandlers, type OfficeHandlerOptions } from '@teilhabe/mocks';
import '../../packages/office/src/define.js';
import type { TkOfficeApp } from '../../packages/office/src/shell/office-app.js';
import { router } from '../../packages/office/src/shell/router.js';
import { mockHandlers } from '../components/widget-harness.js';
import { deepActive, deepQuery, deepQueryAll, waitFor } from '../../stories/office/office-dom.js';

// The DOM helpers live beside the office stories, whose play functions use them too.
export { click, clickButton, deepActive, deepQuery, deepQueryAll, fill, textOf, waitFor } from '../../stories/office/office-dom.js';

const SESSION_KEY = 'tk-office:session:musterkreis';

/**
 * The elements (across shadow roots) that stick out of a 320 px viewport, as `tag#id.class` for the failure
 * message: reflow (WCAG 1.4.10) holds when this is empty. One pixel of rounding is allowed.
 */
export function overflowingElements({ ignoreVisuallyHidden = false } = {}): string[] {
  return deepQueryAll('*')
    .filter((element) => element.getBoundingClientRect().right > 321 && !(ignoreVisuallyHidden && element.closest('.visually-hidden')))
    .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
}

/** The app on a fresh mocked API; `signedIn` puts a session in the tab first, `route` opens a screen. */
export async function renderOffice(options: OfficeHandlerOptions & { signedIn?: boolean; route?: string } = {}): Promise<TkOfficeApp> {
  await mockHandlers(officeHandlers(options));
  sessionStorage.clear();
  if (options.signedIn) sessionStorage.setItem(SESSION_KEY, MOCK_SESSION_SECRET);
  const app = await fixture<TkOfficeApp>(html`<tk-office-app api-base=${location.origin} tenant="musterkreis" routing="memory"></tk-office-app>`);
  if (options.signedIn) {
    await waitFor(() => deepQuery('tk-office-start, tk-office-queue'), 'the signed-in app');
    if (options.route) router.go(options.route);
  } else {
    await waitFor(() => deepQuery('#email'), 'the sign-in form');
  }
  return app;
}

export function storedSession(): string | null {
  return sessionStorage.getItem(SESSION_KEY);
}

/** Presses Tab until the focused element matches, at most `max` times. */
export async function tabTo(matches: (element: Element) => boolean, what: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const element = deepActive();
    if (element && matches(element)) return element as HTMLElement;
  }
  throw new Error(`Tab never reached ${what}`);
}
