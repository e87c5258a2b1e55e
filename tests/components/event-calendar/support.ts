/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { eventScenarios, type EventScenarioName } from '@teilhabe/mocks';
import type { TkEventCalendar } from '../../../packages/components/src/event-calendar/event-calendar.component.js';
import '../../../packages/components/src/event-calendar/define.js';
import { inPage, type PageContext } from '../../../stories/page-context.js';

let worker: SetupWorker | undefined;

/** Starts msw once per test file; handlers are replaced per test. */
export async function mockApi(handlers: RequestHandler[] = eventScenarios.calendar()): Promise<void> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  }
  worker.resetHandlers(...handlers);
}

export function useScenario(name: EventScenarioName): Promise<void> {
  return mockApi(eventScenarios[name]());
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

/** Renders a template inside a page context (lang, dir, theme) and returns the calendar in it. */
export async function renderInPage(template: TemplateResult, context: PageContext): Promise<TkEventCalendar> {
  const page = await fixture<HTMLElement>(inPage(template, context));
  return page.querySelector('tk-event-calendar')!;
}

/** A calendar against the mocked API with the given extra attributes. */
export async function renderCalendar(context: Partial<PageContext> = {}, attributes = ''): Promise<TkEventCalendar> {
  const page = await fixture<HTMLElement>(inPage(html``, { locale: context.locale ?? 'de', theme: context.theme ?? 'default' }));
  const container = page.querySelector('.story-page') ?? page;
  container.insertAdjacentHTML(
    'beforeend',
    `<tk-event-calendar api-base="${location.origin}" tenant="musterkreis" ${attributes.includes('url-state') ? '' : 'url-state="none"'} ${attributes}></tk-event-calendar>`,
  );
  return container.querySelector('tk-event-calendar')!;
}

/** Waits until the period shows data or a state message. */
export function settled(element: TkEventCalendar): Promise<Element> {
  return waitFor(
    () =>
      shadow(element).querySelector('.month-grid[aria-busy="false"], .event-item, .state, .week, .agenda') as Element | null,
    'the calendar to show its period or a state',
  );
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
