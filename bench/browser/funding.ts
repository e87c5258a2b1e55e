/**
 * `<tk-funding-finder>`: the last answer of the questionnaire → the ranked list
 * on screen, with 500 programmes, against the live API (in this process, PGlite
 * in memory) and the CDN bundle as a CMS page loads it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Profile } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import { ms, range, summarize } from '../lib/stats.js';
import { CDN } from '../sizes.js';

const PROFILES = [
  { applicantKind: 'migrant-organization', area: 'musterstadt', topics: ['youth-education'], needs: ['money'], amountEur: 3000, neededBy: '2030-12-31' },
  { applicantKind: 'registered-association', needs: ['money', 'room'] },
  { applicantKind: 'informal-group', area: 'neuhausen', topics: ['sport', 'culture-intercultural'], needs: ['counselling'], neededBy: '2030-06-30' },
];

export async function funding(browser: Browser, _origin: string, profile: Profile, report: Report) {
  const measure = `<tk-funding-finder> ${profile.fundingPrograms} programmes: last answer → ranked list (live API, PGlite)`;
  const [{ openDatabase }, { generateScaledDataset }, { seedDataset }, { startServer }] = await Promise.all([
    import('../../packages/server/src/db/database.js'),
    import('../../packages/server/src/demo/generate.js'),
    import('../../packages/server/src/seed.js'),
    import('../../packages/server/src/server.js'),
  ]);
  const database = await openDatabase({ dataDir: 'memory://' });
  const pageDir = mkdtempSync(join(tmpdir(), 'tk-bench-funding-'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await seedDataset(database.db, generateScaledDataset({ organizations: 50, events: 10, fundingPrograms: profile.fundingPrograms }));
    writeFileSync(
      join(pageDir, 'index.html'),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Förderung</title>
<script type="module" src="/teilhabe/tk-funding-finder.js"></script></head>
<body><tk-funding-finder api-base="/" tenant="musterkreis" url-state="none"></tk-funding-finder></body></html>`,
    );
    server = await startServer({ database, port: 0, staticMounts: [{ urlPrefix: '/teilhabe/', folder: CDN }, { urlPrefix: '/bench/', folder: pageDir }] });
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${server.url}/bench/index.html`);
    await tab.waitForFunction(() => document.querySelector('tk-funding-finder')?.shadowRoot?.querySelector('input[id^="step-applicantKind-"]'), null, { timeout: 30_000 });
    const times: number[] = [];
    let cards = 0;
    const runs = profile.renderRepetitions * 2 + 1;
    for (let run = 0; run < runs; run++) {
      const result = await tab.evaluate(async (answers) => {
        type Finder = HTMLElement & { updateComplete: Promise<unknown>; profile: unknown };
        const element = document.querySelector('tk-funding-finder') as Finder;
        const root = element.shadowRoot!;
        root.querySelector<HTMLButtonElement>('.result-actions button')?.click();
        await element.updateComplete;
        element.profile = answers;
        await element.updateComplete;
        // Steps 1–5 untimed; the last answer (step 6) is the measured one.
        for (let i = 0; i < 6; i++) {
          const key = root.querySelector<HTMLFormElement>('form[data-step]')!.dataset['step']!;
          const button = root.querySelector<HTMLButtonElement>((answers as Record<string, unknown>)[key] === undefined ? '#step-unknown' : '#step-next')!;
          if (i < 5) {
            button.click();
            await element.updateComplete;
            continue;
          }
          const start = performance.now();
          button.click();
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const n = root.querySelectorAll('article[data-fit]').length;
            if (n > 0 && !root.querySelector('.skeleton')) return { ms: performance.now() - start, cards: n };
            if (performance.now() - start > 30_000) throw new Error('no ranked list after 30 s');
          }
        }
        throw new Error('the questionnaire has fewer than 6 steps');
      }, PROFILES[run % PROFILES.length]);
      if (run > 0) times.push(result.ms); // the first run warms the JIT and the server
      cards = result.cards;
    }
    await tab.close();
    const s = summarize(times);
    report.add({ section: 'browser', measure, value: ms(s.p50), spread: `${range(s)}; ${cards} cards`, anchor: '100 ms (RAIL response)', ratio: `${(s.p50 / 100).toFixed(2)}× p50/100 ms`, data: times });
  } catch (error) {
    report.missing('browser', measure, `error: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await server?.close();
    await database.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}
