/**
 * The office app's Storybook (.storybook-office) builds offline, its index
 * lists every story of stories/office, and each story plays to its state in
 * headless Chromium against the office mocks, without an error and axe-clean
 * (WCAG 2.2 A/AA rules) in the state it ends in.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const storiesDir = join(root, 'stories/office');

interface IndexEntry {
  id: string;
  type: string;
  importPath: string;
  exportName: string;
}

/** The stories a file declares: its exported consts, as Storybook reads CSF. */
function declaredStories(file: string): string[] {
  return [...readFileSync(join(storiesDir, file), 'utf8').matchAll(/^export const (\w+)\b/gm)].map((match) => match[1]!);
}

function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

const outDir = mkdtempSync(join(tmpdir(), 'tk-storybook-office-'));
let entries: IndexEntry[] = [];

before(() => {
  const build = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '-c', '.storybook-office', '-o', outDir, '--quiet'], {
    cwd: root,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `storybook build of the office failed:\n${build.stderr}\n${build.stdout}`);
  entries = Object.values((JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries).filter((e) => e.type === 'story');
});

after(() => rmSync(outDir, { recursive: true, force: true }));

test('`storybook build -c .storybook-office` lists every office story in its index, with the msw worker beside it', () => {
  assert.ok(existsSync(join(outDir, 'iframe.html')));
  assert.ok(existsSync(join(outDir, 'mockServiceWorker.js')), 'the msw worker is served beside the stories');
  const files = readdirSync(storiesDir).filter((name) => name.endsWith('.stories.ts'));
  assert.ok(files.length >= 8, 'a stories file per office screen');
  for (const file of files) {
    const built = entries.filter((e) => e.importPath === `./stories/office/${file}`).map((e) => e.exportName);
    assert.deepEqual(built.sort(), declaredStories(file).sort(), `the stories of ${file} in the built index`);
  }
  assert.ok(!entries.some((e) => !e.importPath.startsWith('./stories/office/')), 'only office stories (the widgets have their own Storybook)');
});

test('every office story plays to its state in Chromium, without an error and axe-clean', { timeout: 900_000 }, async () => {
  const { server, origin } = await serve(outDir);
  let browser: Browser | undefined;
  const failures: string[] = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    let pageErrors: string[] = [];
    // msw's periodic update of its worker registration can fail while the next story's page loads; that is the
    // frame's housekeeping, not a story's error (the index test checks that the worker is there).
    page.on('pageerror', (error) => {
      if (!/Failed to update a ServiceWorker/.test(error.message)) pageErrors.push(error.message);
    });
    for (const entry of entries) {
      pageErrors = [];
      await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=story`);
      // The render's last phase is `finished`, after the play function, whether it passed or threw.
      await page.waitForFunction(
        () => (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders: Array<{ phase?: string }> } }).__STORYBOOK_PREVIEW__?.storyRenders[0]?.phase === 'finished',
        undefined,
        { timeout: 60_000, polling: 100 },
      );
      const shownError = await page.evaluate(() => (document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent ?? 'an error' : null));
      if (shownError || pageErrors.length) {
        failures.push(`${entry.id}: ${shownError ?? pageErrors.join('; ')}`);
        continue;
      }
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run(document.querySelector('#storybook-root')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      if (violations.length) failures.push(`${entry.id}: axe ${violations.join(', ')}`);
    }
  } finally {
    await browser?.close();
    server.close();
  }
  assert.deepEqual(failures, [], `office stories that failed:\n${failures.join('\n')}`);
});
