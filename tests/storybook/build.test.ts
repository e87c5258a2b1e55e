/** Storybook builds offline, and every stories file of `stories/` is in it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

test('`storybook build` succeeds and indexes the stories of every widget', { timeout: 300_000 }, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tk-storybook-'));
  try {
    const build = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', outDir, '--quiet'], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, `storybook build failed:\n${build.stderr}\n${build.stdout}`);
    assert.ok(existsSync(join(outDir, 'iframe.html')));
    assert.ok(existsSync(join(outDir, 'mockServiceWorker.js')), 'the msw worker is served beside the stories');
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, { importPath: string; type: string }> };
    const storyFiles = new Set(Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.importPath.replace(/^\.\//, '')));
    for (const file of readdirSync(join(root, 'stories')).filter((name) => name.endsWith('.stories.ts'))) {
      assert.ok(storyFiles.has(`stories/${file}`), `no stories of ${file} in the build`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
