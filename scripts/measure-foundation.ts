/**
 * Prints the foundation's figures; a benchmark, not a test (it never fails on a timing):
 *   - `npm start` to the first successful API answer, cold (fresh data folder) and warm;
 *   - organisation search latency (p50/p95/p99) over the demo data on PGlite, over loopback HTTP;
 *   - resident memory (RSS) of the server process: peak and steady after the load.
 *
 *   npm run measure
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = 18_000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;

function startServer(dataDir: string): ChildProcess {
  return spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function timeToFirstAnswer(child: ChildProcess, startedAt: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited');
    try {
      const response = await fetch(`${base}/v1/musterkreis/organizations?limit=1`);
      if (response.ok) return performance.now() - startedAt;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** The node process that serves (the child of `scripts/start.mjs`). */
function serverPid(child: ChildProcess): number {
  const children = execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n');
  return Number(children[0]);
}

function memoryMiB(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const SEARCHES = [
  'q=kultur', 'q=hausaufg', 'q=Elternverein', 'q=frauen', 'q=sport', 'q=moschee', 'q=ukrain', 'q=Kulturverien',
  'topic=youth-education', 'language=ar', 'area=musterstadt', 'topic=youth-education&language=ar', 'offer=homework-help&area=neuhausen',
  'q=verein&topic=culture-intercultural', 'type=umbrella', 'q=beratung&language=tr,ar', '', 'locale=en&q=homework', 'locale=ar&topic=refugees',
];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-measure-'));
  try {
    // Build first, so the timed runs measure start-up, not the build.
    spawnSync(join(root, 'node_modules/.bin/tsup'), [], { cwd: root, stdio: 'ignore', env: { ...process.env, TK_BUILD_TYPES: '0' } });
    let child = startServer(dataDir);
    let startedAt = performance.now();
    const cold = await timeToFirstAnswer(child, startedAt);
    await stop(child);

    child = startServer(dataDir);
    startedAt = performance.now();
    const warm = await timeToFirstAnswer(child, startedAt);
    const pid = serverPid(child);

    const latencies: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      for (const query of SEARCHES) {
        const t0 = performance.now();
        const response = await fetch(`${base}/v1/musterkreis/organizations?${query}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }
    latencies.sort((a, b) => a - b);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const memory = memoryMiB(pid);
    await stop(child);

    const rows = [
      ['npm start → first answer, cold (fresh data dir, seeds the demo)', `${(cold / 1000).toFixed(2)} s`],
      ['npm start → first answer, warm', `${(warm / 1000).toFixed(2)} s`, '≤ 5 s'],
      [`organisation search over HTTP, ${latencies.length} requests: p50`, `${percentile(latencies, 50).toFixed(1)} ms`],
      ['organisation search p95', `${percentile(latencies, 95).toFixed(1)} ms`, '≤ 20 ms'],
      ['organisation search p99', `${percentile(latencies, 99).toFixed(1)} ms`],
      ['server RSS, steady after the load (PGlite)', `${memory.rss.toFixed(0)} MiB`, '≤ 600 MiB'],
      ['server RSS, peak (PGlite)', `${memory.peak.toFixed(0)} MiB`],
    ];
    const width = Math.max(...rows.map((r) => r[0]!.length));
    console.log('\nTeilhabe-Kit foundation figures\n');
    for (const [label, value, target] of rows) console.log(`${label!.padEnd(width)}  ${value!.padStart(10)}  ${target ? `(target ${target})` : ''}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
