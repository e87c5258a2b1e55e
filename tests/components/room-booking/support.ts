/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { roomScenarios } from '@teilhabe/mocks';
import type { TkRoomBooking } from '../../../packages/components/src/room-booking/room-booking.component.js';
import '../../../packages/components/src/room-booking/define.js';
import { inPage, type PageContext } from '../../../stories/page-context.js';

let worker: SetupWorker | undefined;

/** Starts msw once per test file; handlers are replaced per test. */
export async function mockApi(handlers: RequestHandler[] = roomScenarios.rooms()): Promise<void> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  }
  worker.resetHandlers(...handlers);
}

export async function waitFor<T>(check: () => T | undefined | null | false, message: string, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A booking widget against the mocked API with the given extra attributes. */
export async function renderBooking(context: Partial<PageContext> = {}, attributes = ''): Promise<TkRoomBooking> {
  const page = await fixture<HTMLElement>(inPage(html``, { locale: context.locale ?? 'de', theme: context.theme ?? 'default' }));
  const container = page.querySelector('.story-page') ?? page;
  container.insertAdjacentHTML('beforeend', `<tk-room-booking api-base="${location.origin}" tenant="musterkreis" ${attributes}></tk-room-booking>`);
  return container.querySelector('tk-room-booking')!;
}

export const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

/** The KERN example theme, loaded once. */
export function loadKernTheme(): void {
  if (document.querySelector('link[data-kern]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/components/src/theme/kern.css';
  link.dataset['kern'] = '';
  document.head.append(link);
}
