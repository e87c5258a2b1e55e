/**
 * The demo website as `npm start` serves it: all four widgets (the shared
 * build) on one page under a strict Content-Security-Policy with Trusted
 * Types, against the live API, in German and Arabic. No violation, no script
 * error, no request to another origin, no cookie.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { STRICT_EMBEDDING_HEADERS } from '../../packages/server/src/pages/html.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { buildSharedWidgetBundles } from '../support/widget-bundles.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What each widget shows once its data arrived (inside its shadow root). */
const LOADED: Record<string, string> = {
  'tk-mo-directory': '.results[aria-busy="false"] > li',
  'tk-event-calendar': '[role="grid"][aria-busy="false"], .event-list',
  'tk-room-booking': '.results[aria-busy="false"] > li',
  'tk-funding-finder': 'fieldset, .results > li',
};

describe('demo website under a strict CSP', { timeout: 180_000 }, () => {
  let server: LiveServer;
  let browser: Browser;
  let bundles: string;

  before(async () => {
    bundles = await mkdtemp(join(tmpdir(), 'tk-demo-'));
    await buildSharedWidgetBundles(bundles);
    server = await startLiveServer({
      staticMounts: [
        { urlPrefix: '/teilhabe/', folder: bundles },
        { urlPrefix: '/demo/', folder: join(root, 'demo'), headers: STRICT_EMBEDDING_HEADERS },
      ],
    });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(bundles, { recursive: true, force: true });
  });

  for (const lang of ['de', 'ar']) {
    test(`all four widgets render live data without a violation (${lang})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(server.baseUrl)) foreign.push(request.url());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = violations;
        document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`), true);
      });
      const response = await page.goto(`${server.baseUrl}/demo/?lang=${lang}`);
      assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

      for (const [tag, selector] of Object.entries(LOADED)) {
        await page.waitForFunction(
          ([t, s]) => Boolean(document.querySelector(t!)?.shadowRoot?.querySelector(s!)),
          [tag, selector],
          { timeout: 60_000 },
        ).catch(() => assert.fail(`${tag} did not show its data (${selector})`));
      }
      if (lang === 'ar') {
        const dir = await page.evaluate(() => getComputedStyle(document.querySelector('tk-mo-directory')!).direction);
        assert.equal(dir, 'rtl');
      }
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, [], 'no request leaves the site');
      assert.equal(await page.evaluate(() => document.cookie), '');
      assert.deepEqual(await context.cookies(), []);
      await context.close();
    });
  }
});
