/**
 * The directory as a page to print, over real HTTP and in Chromium: the
 * filters of the CSV export, contact persons only with a staff secret, the
 * server's strict policy (no script, no inline style) without a single
 * violation, and a print layout that keeps each organisation together.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let server: LiveServer;
let browser: Browser;

before(async () => {
  server = await startLiveServer();
  browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium', args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const printUrl = (query: string) => `${server.baseUrl}/v1/${server.tenant}/exports/organizations?format=html&${query}`;

test('the same filters as the CSV, one block per organisation, contact persons only for staff', { timeout: 120_000 }, async () => {
  const csv = await (await fetch(`${server.baseUrl}/v1/${server.tenant}/exports/organizations?format=csv&topic=youth-education`)).text();
  const names = csv.split('\n').slice(1).filter(Boolean).map((line) => line.split(';')[0]!.replace(/^"|"$/g, ''));
  assert.ok(names.length > 1, 'the filter finds some organisations');

  const response = await fetch(printUrl('topic=youth-education'));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'; style-src 'self'/);
  const html = await response.text();
  assert.doesNotMatch(html, /<script|style=/, 'nothing the policy would refuse');
  const printed = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
  assert.deepEqual(printed, names, 'the same organisations in the same order as the CSV');
  assert.match(html, /Auswahl: Thema: Jugend/);
  assert.doesNotMatch(html, /Ansprechpartner\/in/, 'no contact persons in public');

  const staff = await fetch(printUrl('topic=youth-education'), { headers: { Authorization: `Bearer ${server.editorToken}` } });
  assert.equal(staff.headers.get('cache-control'), 'private, no-store');
  assert.match(await staff.text(), /<dt>Ansprechpartner\/in<\/dt>/);
  assert.equal((await fetch(printUrl('topic=youth-education'), { headers: { Authorization: 'Bearer tk_unbekannt' } })).status, 401);
});

test('in Chromium under its policy: no violation, readable at 320 px, each organisation kept together in print', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(printUrl('area=lindenberg'));
  assert.ok((await page.locator('article.entry').count()) > 0);
  assert.deepEqual(problems, [], 'no CSP violation, no error');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling at 320 px');
  assert.equal(await page.locator('.print-hint').isVisible(), true);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-hint').isVisible(), false, 'the hint is not printed');
  assert.equal(await page.locator('article.entry').first().evaluate((element) => getComputedStyle(element).breakInside), 'avoid');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.byteLength > 1000, 'it prints');
  await context.close();
});
