/**
 * A proposal end to end in a real browser: a member of the public proposes
 * an organisation in `<tk-submit>` (the real CDN bundle, on a page with the
 * demo's strict CSP and Trusted Types, the proof of work solved by Web
 * Crypto), the office finds it in the review queue with its diff and
 * accepts it (through the SDK, as the office app does), and the public
 * directory widget then lists it. No CSP violation, no script error.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createClient } from '@teilhabe/sdk';
import { chromium, type Browser } from 'playwright-core';
import { STRICT_EMBEDDING_HEADERS } from '../../packages/server/src/pages/html.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { buildWidgetBundles } from '../support/widget-bundles.js';

const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const NAME = 'Nachbarschaftsküche Weststadt';

let server: LiveServer;
let browser: Browser;
let folder: string;

const pageWith = (tag: string, body: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${tag}</title>
<script type="module" src="/site/${tag}.js"></script></head><body><main>${body}</main></body></html>`;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tk-submit-'));
  await buildWidgetBundles(folder, ['tk-submit', 'tk-mo-directory']);
  await writeFile(join(folder, 'submit.html'), pageWith('tk-submit', '<tk-submit api-base="/" tenant="musterkreis" kind="organization"></tk-submit>'));
  await writeFile(join(folder, 'directory.html'), pageWith('tk-mo-directory', '<tk-mo-directory api-base="/" tenant="musterkreis" url-state="none"></tk-mo-directory>'));
  server = await startLiveServer({ staticMounts: [{ urlPrefix: '/site/', folder, headers: STRICT_EMBEDDING_HEADERS }] });
  browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium', args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

test('proposed in the widget, reviewed with its diff, accepted, and listed in the public directory', { timeout: 180_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${server.baseUrl}/site/submit.html`);

  // Sending an empty form: the error summary takes focus and names the fields.
  await page.locator('tk-submit button[type="submit"]').click();
  await page.locator('tk-submit .error-summary').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('tk-submit')!.shadowRoot!.activeElement?.className), 'error-summary');

  await page.locator('#sub-name').fill(NAME);
  await page.locator('#sub-description').fill('Wir kochen jeden Freitag gemeinsam und teilen Rezepte aus vielen Ländern.');
  await page.locator('#sub-type option[value="cultural-association"]').waitFor({ state: 'attached' });
  await page.locator('#sub-type').selectOption('cultural-association');
  await page.locator('#sub-website').fill('https://kueche-weststadt.example.org');
  await page.locator('#sub-submitterName').fill('Leyla Yılmaz');
  await page.locator('#sub-submitterEmail').fill('leyla@example.org');
  await page.locator('#sub-consent').check();
  const started = Date.now();
  await page.locator('tk-submit button[type="submit"]').click();
  await page.locator('tk-submit .success').waitFor({ timeout: 60_000 });
  const sendMs = Date.now() - started;

  const office = createClient({ baseUrl: server.baseUrl, tenant: 'musterkreis' }).withToken(server.editorToken);
  const proposal = (await office.reviewQueue.list()).data.find((p) => p.record.name === NAME);
  assert.ok(proposal, 'the proposal waits in the review queue');
  assert.deepEqual(proposal.diff.name, { after: NAME });
  assert.deepEqual(proposal.diff.website, { after: 'https://kueche-weststadt.example.org/' });
  assert.equal(proposal.submitter?.email, 'leyla@example.org');
  await office.reviewQueue.accept(proposal.id);

  const directory = await context.newPage();
  directory.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  await directory.goto(`${server.baseUrl}/site/directory.html`);
  await directory.locator('tk-mo-directory input[type="search"]').fill('Nachbarschaftsküche');
  await directory.locator('tk-mo-directory .card-open', { hasText: NAME }).waitFor({ timeout: 30_000 });

  assert.deepEqual(problems, []);
  console.log(`# proposal solved and sent from the browser in ${sendMs} ms`);
});
