/**
 * The page of `scripts/measure-directory.mjs`: the directory against 10,000
 * mocked organisations (msw in a service worker, the same handlers Storybook
 * and the tests use). It exposes `window.tkMeasure` for the script.
 */
import { setupWorker } from 'msw/browser';
import { scenarios } from '@teilhabe/mocks';
import '@teilhabe/components/mo-directory/define.js';

declare global {
  interface Window {
    tkReady: Promise<void>;
    tkMeasure: { armed: () => Promise<number> };
    tkPending: Promise<number> | undefined;
  }
}

const worker = setupWorker(...scenarios.large());

window.tkReady = (async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  const element = document.createElement('tk-mo-directory');
  element.setAttribute('api-base', location.origin);
  element.setAttribute('tenant', 'musterkreis');
  element.setAttribute('url-state', 'none');
  document.querySelector('main')!.append(element);
  const root = element.shadowRoot!;
  await new Promise<void>((resolve) => {
    const check = () => (root.querySelector('.card-open') ? resolve() : setTimeout(check, 20));
    check();
  });
})();

/**
 * Arms a measurement: resolves with the milliseconds from the next keydown in
 * the widget to the frame after the list and the announced count changed.
 */
window.tkMeasure = {
  armed: () => {
    const element = document.querySelector('tk-mo-directory')!;
    const root = element.shadowRoot!;
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
