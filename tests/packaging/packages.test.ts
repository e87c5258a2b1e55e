/**
 * The npm packages as a registry would hand them out: each public package is
 * built and packed (`npm pack`), then checked with publint and
 * arethetypeswrong; three small Vite apps (plain, React, Vue) install the
 * tarballs and render a widget in Chromium against the live API.
 *
 * The apps get the tarballs extracted into their own `node_modules/` inside
 * the repository's `.tmp/`, so the packages' own dependencies (lit, react,
 * vue …) resolve from the repository's `node_modules/` without the network.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import { chromium, type Browser } from 'playwright-core';
import { build as tsup, type Options } from 'tsup';
import { build as vite, type PluginOption } from 'vite';
import tsupConfig from '../../tsup.config.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/packaging/fixtures');
const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PUBLIC_PACKAGES = ['contract', 'sdk', 'components', 'react', 'server'] as const;
/** The theme is a stylesheet: no types to find there. */
const ATTW_EXCLUDED: Record<string, string[]> = { components: ['themes/kern.css'] };

async function buildLibraries(): Promise<void> {
  const configs = (tsupConfig as Options[]).filter((config) => (PUBLIC_PACKAGES as readonly string[]).includes(config.name ?? ''));
  assert.equal(configs.length, PUBLIC_PACKAGES.length, 'tsup.config.ts has a build for each public package');
  // `config: false`: with a config file on disk, tsup's build() runs every
  // build of that file with these options merged over it, not only this one.
  for (const config of configs) await tsup({ ...config, config: false, silent: true });
}

async function extractInto(tarball: string, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', folder, '--strip-components=1']);
}

describe('npm packages', { timeout: 900_000 }, () => {
  let work: string;
  const tarballs = new Map<string, string>();
  let server: LiveServer;
  let browser: Browser;
  const apps = join(root, '.tmp');

  before(async () => {
    await mkdir(apps, { recursive: true });
    work = await mkdtemp(join(apps, 'packaging-'));
    await buildLibraries();
    for (const name of PUBLIC_PACKAGES) {
      const { stdout } = await run('npm', ['pack', '--silent', '--workspace', `packages/${name}`, '--pack-destination', work], { cwd: root });
      tarballs.set(name, join(work, stdout.trim().split('\n').at(-1)!));
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  for (const name of PUBLIC_PACKAGES) {
    test(`@teilhabe/${name}: the tarball carries LICENSE, README, CHANGELOG and what its exports name`, async () => {
      const { stdout } = await run('tar', ['-tzf', tarballs.get(name)!]);
      const files = new Set(stdout.split('\n').map((line) => line.replace(/^package\//, '')));
      for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) assert.ok(files.has(file), `${file} is packed`);
      const manifest = JSON.parse(await readFile(join(root, 'packages', name, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>>; license: string; engines: { node: string } };
      assert.equal(manifest.license, 'EUPL-1.2');
      assert.match(manifest.engines.node, /20\.19/);
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        const published = typeof target === 'string' ? [target] : Object.entries(target).filter(([condition]) => condition !== 'source').map(([, path]) => path);
        for (const path of published) assert.ok(files.has(path.replace(/^\.\//, '')), `${subpath} → ${path} is in the tarball`);
      }
      assert.equal(await readFile(join(root, 'packages', name, 'LICENSE'), 'utf8'), await readFile(join(root, 'LICENSE'), 'utf8'), 'the package LICENSE is the repository LICENSE');
    });

    test(`@teilhabe/${name}: publint finds nothing`, async () => {
      const { stdout } = await run(join(root, 'node_modules/.bin/publint'), ['run', tarballs.get(name)!, '--strict']);
      assert.match(stdout, /All good!/, stdout);
    });

    test(`@teilhabe/${name}: arethetypeswrong finds nothing (ESM only)`, async () => {
      const excluded = ATTW_EXCLUDED[name] ?? [];
      const args = [tarballs.get(name)!, '--profile', 'esm-only', '--format', 'ascii', ...(excluded.length ? ['--exclude-entrypoints', ...excluded] : [])];
      // attw exits non-zero on any problem of the resolutions it checks; execFile then rejects with its report.
      const { stdout } = await run(join(root, 'node_modules/.bin/attw'), args);
      assert.match(stdout, /node16 \(from ESM\): 🟢/u, stdout);
      assert.match(stdout, /bundler: 🟢/u, stdout);
    });
  }

  test('@teilhabe/react imports the widgets from @teilhabe/components and bundles no copy of them', async () => {
    const folder = join(work, 'react-package');
    await extractInto(tarballs.get('react')!, folder);
    const code = await readFile(join(folder, 'dist/index.js'), 'utf8');
    assert.match(code, /from ["']@teilhabe\/components["']/);
    assert.doesNotMatch(code, /customElements\.define/, 'a second copy of a widget would clash with the app\'s own');
  });

  describe('Vite apps that install the tarballs', () => {
    const builtApps: Record<string, string> = {};

    before(async () => {
      for (const [app, packages, plugins] of [
        ['vanilla', ['sdk', 'components'], []],
        ['react', ['sdk', 'components', 'react'], []],
        ['vue', ['sdk', 'components'], [vue({ template: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('tk-') } } })]],
      ] as Array<[string, string[], PluginOption[]]>) {
        const appDir = join(work, app);
        await cp(join(fixtures, app), appDir, { recursive: true });
        for (const name of packages) await extractInto(tarballs.get(name)!, join(appDir, 'node_modules/@teilhabe', name));
        const outDir = join(appDir, 'dist');
        await vite({ root: appDir, base: `/${app}/`, configFile: false, logLevel: 'silent', plugins, build: { outDir, emptyOutDir: true } });
        builtApps[app] = outDir;
      }
      server = await startLiveServer({ staticMounts: Object.entries(builtApps).map(([app, folder]) => ({ urlPrefix: `/${app}/`, folder })) });
      browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
    });

    test('each build took the widgets from the tarball, not from the workspace sources', async () => {
      for (const [app, outDir] of Object.entries(builtApps)) {
        const assets = await readdir(join(outDir, 'assets'));
        const code = (await Promise.all(assets.filter((file) => file.endsWith('.js')).map((file) => readFile(join(outDir, 'assets', file), 'utf8')))).join('\n');
        assert.match(code, /tk-mo-directory/, `${app}: the widget is in the bundle`);
        assert.doesNotMatch(code, /packages\/components\/src/, `${app}: no workspace source path`);
      }
    });

    for (const app of ['vanilla', 'react', 'vue']) {
      test(`${app}: the widget renders live data${app === 'vanilla' ? '' : ', gets its prop and reports tk-filter-change to the app'}`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await page.goto(`${server.baseUrl}/${app}/index.html`);
          await page.locator('tk-mo-directory .results[aria-busy="false"] > li').first().waitFor({ timeout: 30_000 });
          if (app !== 'vanilla') {
            assert.equal(await page.locator('tk-mo-directory').evaluate((element) => (element as HTMLElement & { headingLevel: number }).headingLevel), 3, 'the prop reached the element');
            await page.locator('tk-mo-directory input[type="search"]').fill('Verein');
            await page.locator('#last-filter-change', { hasText: 'Verein' }).waitFor({ timeout: 10_000 });
            const detail = JSON.parse(await page.locator('#last-filter-change').textContent() ?? '') as { q: string; filters: object };
            assert.equal(detail.q, 'Verein');
            assert.equal(typeof detail.filters, 'object');
          }
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
        }
      });
    }
  });
});
