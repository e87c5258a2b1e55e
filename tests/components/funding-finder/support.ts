/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { fundingScenarios } from '@teilhabe/mocks';
import type { TkFundingFinder } from '../../../packages/components/src/funding-finder/funding-finder.component.js';
import '../../../packages/components/src/funding-finder/define.js';
import { inPage, type PageContext } from '../../../stories/page-context.js';

let worker: SetupWorker | undefined;

/** Starts msw once per test file; handlers are replaced per test. */
export async function mockApi(handlers: RequestHandler[] = fundingScenarios.funding()): Promise<void> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  }
  worker.resetHandlers(...handlers);
}

/** Polls until `check` returns a truthy value (or throws after `timeout` ms). */
export async function waitFor<T>(check: () => T | undefined | null | false, message: string, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** A funding finder against the mocked API in a page context. */
export async function renderFinder(context: Partial<PageContext> = {}, attributes = ''): Promise<TkFundingFinder> {
  const page = await fixture<HTMLElement>(inPage(html``, { locale: context.locale ?? 'de', theme: context.theme ?? 'default' }));
  const container = page.querySelector('.story-page') ?? page;
  container.insertAdjacentHTML(
    'beforeend',
    `<tk-funding-finder api-base="${location.origin}" tenant="musterkreis" ${attributes.includes('url-state') ? '' : 'url-state="none"'} ${attributes}></tk-funding-finder>`,
  );
  return container.querySelector('tk-funding-finder')!;
}

/** Waits until the taxonomies have arrived (the first step shows its choices). */
export function stepReady(element: TkFundingFinder): Promise<Element> {
  return waitFor(() => shadow(element).querySelector('#step-heading') && shadow(element).querySelector('.choice input[id^="step-applicantKind-migrant"]'), 'the first step with its choices');
}

/** Waits for ranked results (or a state message). */
export function resultsReady(element: TkFundingFinder): Promise<Element> {
  return waitFor(() => shadow(element).querySelector('article[data-fit], .state-error, .state'), 'the ranked results');
}

export function click(element: TkFundingFinder, selector: string): void {
  const target = shadow(element).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  target.click();
}

/** Cards in rank order: `{ id, fit }`. */
export function rankedCards(element: TkFundingFinder): { id: string; fit: string }[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('article[data-fit]')].map((card) => ({ id: card.dataset['program']!, fit: card.dataset['fit']! }));
}

/** The KERN example theme, loaded once. */
export function loadKernTheme(): void {
  if (document.querySelector('link[data-kern]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/components/src/theme/kern.css';
  link.dataset['kern'] = '';
  document.head.append(link);
}
