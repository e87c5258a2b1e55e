/**
 * `npm start` to the first successful API answer: cold (a fresh data folder, so
 * the demo data is loaded) and warm (the same folder again). The build runs
 * first, untimed, so the figures are start-up, not build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/support/postgres-cluster.js';
import { root, type Profile } from './lib/options.js';
import { sleep } from './lib/processes.js';
import type { Report } from './lib/report.js';
import { ms, range, summarize } from './lib/stats.js';

/** One `npm start`; resolves with the time to the first 200 and whether start.mjs rebuilt. */
async function timeStart(dataDir: string, timeoutMs = 120_000) {
  const port = await freePort();
  const t0 = performance.now();
  // Its own process group, so that npm, start.mjs and the server stop together.
  const child = spawn('npm', ['start', '--silent'], { cwd: root, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    while (performance.now() - t0 < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}): ${output.trim().split('\n').slice(-2).join(' ')}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/v1/musterkreis/organizations?limit=1`);
        await response.arrayBuffer();
        if (response.ok) return { ms: performance.now() - t0, rebuilt: output.includes('Building') };
      } catch {
        // not listening yet
      }
      await sleep(20);
    }
    throw new Error(`no answer within ${timeoutMs / 1000} s`);
  } finally {
    await stopGroup(child.pid!);
  }
}

/** Whether any process of the group still runs. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops npm, start.mjs and the server, and waits until all of them are gone:
 * npm exits before the server has closed its database, and the next start on
 * the same data folder would find it still in use (and rightly refuse).
 */
async function stopGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  for (const t0 = performance.now(); groupAlive(pid) && performance.now() - t0 < 15_000; ) await sleep(50);
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // gone
  }
  for (const t0 = performance.now(); groupAlive(pid) && performance.now() - t0 < 5_000; ) await sleep(50);
}

export async function runStartup(profile: Profile, report: Report) {
  // Leave dist as found: a full build (with .d.ts) stays one; a quick one (npm start's) stays quick.
  const hadTypes = existsSync(join(root, 'packages/sdk/dist/index.d.ts'));
  const build = spawnSync(join(root, 'node_modules/.bin/tsup'), [], { cwd: root, stdio: 'ignore', env: { ...process.env, TK_BUILD_TYPES: hadTypes ? '1' : '0' } });
  if (build.status !== 0) report.note('start-up: the build before timing failed (work in progress elsewhere?); npm start may rebuild while timed.');
  const cold: number[] = [];
  const warm: number[] = [];
  let rebuilt = false;
  for (let i = 0; i < profile.startupRepetitions; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tk-bench-start-'));
    try {
      const c = await timeStart(dataDir);
      cold.push(c.ms);
      const w = await timeStart(dataDir);
      warm.push(w.ms);
      rebuilt ||= c.rebuilt || w.rebuilt;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const c = summarize(cold);
  const w = summarize(warm);
  const rebuildNote = rebuilt ? ' · includes a rebuild (sources newer than dist)' : '';
  report.add({ section: 'start-up', measure: 'npm start → first answer, cold (fresh DATA_DIR, loads the demo)', value: ms(c.p50), spread: range(c) + rebuildNote, data: cold });
  report.add({ section: 'start-up', measure: 'npm start → first answer, warm', value: ms(w.p50), spread: range(w) + rebuildNote, anchor: '≤ 5 s', ratio: `${((w.p50 / 5000) * 100).toFixed(0)} % of limit`, data: warm });
}
