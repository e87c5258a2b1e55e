#!/usr/bin/env node
/**
 * `npm test`: every test of the project, node side first, then the browser
 * tests in headless Chromium, then the release check. Exits non-zero when any part fails.
 *
 *   npm test                 everything (the lint first)
 *   npm test -- lint         only the lint (ESLint, as `npm run lint`)
 *   npm test -- node         only the Node test files (contract, sdk, server, e2e, localization, accessibility)
 *   npm test -- browser      only the browser tests (@web/test-runner)
 *   npm test -- packaging    only the release check: builds and packs every public package,
 *                            publint, arethetypeswrong, Vite apps from the tarballs (about 2 minutes)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2];
const NODE_TEST_DIRS = ['tests/contract', 'tests/sdk', 'tests/server', 'tests/e2e', 'tests/storybook', 'tests/localization', 'tests/accessibility', 'tests/theme'];
// The release check rebuilds packages/*/dist with types and installs tarballs: it runs last, so that
// it never races the other tests over dist.
const RELEASE_TEST_DIRS = ['tests/packaging'];

function findTestFiles(dir) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return findTestFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

// Every part runs even when an earlier one failed, so one run shows all failures.
let failed = false;
if (!only || only === 'lint') {
  const packageSources = readdirSync(join(root, 'packages')).map((name) => `packages/${name}/src`).filter((dir) => existsSync(join(root, dir)));
  failed = run(join(root, 'node_modules/.bin/eslint'), [...packageSources, 'tests', 'stories', 'scripts', 'bench']) !== 0 || failed;
}
if (!only || only === 'node') {
  const files = NODE_TEST_DIRS.flatMap(findTestFiles);
  failed = run(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', ...files]) !== 0 || failed;
}
if ((!only || only === 'browser') && existsSync(join(root, 'web-test-runner.config.mjs'))) {
  failed = run(join(root, 'node_modules/.bin/web-test-runner'), ['--config', 'web-test-runner.config.mjs']) !== 0 || failed;
}
if (!only || only === 'packaging') {
  failed = run(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', ...RELEASE_TEST_DIRS.flatMap(findTestFiles)]) !== 0 || failed;
}
process.exit(failed ? 1 : 0);
