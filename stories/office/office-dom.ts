/**
 * Finding and working the office app's screens across their shadow roots:
 * the stories' play functions and the office browser tests (tests/office)
 * use the same helpers, so a story shows what a test checks.
 */

import { waitFor } from '../wait-for.js';

export { waitFor };

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
