/**
 * API latency over loopback HTTP (p50/p95/p99) per kind of request, and the
 * same SQL replayed straight on the server's pool: the server's own overhead as a ratio.
 */
import type { ChildProcess } from 'node:child_process';
import { ask } from '../lib/processes.js';
import { summarize, type Summary } from '../lib/stats.js';
import { requestKinds, send } from './queries.js';

export interface KindLatency {
  kind: string;
  http: Summary;
  sql: Summary;
  statementsPerRequest: number;
  errors: number;
}

export async function measureLatency(child: ChildProcess, base: string, rounds: number): Promise<KindLatency[]> {
  const kinds = requestKinds();
  // Warm-up: every variant once (plans, caches, JIT), not timed.
  for (const requests of Object.values(kinds)) for (const request of requests) await send(base, request);

  const out: KindLatency[] = [];
  for (const [kind, requests] of Object.entries(kinds)) {
    const http: number[] = [];
    let errors = 0;
    for (let round = 0; round < rounds; round++) {
      for (const request of requests) {
        const t0 = performance.now();
        const { status } = await send(base, request);
        http.push(performance.now() - t0);
        if (status >= 400) errors++;
      }
    }
    // Raw SQL: capture what one request of each variant runs, replay it as often.
    const sql: number[] = [];
    let statements = 0;
    for (const request of requests) {
      await ask(child, { type: 'capture-start' });
      await send(base, request);
      const captured = await ask<Array<{ text: string; values: unknown[] }>>(child, { type: 'capture-stop' });
      statements += captured.length;
      sql.push(...(await ask<number[]>(child, { type: 'replay', statements: captured, rounds }, 300_000)));
    }
    out.push({ kind, http: summarize(http), sql: summarize(sql), statementsPerRequest: statements / requests.length, errors });
  }
  return out;
}
