#!/usr/bin/env node
/**
 * Figures for <tk-event-calendar> (not a test):
 *   1. gzipped size of the CDN bundle dist/cdn/tk-event-calendar.js (Lit, @lit/localize and the SDK included);
 *   2. render time of a month with 2,000 events in headless Chromium (in-memory data: rendering only),
 *      long tasks during it, and the cost of a key press in the loaded grid.
 *
 *   node scripts/measure-event-calendar.mjs
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
reportBundleSize('tk-event-calendar');

// 2. Rendering 2,000 events
const out = mkdtempSync(join(tmpdir(), 'tk-measure-calendar-'));
await build({
  entryPoints: [join(root, 'scripts/measure-event-calendar.page.ts')],
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
writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>measure</title><script type="module" src="/measure-event-calendar.page.js"></script></head><body><main style="max-width:1200px"></main></body></html>');
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = path === '/' ? 'index.html' : path;
  try {
    const body = readFileSync(join(out, file));
    res.writeHead(200, { 'Content-Type': { '.html': 'text/html', '.js': 'application/javascript' }[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.tkCalendarMeasure);
  for (const view of ['month', 'list']) {
    await page.evaluate((v) => window.tkCalendarMeasure.render(v), view); // warm-up
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await page.evaluate((v) => window.tkCalendarMeasure.render(v), view));
    const longest = Math.max(0, ...runs.flatMap((run) => run.longTasks));
    console.log(
      `2,000 events, ${view} view: first render ${median(runs.map((r) => r.ms)).toFixed(1)} ms (median of 7), ` +
        `${runs[0].chips} ${view === 'month' ? 'chips (≤ 3 per day, then "+k weitere")' : 'items (50, then "Weitere anzeigen")'}, longest long task ${longest.toFixed(0)} ms`,
    );
  }
  await page.evaluate(() => window.tkCalendarMeasure.render('month'));
  const arrows = [];
  for (let i = 0; i < 15; i++) arrows.push(await page.evaluate(() => window.tkCalendarMeasure.arrow()));
  console.log(`Arrow key in the loaded grid → focus moved and painted: ${median(arrows).toFixed(1)} ms (median of 15)`);
  const pages = [];
  for (let i = 0; i < 5; i++) pages.push(await page.evaluate(() => window.tkCalendarMeasure.pageDown()));
  console.log(`PageUp + PageDown (two months of 2,000 events filtered and drawn): ${median(pages).toFixed(1)} ms (median of 5)`);
} finally {
  await browser.close();
  server.close();
}
