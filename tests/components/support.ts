/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { scenarios, type ScenarioName } from '@teilhabe/mocks';
import type { TkMoDirectory } from '../../packages/components/src/mo-directory/mo-directory.component.js';
import '../../packages/components/src/mo-directory/define.js';
import { inPage, type PageContext } from '../../stories/page-context.js';

let worker: SetupWorker | undefined;

/** Starts msw once per test file; handlers are replaced per test. */
export async function mockApi(handlers: RequestHandler[] = scenarios.directory()): Promise<void> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  }
  worker.resetHandlers(...handlers);
}

export function useScenario(name: ScenarioName): Promise<void> {
  return mockApi(scenarios[name]());
}

/** Polls until `check` returns a truthy value (or throws after `timeout` ms). */
export async function waitFor<T>(check: () => T | undefined | null | false, message: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Renders a template inside a page context (lang, dir, theme) and returns the first directory in it. */
export async function renderInPage(template: TemplateResult, context: PageContext): Promise<TkMoDirectory> {
  const page = await fixture<HTMLElement>(inPage(template, context));
  return page.querySelector('tk-mo-directory')!;
}

/** A directory against the mocked API with the given extra attributes. */
export async function renderDirectory(context: Partial<PageContext> = {}, attributes = ''): Promise<TkMoDirectory> {
  const page = await fixture<HTMLElement>(
    inPage(html``, { locale: context.locale ?? 'de', theme: context.theme ?? 'default' }),
  );
  const container = page.querySelector('.story-page') ?? page;
  container.insertAdjacentHTML(
    'beforeend',
    `<tk-mo-directory api-base="${location.origin}" tenant="musterkreis" ${attributes.includes('url-state') ? '' : 'url-state="none"'} ${attributes}></tk-mo-directory>`,
  );
  return container.querySelector('tk-mo-directory')!;
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** Waits until the list shows at least one card, or a state message. */
export function settled(element: TkMoDirectory): Promise<Element> {
  return waitFor(
    () => shadow(element).querySelector('.card-open, .state') as Element | null,
    'the directory to show results or a state',
  );
}

export function cardNames(element: TkMoDirectory): string[] {
  return [...shadow(element).querySelectorAll('.card-open')].map((button) => button.textContent!.trim());
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
