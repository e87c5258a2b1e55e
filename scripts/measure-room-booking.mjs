#!/usr/bin/env node
/**
 * Figures for <tk-room-booking> (not a test):
 *   1. gzipped size of the CDN bundle dist/cdn/tk-room-booking.js (Lit, @lit/localize and the SDK included),
 *      its static chunks and one lazy locale chunk;
 *   2. time from opening a page with the widget to the first room list, in headless Chromium against the
 *      live server (real API, embedded PostgreSQL with the demo data; cold browser cache each run).
 *
 *   node scripts/measure-room-booking.mjs            (builds the CDN bundles first)
 *   node scripts/measure-room-booking.mjs --no-build (measures the bundle as it is)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdnBundles, cdnDir as cdn, median, reportBundleSize } from './lib/widget-bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The live server is TypeScript in the workspace: run under tsx with the `source` condition.
if (!process.execArgv.includes('--conditions=source')) {
  const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { chromium } = await import('playwright-core');

// 1. Size
if (!process.argv.includes('--no-build')) buildCdnBundles();
reportBundleSize('tk-room-booking');

// 2. Opening the widget → first room list, live server
const { startLiveServer } = await import('../tests/support/live-server.ts');
const page = mkdtempSync(join(tmpdir(), 'tk-measure-rooms-'));
writeFileSync(
  join(page, 'index.html'),
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Räume</title>
<script type="module" src="/teilhabe/tk-room-booking.js"></script></head>
<body><tk-room-booking api-base="/" tenant="musterkreis"></tk-room-booking></body></html>`,
);
const server = await startLiveServer({ staticMounts: [{ urlPrefix: '/teilhabe/', folder: cdn }, { urlPrefix: '/measure/', folder: page }] });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.baseUrl}/measure/index.html`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => document.querySelector('tk-room-booking')?.shadowRoot?.querySelector('.room-card'), undefined, { timeout: 30_000, polling: 'raf' });
    runs.push(await tab.evaluate(() => performance.now()));
    await context.close();
  }
  console.log('Opening the page → first room list (headless Chromium, live server, cold cache; first run warms the server)');
  console.log(`  median ${median(runs.slice(1)).toFixed(0)} ms, runs: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
} finally {
  await browser.close();
  await server.close();
  rmSync(page, { recursive: true, force: true });
}
