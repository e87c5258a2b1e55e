#!/usr/bin/env node
/**
 * Figures for <tk-mo-directory> (not a test):
 *   1. gzipped size of the CDN bundle dist/cdn/tk-mo-directory.js (Lit included), its static chunks and a locale chunk;
 *   2. time from a keystroke in a filter / the search field to the updated list, with 10,000 organisations,
 *      in headless Chromium (API mocked by msw in a service worker, as in Storybook).
 *
 *   node scripts/measure-directory.mjs         (npm run measure:directory)
 */

import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildCdnBundles, median, reportBundleSize } from './lib/widget-bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// 1. Size
buildCdnBundles();
reportBundleSize('tk-mo-directory');

// 2. Keystroke → updated list with 10,000 organisations
const out = mkdtempSync(join(tmpdir(), 'tk-measure-'));
await build({
  entryPoints: [join(root, 'scripts/measure-directory.page.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  outdir: out,
  conditions: ['source', 'browser'],
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>measure</title><script type="module" src="/measure-directory.page.js"></script></head><body><main></main></body></html>');
copyFileSync(join(root, 'packages/mocks/public/mockServiceWorker.js'), join(out, 'mockServiceWorker.js'));
const types = { '.html': 'text/html', '.js': 'application/javascript' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = path === '/' ? 'index.html' : path;
  try {
    const body = readFileSync(join(out, file));
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.evaluate(() => window.tkReady);
  page.setDefaultTimeout(20_000);
  const host = page.locator('tk-mo-directory');

  // Filter: Space on a checkbox of the topic filter, alternately on and off.
  await host.locator('summary').first().click();
  const checkbox = host.locator('#filter-topic-youth-education');
  const filterTimes = [];
  for (let i = 0; i < 11; i++) {
    await checkbox.focus();
    await page.evaluate(() => void (window.tkPending = window.tkMeasure.armed()));
    await page.keyboard.press('Space');
    filterTimes.push(await page.evaluate(() => window.tkPending));
  }

  // Search: one more letter in the search field (includes the 250 ms debounce).
  const input = host.locator('input[type="search"]');
  const searchTimes = [];
  for (const word of ['a', 'n', 'd', 'k', 'p']) {
    await input.fill('');
    await input.focus();
    await page.waitForTimeout(400);
    await page.evaluate(() => void (window.tkPending = window.tkMeasure.armed()));
    await page.keyboard.type(word === 'a' ? 'Kulturverein A' : `Kulturverein ${word.toUpperCase()}`, { delay: 0 });
    searchTimes.push(await page.evaluate(() => window.tkPending));
  }
  console.log('\nKeystroke → updated list, 10,000 organisations, headless Chromium (msw answers in-page, 20 per page)');
  console.log(`  filter checkbox (Space)      median ${median(filterTimes).toFixed(0)} ms  (min ${Math.min(...filterTimes).toFixed(0)}, max ${Math.max(...filterTimes).toFixed(0)}, n=${filterTimes.length})`);
  console.log(`  search field (typing)        median ${median(searchTimes).toFixed(0)} ms  incl. 250 ms debounce after the last key (n=${searchTimes.length})`);
} finally {
  await browser.close();
  server.close();
}
