/** The committed Custom Elements Manifest (Storybook's docs) matches the widgets' JSDoc. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

test('packages/components/custom-elements.json is up to date (run `npm run analyze`)', { timeout: 120_000 }, () => {
  // The analyzer takes --outdir relative to the working directory.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const outdir = relative(root, mkdtempSync(join(root, '.tmp', 'cem-')));
  try {
    const run = spawnSync(join(root, 'node_modules/.bin/custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const fresh = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(root, 'packages/components/custom-elements.json'), 'utf8'));
    // The analyzer lists modules in the order it finished them; compare by path.
    const byPath = (manifest: { modules: Array<{ path: string }> }) => ({ ...manifest, modules: [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path)) });
    assert.deepEqual(byPath(committed), byPath(fresh));
    const tags = fresh.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    assert.deepEqual(tags.sort(), ['tk-event-calendar', 'tk-funding-finder', 'tk-mo-directory', 'tk-room-booking', 'tk-submit']);
  } finally {
    rmSync(join(root, outdir), { recursive: true, force: true });
  }
});
