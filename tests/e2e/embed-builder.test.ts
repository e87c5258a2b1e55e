/**
 * The embed builder at /embed/: it previews the real widget with live data,
 * checks the colours against WCAG AA as they change, is axe-clean, and the
 * plain-HTML snippet it prints renders the widget it promises (with its
 * preset) on a page of another origin under the policy it prints.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { STRICT_EMBEDDING_HEADERS } from '../../packages/server/src/pages/html.js';
import { CHROME_ARGS, startForeignSite, waitForWidget, watchedPage, type ForeignSite } from '../support/foreign-site.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { buildWidgetBundles } from '../support/widget-bundles.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const RESULTS = '.results[aria-busy="false"] > li';

describe('embed builder', { timeout: 240_000 }, () => {
  let server: LiveServer;
  let site: ForeignSite;
  let browser: Browser;
  let bundles: string;

  before(async () => {
    bundles = await mkdtemp(join(tmpdir(), 'tk-embed-'));
    await buildWidgetBundles(bundles, ['tk-mo-directory']);
    server = await startLiveServer({
      staticMounts: [
        { urlPrefix: '/teilhabe/', folder: bundles, version: '9.8.7' },
        { urlPrefix: '/embed/', folder: join(root, 'embed'), headers: STRICT_EMBEDDING_HEADERS },
      ],
    });
    site = await startForeignSite();
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
    await rm(bundles, { recursive: true, force: true });
  });

  test('the snippet renders the promised widget with its preset on a foreign page under the printed CSP', async () => {
    const builder = await watchedPage(browser);
    const response = await builder.page.goto(`${server.baseUrl}/embed/`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    await builder.page.waitForSelector('body[data-ready="true"]');
    await waitForWidget(builder.page, 'tk-mo-directory', RESULTS);

    const topic = await builder.page.locator('#preset-groups input[data-attribute="topic"]').first();
    const topicCode = await topic.getAttribute('value');
    assert.ok(topicCode, 'the presets come from the tenant\'s topics');
    await topic.check();
    await builder.page.selectOption('#heading-level', '3');
    await builder.page.waitForFunction((code) => document.querySelector('#preview tk-mo-directory')?.getAttribute('topic') === code, topicCode);

    const snippet = await builder.page.locator('#snippet-html').textContent();
    const csp = await builder.page.locator('#csp').textContent();
    assert.ok(snippet && csp);
    assert.match(snippet, /src="http:\/\/127\.0\.0\.1:\d+\/teilhabe\/9\.8\.7\/tk-mo-directory\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
    assert.match(snippet, new RegExp(`topic="${topicCode}"`));
    assert.match(snippet, /heading-level="3"/);
    for (const kind of ['typo3', 'wordpress', 'drupal', 'gsb']) {
      const text = await builder.page.locator(`#snippet-${kind}`).textContent();
      assert.match(text ?? '', /integrity/, kind);
      assert.match(text ?? '', /tk-mo-directory/, kind);
    }
    assert.deepEqual(await builder.violations(), []);
    assert.deepEqual(builder.errors, []);
    await builder.context.close();

    site.put('/page.html', {
      csp,
      html: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gemeinde</title></head><body><main><h1>Vereine</h1><h2>Verzeichnis</h2>\n${snippet}\n</main></body></html>`,
    });
    const host = await watchedPage(browser);
    const listRequests: string[] = [];
    host.page.on('request', (request) => {
      if (request.url().includes('/v1/musterkreis/organizations')) listRequests.push(request.url());
    });
    await host.page.goto(`${site.origin}/page.html`);
    await waitForWidget(host.page, 'tk-mo-directory', RESULTS);
    assert.ok(listRequests.length > 0 && listRequests.every((url) => new URL(url).searchParams.get('topic') === topicCode), `the preset reaches the API: ${listRequests.join(' ')}`);
    const titleLevel = await host.page.evaluate(() => document.querySelector('tk-mo-directory')!.shadowRoot!.querySelector('.title[role="heading"]')?.getAttribute('aria-level'));
    assert.equal(titleLevel, '3', 'the widget uses the chosen heading level');
    assert.deepEqual(await host.violations(), []);
    assert.deepEqual(host.errors, []);
    await host.context.close();
  });

  test('the contrast check follows the colours; the builder is axe-clean, reflows at 390 px and works with the keyboard', async () => {
    // Axe is injected as a script, which the builder's own policy forbids; the policy itself is checked above.
    const builder = await watchedPage(browser, { bypassCSP: true });
    await builder.page.goto(`${server.baseUrl}/embed/`);
    await builder.page.waitForSelector('body[data-ready="true"]');
    await waitForWidget(builder.page, 'tk-mo-directory', RESULTS);
    assert.equal(await builder.page.locator('#contrast li.fail').count(), 0, 'the defaults meet AA');

    await builder.page.locator('#colour-text').fill('#bbbbbb');
    const failing = builder.page.locator('#contrast li.fail');
    await failing.first().waitFor();
    assert.match((await failing.first().textContent()) ?? '', /Text on background: 1\.\d\d:1 – fails WCAG AA \(4\.5:1\)/);
    const snippet = await builder.page.locator('#snippet-html').textContent();
    assert.match(snippet ?? '', /--tk-color-text: #bbbbbb;/);
    const previewColour = await builder.page.evaluate(() => (document.querySelector('#preview tk-mo-directory') as HTMLElement).style.getPropertyValue('--tk-color-text'));
    assert.equal(previewColour, '#bbbbbb');
    await builder.page.locator('#colour-text').fill('#1b1b1b');
    await builder.page.waitForFunction(() => document.querySelectorAll('#contrast li.fail').length === 0);

    await builder.page.addScriptTag({ path: axePath });
    const violations = await builder.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);

    await builder.page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await builder.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'the builder reflows at 390 px');
    await builder.page.setViewportSize({ width: 1280, height: 900 });

    // Keyboard only: from the widget choice, Tab reaches the tenant; arrow keys change the heading level.
    await builder.page.focus('#widget');
    await builder.page.keyboard.press('Tab');
    assert.equal(await builder.page.evaluate(() => document.activeElement?.id), 'tenant');
    await builder.page.focus('#heading-level');
    await builder.page.keyboard.press('ArrowDown');
    await builder.page.waitForFunction(() => document.querySelector('#snippet-html')?.textContent?.includes('heading-level="3"'));
    const firstPreset = builder.page.locator('#preset-groups input[type="checkbox"]').first();
    await firstPreset.focus();
    await builder.page.keyboard.press('Space');
    assert.equal(await firstPreset.isChecked(), true);
    await builder.page.waitForFunction(
      (code) => document.querySelector('#snippet-html')?.textContent?.includes(`="${code}"`),
      await firstPreset.getAttribute('value'),
    );
    await builder.context.close();
  });
});
