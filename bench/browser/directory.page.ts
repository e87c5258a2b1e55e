/**
 * Bench page: `<tk-mo-directory>` against `?n=` generated organisations, served
 * by msw in a service worker (the handlers Storybook and the tests use).
 */
import { setupWorker } from 'msw/browser';
import { generateOrganizations, organizationHandlers, taxonomyHandlers } from '@teilhabe/mocks';
import '@teilhabe/components/mo-directory/define.js';

declare global {
  interface Window {
    tkBench: {
      ready: Promise<void>;
      /** Mount a fresh widget; ms from insertion to the frame after the first cards are on screen. */
      mount(): Promise<number>;
      /** Arm: ms from the next keydown in the widget to the frame after the list and its count changed. */
      armed(): Promise<number>;
      pending?: Promise<number>;
    };
  }
}

const count = Number(new URLSearchParams(location.search).get('n') ?? 1000);
const worker = setupWorker(...taxonomyHandlers(), ...organizationHandlers(generateOrganizations(count)));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

window.tkBench = {
  ready: worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }).then(() => undefined),
  async mount() {
    document.querySelector('tk-mo-directory')?.remove();
    await frame();
    const start = performance.now();
    const element = document.createElement('tk-mo-directory');
    element.setAttribute('api-base', location.origin);
    element.setAttribute('tenant', 'musterkreis');
    element.setAttribute('url-state', 'none');
    document.querySelector('main')!.append(element);
    const root = element.shadowRoot!;
    await new Promise<void>((resolve) => {
      const check = () => (root.querySelector('.card-open') ? resolve() : setTimeout(check, 1));
      check();
    });
    await frame();
    return performance.now() - start;
  },
  armed() {
    const root = document.querySelector('tk-mo-directory')!.shadowRoot!;
    const status = root.querySelector('[role="status"]')!;
    const before = status.textContent;
    return new Promise<number>((resolve) => {
      let start = 0;
      root.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const list = root.querySelector('[part~="list"]');
        if (!start || status.textContent === before || list?.getAttribute('aria-busy') !== 'false') return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  },
};
