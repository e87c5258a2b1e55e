/**
 * The CMS example pages of docs/embedding/examples/: each imitates what its
 * CMS outputs (wrappers, `<p>` auto-wrapping, a hostile theme stylesheet).
 * Loaded from another origin than the widgets' server, under the policy its
 * guide prints, each widget shows live data with no CSP violation and no
 * script error; a wrong `integrity` blocks the script.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, startForeignSite, waitForWidget, watchedPage, type ForeignSite } from '../support/foreign-site.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { buildWidgetBundles } from '../support/widget-bundles.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = join(root, 'docs/embedding');
const VERSION = (JSON.parse(readFileSync(join(root, 'packages/components/package.json'), 'utf8')) as { version: string }).version;
/** The origin the guides use for the widgets' server. */
const GUIDE_ORIGIN = 'https://daten.musterkreis.de';

const EXAMPLES = [
  { cms: 'typo3', tag: 'tk-event-calendar', loaded: '[role="grid"][aria-busy="false"], .event-list' },
  // The WordPress page is `en-GB`: its language chunk comes by dynamic import, outside the entry's hash.
  { cms: 'wordpress', tag: 'tk-mo-directory', loaded: '.results[aria-busy="false"] > li', chunk: /\/tk-mo-directory-locales\/en-[A-Z0-9]{8}\.js$/ },
  { cms: 'drupal', tag: 'tk-room-booking', loaded: '.results[aria-busy="false"] > li' },
  { cms: 'government-site-builder', tag: 'tk-funding-finder', loaded: 'fieldset, .results > li' },
];

/** The complete policy a guide prints for the host page. */
function guidePolicy(cms: string, origin: string): string {
  const match = /^Content-Security-Policy: (.+)$/m.exec(readFileSync(join(docs, `${cms}.md`), 'utf8'));
  assert.ok(match, `${cms}.md prints a Content-Security-Policy`);
  return match[1]!.replaceAll(GUIDE_ORIGIN, origin);
}

function examplePage(cms: string, values: { origin: string; version: string; integrity: Record<string, string> }): string {
  const html = readFileSync(join(docs, 'examples', `${cms}.html`), 'utf8')
    .replaceAll('{{ORIGIN}}', values.origin)
    .replaceAll('{{VERSION}}', values.version)
    .replace(/\{\{INTEGRITY ([^}]+)\}\}/g, (_all, file: string) => values.integrity[file] ?? assert.fail(`no hash for ${file}`));
  assert.doesNotMatch(html, /\{\{/, `${cms}.html has no placeholder left`);
  return html;
}

describe('CMS example pages from another origin', { timeout: 300_000 }, () => {
  let server: LiveServer;
  let site: ForeignSite;
  let browser: Browser;
  let bundles: string;
  let integrity: Record<string, string>;

  before(async () => {
    bundles = await mkdtemp(join(tmpdir(), 'tk-cms-'));
    await buildWidgetBundles(bundles);
    server = await startLiveServer({ staticMounts: [{ urlPrefix: '/teilhabe/', folder: bundles, version: VERSION }] });
    integrity = ((await (await fetch(`${server.baseUrl}/teilhabe/${VERSION}/integrity.json`)).json()) as { files: Record<string, string> }).files;
    site = await startForeignSite();
    site.putFile('/examples/hostile-theme.css', { body: readFileSync(join(docs, 'examples/hostile-theme.css'), 'utf8'), contentType: 'text/css' });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
    await rm(bundles, { recursive: true, force: true });
  });

  for (const { cms, tag, loaded, chunk } of EXAMPLES as Array<(typeof EXAMPLES)[number] & { chunk?: RegExp }>) {
    test(`${cms}: the widget shows live data under the guide's policy; a wrong hash blocks it`, async () => {
      const csp = guidePolicy(cms, server.baseUrl);
      assert.match(csp, /require-trusted-types-for 'script'/);
      site.put(`/examples/${cms}.html`, { csp, html: examplePage(cms, { origin: server.baseUrl, version: VERSION, integrity }) });

      const watched = await watchedPage(browser);
      const requested: string[] = [];
      watched.page.on('requestfinished', (request) => requested.push(request.url()));
      await watched.page.goto(`${site.origin}/examples/${cms}.html`);
      const font = await watched.page.evaluate(() => getComputedStyle(document.body).fontFamily);
      assert.match(font, /Georgia/, 'the hostile theme applies');
      await waitForWidget(watched.page, tag, loaded).catch(() => assert.fail(`${tag} did not show its data (${loaded}); errors: ${watched.consoleErrors.join(' | ')}`));
      assert.deepEqual(await watched.violations(), []);
      assert.deepEqual(watched.errors, []);
      assert.deepEqual(watched.consoleErrors, []);
      if (chunk) assert.ok(requested.some((url) => chunk.test(url)), `the page's language chunk loads: ${requested.join(' ')}`);
      await watched.context.close();

      const tampered = examplePage(cms, { origin: server.baseUrl, version: VERSION, integrity: { ...integrity, [`${tag}.js`]: `sha384-${'A'.repeat(64)}` } });
      site.put(`/examples/${cms}-tampered.html`, { csp, html: tampered });
      const blocked = await watchedPage(browser);
      await blocked.page.goto(`${site.origin}/examples/${cms}-tampered.html`, { waitUntil: 'load' });
      await blocked.page.waitForFunction(() => true, undefined, { timeout: 1_000 });
      assert.equal(await blocked.page.evaluate((t) => customElements.get(t) === undefined, tag), true, 'the script did not run');
      assert.ok(blocked.consoleErrors.some((message) => /integrity/i.test(message)), `the browser names the integrity check: ${blocked.consoleErrors.join(' | ')}`);
      await blocked.context.close();
    });
  }

  test('an import map with integrity (docs/embedding/README.md) checks the language chunk too', async () => {
    const chunk = Object.keys(integrity).find((file) => /^tk-mo-directory-locales\/en-[A-Z0-9]{8}\.js$/.test(file));
    assert.ok(chunk, 'the directory has an English chunk');
    const chunkUrl = `${server.baseUrl}/teilhabe/${VERSION}/${chunk}`;
    const pageWith = (hash: string) => {
      const map = JSON.stringify({ integrity: { [chunkUrl]: hash } });
      const csp = guidePolicy('wordpress', server.baseUrl).replace("script-src 'self'", `script-src 'self' 'sha256-${createHash('sha256').update(map).digest('base64')}'`);
      const html = examplePage('wordpress', { origin: server.baseUrl, version: VERSION, integrity }).replace('<script type="module"', `<script type="importmap">${map}</script>\n<script type="module"`);
      return { csp, html };
    };

    site.put('/examples/import-map.html', pageWith(integrity[chunk]!));
    const checked = await watchedPage(browser);
    const loaded: string[] = [];
    checked.page.on('requestfinished', (request) => loaded.push(request.url()));
    await checked.page.goto(`${site.origin}/examples/import-map.html`);
    await waitForWidget(checked.page, 'tk-mo-directory', '.results[aria-busy="false"] > li');
    assert.ok(loaded.includes(chunkUrl));
    assert.deepEqual(await checked.violations(), []);
    assert.deepEqual(checked.consoleErrors, []);
    await checked.context.close();

    site.put('/examples/import-map-tampered.html', pageWith(`sha384-${'A'.repeat(64)}`));
    const blocked = await watchedPage(browser);
    await blocked.page.goto(`${site.origin}/examples/import-map-tampered.html`);
    await blocked.page.waitForFunction(() => customElements.get('tk-mo-directory') !== undefined);
    await blocked.page.waitForTimeout(1_000);
    assert.ok(blocked.consoleErrors.some((message) => /integrity/i.test(message) && message.includes(chunk)), `the chunk is blocked: ${blocked.consoleErrors.join(' | ')}`);
    await blocked.context.close();
  });
});
