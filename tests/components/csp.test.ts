/// <reference types="mocha" />
/**
 * The built CDN bundle on a page served with
 * `Content-Security-Policy: default-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (see the middleware in web-test-runner.config.mjs): it must render, load a
 * lazy locale chunk and cause no violation. This file starts no msw worker,
 * so the page talks to the tiny same-origin API of the middleware.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from './support.js';

describe('strict Content-Security-Policy', () => {
  async function loadCspPage(query = ''): Promise<HTMLIFrameElement> {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CSP" src=${`/csp/page.html${query}`}></iframe>`);
    await waitFor(() => frame.contentDocument?.readyState === 'complete', 'page loaded');
    return frame;
  }

  for (const lang of ['de', 'ar']) {
    it(`the CDN bundle works without any violation (${lang})`, async () => {
      const frame = await loadCspPage(`?lang=${lang}`);
      const win = frame.contentWindow as Window & { __cspViolations: string[] };
      const widget = await waitFor(() => frame.contentDocument!.querySelector('tk-mo-directory')?.shadowRoot, 'widget rendered');
      await waitFor(() => widget.querySelectorAll('.card-open').length === 2, 'cards from the same-origin API');
      if (lang === 'ar') await waitFor(() => widget.querySelector('.title')?.textContent?.includes('البحث عن منظمات المهاجرين'), 'Arabic chunk loaded');
      // The styles really apply (constructable stylesheets are allowed under style-src 'self').
      expect(getComputedStyle(widget.querySelector('.chip, .button, .card')!).borderStyle).to.not.equal('none');
      expect(win.__cspViolations).to.deep.equal([]);
    });
  }
});
