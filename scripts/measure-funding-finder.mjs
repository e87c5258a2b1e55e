#!/usr/bin/env node
/**
 * Figures for <tk-funding-finder> (not a test):
 *   1. gzipped size of the CDN bundle dist/cdn/tk-funding-finder.js (Lit, @lit/localize and the SDK included),
 *      its static chunks and one lazy locale chunk;
 *   2. time from the last answer of the questionnaire to the ranked list on screen, in headless Chromium
 *      against the live server (real API, embedded PostgreSQL) seeded with the scaled data set of
 *      500 funding programmes.
 *
 *   node scripts/measure-funding-finder.mjs            (builds the CDN bundles first)
 *   node scripts/measure-funding-finder.mjs --no-build (measures the bundle as it is)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdnBundles, cdnDir as cdn, median, reportBundleSize } from './lib/widget-bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The server is TypeScript in the workspace: run under tsx with the `source` condition.
if (!process.execArgv.includes('--conditions=source')) {
  const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { chromium } = await import('playwright-core');

// 1. Size
if (!process.argv.includes('--no-build')) buildCdnBundles();
reportBundleSize('tk-funding-finder');

// 2. Last answer → ranked list, live server with 500 programmes
const { openDatabase } = await import('../packages/server/src/db/database.ts');
const { generateScaledDataset } = await import('../packages/server/src/demo/generate.ts');
const { seedDataset } = await import('../packages/server/src/seed.ts');
const { startServer } = await import('../packages/server/src/server.ts');

const database = await openDatabase({ dataDir: 'memory://' });
const dataset = generateScaledDataset({ organizations: 50, events: 10, fundingPrograms: 500 });
await seedDataset(database.db, dataset);
const page = mkdtempSync(join(tmpdir(), 'tk-measure-funding-'));
writeFileSync(
  join(page, 'index.html'),
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Förderung</title>
<script type="module" src="/teilhabe/tk-funding-finder.js"></script></head>
<body><tk-funding-finder api-base="/" tenant="musterkreis" url-state="none"></tk-funding-finder></body></html>`,
);
const server = await startServer({ database, port: 0, staticMounts: [{ urlPrefix: '/teilhabe/', folder: cdn }, { urlPrefix: '/measure/', folder: page }] });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/measure/index.html`);
  await tab.waitForFunction(() => document.querySelector('tk-funding-finder')?.shadowRoot?.querySelector('input[id^="step-applicantKind-"]'));
  const profiles = [
    { applicantKind: 'migrant-organization', area: 'musterstadt', topics: ['youth-education'], needs: ['money'], amountEur: 3000, neededBy: '2030-12-31' },
    { applicantKind: 'registered-association', needs: ['money', 'room'] },
    { applicantKind: 'informal-group', area: 'neuhausen', topics: ['sport', 'culture-intercultural'], needs: ['counselling'], neededBy: '2030-06-30' },
  ];
  const times = [];
  let total = 0;
  for (let run = 0; run < 12; run++) {
    const result = await tab.evaluate(async (profile) => {
      const element = document.querySelector('tk-funding-finder');
      const root = element.shadowRoot;
      const change = root.querySelector('.result-actions button');
      if (change) change.click();
      await element.updateComplete;
      element.profile = profile;
      await element.updateComplete;
      // Steps 1–5, then the last answer (step 6) is the measured one.
      for (let i = 0; i < 6; i++) {
        const key = root.querySelector('form[data-step]').dataset.step;
        const button = root.querySelector(profile[key] === undefined ? '#step-unknown' : '#step-next');
        if (i < 5) {
          button.click();
          await element.updateComplete;
          continue;
        }
        const start = performance.now();
        button.click();
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const cards = root.querySelectorAll('article[data-fit]').length;
          if (cards > 0 && !root.querySelector('.skeleton')) return { ms: performance.now() - start, cards };
          if (performance.now() - start > 30_000) throw new Error('no ranked list after 30 s');
        }
      }
    }, profiles[run % profiles.length]);
    if (run > 0) times.push(result.ms); // the first run warms up the JIT and the server's caches
    total = result.cards;
  }
  console.log(`\nLast answer → ranked list on screen, ${dataset.fundingPrograms.length} programmes, live server (PGlite), headless Chromium`);
  console.log(`  median ${median(times).toFixed(0)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, n=${times.length}; ${total} cards rendered, each with 9 criteria)`);
} finally {
  await browser.close();
  await server.close();
  await database.close();
  rmSync(page, { recursive: true, force: true });
}
