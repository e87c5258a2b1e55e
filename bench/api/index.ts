/**
 * The API part: for each backend (PGlite in a fresh data folder, a throwaway
 * PostgreSQL cluster), seed the scaled dataset in one process, serve it from
 * another, then latency + raw SQL, throughput, contention and memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiPart, Profile } from '../lib/options.js';
import { forkTs, nextMessage, stopChild } from '../lib/processes.js';
import type { Report } from '../lib/report.js';
import { MiB, ms, ratio, tail } from '../lib/stats.js';
import { measureContention } from './contention.js';
import { measureLatency } from './latency.js';
import { memoryProbe } from './memory.js';
import { measureThroughput } from './throughput.js';
import { measureBehindProxy } from './proxy.js';

const CHILD = 'bench/api/server-child.ts';
const LABEL = { pglite: 'PGlite', postgres: 'PostgreSQL 15' } as const;

async function backendEnv(backend: 'pglite' | 'postgres'): Promise<{ env: Record<string, string>; cleanup: () => void }> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'tk-bench-pglite-'));
    return { env: { BENCH_DATA_DIR: dir }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { createTestDatabase, findPostgresBin } = await import('../../tests/support/postgres-cluster.js');
  if (!findPostgresBin()) throw new Error('no PostgreSQL server binaries (install `postgresql` or set PG_BIN)');
  return { env: { BENCH_DATABASE_URL: await createTestDatabase() }, cleanup: () => {} };
}

export async function runApi(profile: Profile, report: Report) {
  const { scale } = profile;
  const scaleText = profile.demoData
    ? 'the musterkreis demo data'
    : `${scale.organizations.toLocaleString('en')} orgs, ${scale.events.toLocaleString('en')} events, ${scale.fundingPrograms} programmes`;
  for (const backend of profile.backends) {
    const section = `API ${LABEL[backend]}`;
    let env: Awaited<ReturnType<typeof backendEnv>>;
    try {
      env = await backendEnv(backend);
    } catch (error) {
      report.missing(section, 'all API figures', `skipped: ${(error as Error).message}`);
      continue;
    }
    try {
      const seeder = forkTs(CHILD, ['seed'], { ...env.env, BENCH_SCALE: JSON.stringify(profile.demoData ? 'demo' : scale) });
      const seeded = await nextMessage<{ type: string; seedMs: number; openMs: number }>(seeder, 'seeded', 600_000);
      await stopChild(seeder);
      report.add({ section, measure: `seed ${scaleText}`, value: ms(seeded.seedMs), spread: `open + migrate ${ms(seeded.openMs)}`, data: seeded });

      const server = forkTs(CHILD, ['serve'], env.env);
      try {
        const ready = await nextMessage<{ type: string; url: string; startMs: number }>(server, 'ready', 120_000);
        const memory = memoryProbe(server.pid!);

        const runs = (part: ApiPart) => profile.apiParts.includes(part);
        const latencies = runs('latency') ? await measureLatency(server, ready.url, profile.apiRounds) : [];
        for (const l of latencies) {
          report.add({
            section,
            measure: `${l.kind}: HTTP p50 / raw SQL p50`,
            value: `${ms(l.http.p50)} / ${ms(l.sql.p50)}`,
            spread: `HTTP ${tail(l.http)}${l.errors ? ` · ${l.errors} errors` : ''}`,
            anchor: `SQL ${ms(l.sql.p95)} p95, ${l.statementsPerRequest.toFixed(1)} stmt/req`,
            ratio: `${ratio(l.http.p50, l.sql.p50)} HTTP/SQL`,
            data: l,
          });
        }

        if (runs('throughput')) {
          const throughput = await measureThroughput(ready.url, profile.loadSeconds, profile.loadConnections);
          report.add({
            section,
            measure: `GET throughput, ${profile.loadConnections} conns × ${profile.loadSeconds} s (200 / 304 via If-None-Match)`,
            value: `${throughput.plain.rps.toFixed(0)} / ${throughput.revalidated ? throughput.revalidated.rps.toFixed(0) : '–'} req/s`,
            spread: `latency p50 ${throughput.plain.p50} / ${throughput.revalidated?.p50 ?? '–'} ms; ${throughput.plain.statuses} / ${throughput.revalidated?.statuses ?? 'no ETag'}`,
            anchor: 'goal: 304 ≥ 10× the 200 (answered from the data version, no query)',
            ratio: throughput.revalidated ? `${ratio(throughput.revalidated.rps, throughput.plain.rps)} 304/200` : undefined,
            data: throughput,
          });
        }

        if (runs('contention')) {
          const contention = await measureContention(ready.url, profile.contention, profile.contentionRounds);
          const successes = contention.map((c) => c.successes);
          const worst = contention.reduce((a, b) => (b.latency.max > a.latency.max ? b : a));
          report.add({
            section,
            measure: `booking contention: ${profile.contention} concurrent requests for one slot, ${contention.length} slot(s)`,
            value: `${successes.join(', ')} success(es)`,
            spread: `p50 ${ms(worst.latency.p50)} · p95 ${ms(worst.latency.p95)} · max ${ms(worst.latency.max)}; ${contention.map((c) => `${c.conflicts}×409${Object.entries(c.other).map(([k, v]) => ` ${v}×${k}`).join('')}`).join(', ')}`,
            anchor: 'exactly 1 each',
            ratio: !successes.every((s) => s === 1) ? 'WRONG: not 1 winner' : contention.some((c) => Object.keys(c.other).length > 0) ? '1 winner, but errors' : 'ok',
            data: contention,
          });
        }

        const rss = await memory.finish(profile.quick ? 1500 : 3000);
        if (runs('memory')) report.add({
          section,
          measure: 'server RSS: after start / peak under load / steady',
          value: `${MiB(rss.afterStart)} / ${MiB(rss.loadPeak)} / ${MiB(rss.steady)}`,
          spread: `start-up peak ${MiB(rss.startPeak)}; server ready in ${ms(ready.startMs)}`,
          anchor: backend === 'pglite' ? '≤ 600 MiB steady' : undefined,
          ratio: backend === 'pglite' ? ratio(rss.steady, 600 * 2 ** 20) : undefined,
          data: rss,
        });
      } finally {
        await stopChild(server);
      }
      if (backend === 'postgres' && profile.apiParts.includes('proxy')) await reportProxy(env.env.BENCH_DATABASE_URL!, profile, report);
    } catch (error) {
      report.missing(section, 'API figures', `error: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      env.cleanup();
    }
  }
}

/** Two instances on one PostgreSQL behind nginx's cache (the full run also waits out the 60 s lifetime). */
async function reportProxy(databaseUrl: string, profile: Profile, report: Report) {
  const section = 'API 2 instances + nginx';
  try {
    const p = await measureBehindProxy(databaseUrl, { seconds: profile.loadSeconds, connections: profile.loadConnections, waitForLifetime: !profile.quick });
    report.add({
      section,
      measure: 'public GET through nginx proxy_cache / one instance alone',
      value: `${p.proxied.toFixed(0)} / ${p.direct.toFixed(0)} req/s`,
      spread: `cache status of 20 requests: ${Object.entries(p.cacheStatuses).map(([k, v]) => `${v}× ${k}`).join(', ')}`,
      ratio: `${ratio(p.proxied, p.direct)} proxy/API`,
      data: p,
    });
    report.add({
      section,
      measure: 'after max-age: revalidation by ETag; a write seen through the proxy after',
      value: p.afterExpiry === null ? 'skipped (--quick)' : `${p.afterExpiry}; ${p.writeVisibleAfterS === null ? 'not within 75 s' : `${p.writeVisibleAfterS.toFixed(1)} s`}`,
      anchor: 'REVALIDATED; ≤ 60 s (the promised max-age)',
      data: p,
    });
  } catch (error) {
    report.missing(section, 'proxy figures', `skipped: ${(error as Error).message.split('\n')[0]}`);
  }
}
