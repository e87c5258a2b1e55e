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
import { mockHandlers, waitFor } from '../components/widget-harness.js';

export { waitFor };

const SESSION_KEY = 'tk-office:session:musterkreis';

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

/** The first element matching `selector` in the document or any open shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deepQuery<T>(selector, element.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
}

export function deepQueryAll<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQueryAll<T>(selector, element.shadowRoot));
  return found;
}

/** The focused element, inside however many shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
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

/** The visible text of a screen, whitespace collapsed. */
export function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function fill(selector: string, value: string): Promise<void> {
  const input = await waitFor(() => deepQuery<HTMLInputElement>(selector), selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function click(selector: string): Promise<void> {
  const element = await waitFor(() => deepQuery<HTMLElement>(selector), selector);
  element.click();
}

/** A button by its visible text (crossing shadow roots). */
export async function clickButton(label: string | RegExp): Promise<void> {
  const button = await waitFor(
    () => deepQueryAll<HTMLElement>('button, a').find((b) => (typeof label === 'string' ? textOf(b) === label : label.test(textOf(b)))),
    `the button “${label}”`,
  );
  button.click();
}
