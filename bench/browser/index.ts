/**
 * Rendering in headless Chromium (Debian's chromium through playwright-core):
 * the directory with 1,000 and 10,000 organisations (first render, filter
 * keystroke → updated list), the calendar month with 200 and 2,000 events next
 * to FullCalendar in the same page, the funding finder's ranked list, and the
 * office app from sign-in to the queue with 500 waiting requests.
 * A widget that is not there yet gets a "not built yet" row.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { root, type Profile } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import { ms, range, ratio, summarize, tail } from '../lib/stats.js';
import { buildCdn, CDN, isCommitted } from '../sizes.js';

const PAGES = {
  directory: { entry: 'bench/browser/directory.page.ts', folder: 'mo-directory', tag: 'tk-mo-directory' },
  calendar: { entry: 'bench/browser/calendar.page.ts', folder: 'event-calendar', tag: 'tk-event-calendar' },
  funding: { entry: null, folder: 'funding-finder', tag: 'tk-funding-finder' },
} as const;
type PageName = keyof typeof PAGES;

/** A widget is measured once its source is committed; the funding finder is measured from its CDN bundle. */
const available = (name: PageName) => {
  const { entry, folder, tag } = PAGES[name];
  return isCommitted(folder) && (entry ? existsSync(join(root, entry)) : existsSync(join(CDN, `${tag}.js`)));
};

async function buildPages(names: PageName[]) {
  const out = mkdtempSync(join(tmpdir(), 'tk-bench-pages-'));
  await build({
    entryPoints: Object.fromEntries(names.flatMap((name) => (PAGES[name].entry ? [[name, join(root, PAGES[name].entry!)]] : []))),
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    target: 'es2022',
    outdir: out,
    conditions: ['source', 'browser'],
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  for (const name of names.filter((n) => PAGES[n].entry)) {
    writeFileSync(join(out, `${name}.html`), `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench ${name}</title><script type="module" src="/${name}.js"></script></head><body><main style="max-width:1200px"></main></body></html>`);
  }
  copyFileSync(join(root, 'packages/mocks/public/mockServiceWorker.js'), join(out, 'mockServiceWorker.js'));
  return out;
}

function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'application/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path.replace(/^\/+/, '').replace(/\.\.+/g, '')));
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** page.evaluate with a bound: a widget that never settles costs 60 s, not the run. */
function bounded<T>(promise: Promise<T>, timeoutMs = 60_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs).unref())]);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function directory(browser: Browser, origin: string, profile: Profile, report: Report) {
  for (const n of profile.directorySizes) {
    const measure = `<tk-mo-directory> ${n.toLocaleString('en')} orgs`;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    try {
      await page.goto(`${origin}/directory.html?n=${n}`);
      await page.waitForFunction(() => window.tkBench !== undefined);
      await bounded(page.evaluate(() => window.tkBench.ready));
      await bounded(page.evaluate(() => window.tkBench.mount())); // warm-up
      const mounts: number[] = [];
      for (let i = 0; i < profile.renderRepetitions; i++) mounts.push(await bounded(page.evaluate(() => window.tkBench.mount())));
      const first = summarize(mounts);
      report.add({ section: 'browser', measure: `${measure}: first render (insert → cards painted, data via msw)`, value: ms(first.p50), spread: range(first), data: mounts });

      // Filter keystrokes: Space on a topic checkbox, on and off.
      const host = page.locator('tk-mo-directory');
      await host.locator('summary').first().click();
      const checkbox = host.locator('#filter-topic-youth-education');
      const keys: number[] = [];
      for (let i = 0; i < profile.keystrokes; i++) {
        await checkbox.focus();
        await bounded(page.evaluate(() => void (window.tkBench.pending = window.tkBench.armed())));
        await page.keyboard.press('Space');
        keys.push(await bounded(page.evaluate(() => window.tkBench.pending!)));
      }
      const k = summarize(keys);
      report.add({ section: 'browser', measure: `${measure}: filter keystroke → updated list`, value: ms(k.p50), spread: tail(k), anchor: '100 ms (RAIL response)', ratio: `${ratio(k.p95, 100)} p95/100 ms`, data: keys });
    } catch (error) {
      report.missing('browser', measure, `error: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
}

async function calendar(browser: Browser, origin: string, profile: Profile, report: Report) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  try {
    await page.goto(`${origin}/calendar.html`);
    await page.waitForFunction(() => window.tkCalendarBench !== undefined);
    for (const n of profile.calendarSizes) {
      await bounded(page.evaluate((x) => window.tkCalendarBench.ours(x), n)); // warm-up both
      await bounded(page.evaluate((x) => window.tkCalendarBench.fullCalendar(x), n));
      const ours: number[] = [];
      const theirs: number[] = [];
      let chips = { ours: 0, theirs: 0 };
      for (let i = 0; i < profile.renderRepetitions; i++) {
        // Alternate, so both see the same machine load.
        const a = await bounded(page.evaluate((x) => window.tkCalendarBench.ours(x), n));
        const b = await bounded(page.evaluate((x) => window.tkCalendarBench.fullCalendar(x), n));
        ours.push(a.ms);
        theirs.push(b.ms);
        chips = { ours: a.chips, theirs: b.chips };
      }
      const o = summarize(ours);
      const t = summarize(theirs);
      report.add({
        section: 'browser',
        measure: `<tk-event-calendar> month, ${n.toLocaleString('en')} events (insert → painted)`,
        value: ms(o.p50),
        spread: `${range(o)}; ${chips.ours} vs ${chips.theirs} chips`,
        anchor: `FullCalendar ${ms(t.p50)} (${ms(t.min)}–${ms(t.max)})`,
        ratio: `${ratio(o.p50, t.p50)} of FullCalendar`,
        data: { ours, fullCalendar: theirs, chips },
      });
    }
  } catch (error) {
    report.missing('browser', '<tk-event-calendar> vs FullCalendar', `error: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
}

export async function runBrowser(profile: Profile, report: Report) {
  await buildCdn();
  const names = (Object.keys(PAGES) as PageName[]).filter(available);
  for (const name of Object.keys(PAGES) as PageName[]) {
    if (!names.includes(name)) report.missing('browser', `<${PAGES[name].tag}> rendering`, 'not built yet');
  }
  // The office app against the real server: sign-in → queue with 500 waiting requests (a server and page of its own).
  await (await import('./office-queue.js')).officeQueue(profile, report);
  if (names.length === 0) return;
  const dir = await buildPages(names);
  const { server, origin } = await serve(dir);
  const browser = await launchChromium();
  try {
    if (names.includes('directory')) await directory(browser, origin, profile, report);
    if (names.includes('calendar')) await calendar(browser, origin, profile, report);
    if (names.includes('funding')) {
      const { funding } = await import('./funding.js');
      await funding(browser, origin, profile, report);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
