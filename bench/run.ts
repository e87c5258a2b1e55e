/**
 * `npm run bench` — figures next to their anchors, in one run, as one table
 * (also written to bench/results.json). A benchmark, not a test: it never fails
 * on a timing; a part that cannot run says why in its row.
 *
 *   npm run bench                   full run (< 10 min on 2 cores)
 *   npm run bench -- --quick        smaller data, fewer repetitions (< 2 min)
 *   npm run bench -- --only sizes,browser,api,startup   some parts only
 *   npm run bench -- --backends pglite                  API on PGlite only
 *   npm run bench -- --only api --api-parts latency     API latency rows only (also throughput, contention, memory, proxy)
 *   npm run bench -- --demo                             API on the demo data (npm run measure uses it)
 */
import { cpus, loadavg } from 'node:os';
import { readOptions, root, type Section } from './lib/options.js';
import { Report, resultsPath } from './lib/report.js';

const profile = readOptions();
const report = new Report();
const started = performance.now();
const load = loadavg()[0]!;

const parts: Record<Section, () => Promise<void>> = {
  sizes: async () => (await import('./sizes.js')).runSizes(report),
  browser: async () => (await import('./browser/index.js')).runBrowser(profile, report),
  api: async () => (await import('./api/index.js')).runApi(profile, report),
  startup: async () => (await import('./startup.js')).runStartup(profile, report),
};

for (const section of profile.sections) {
  const t0 = performance.now();
  console.error(`bench: ${section} …`);
  try {
    await parts[section]();
  } catch (error) {
    report.missing(section, 'all figures', `error: ${(error as Error).message.split('\n')[0]}`);
    console.error(error);
  }
  console.error(`bench: ${section} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

const seconds = (performance.now() - started) / 1000;
const loadEnd = loadavg()[0]!;
report.note(`${profile.quick ? 'quick' : 'full'} run, ${seconds.toFixed(0)} s, ${cpus().length} cores, load average ${load.toFixed(1)} → ${loadEnd.toFixed(1)}${Math.max(load, loadEnd) > cpus().length * 0.75 ? ' (busy machine: figures are noisy; compare the ratios)' : ''}.`);
console.log(`\nTeilhabe-Kit bench (${profile.quick ? '--quick' : 'full'})\n`);
report.print();
report.write(resultsPath(root), { profile });
console.log(`\nwritten to bench/results.json`);
process.exit(0);
