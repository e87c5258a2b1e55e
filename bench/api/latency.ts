/**
 * API latency over loopback HTTP (p50/p95/p99) per kind of request, and the
 * same SQL replayed straight on the server's pool: the server's own overhead as a ratio.
 * Each HTTP request is followed by one replay of its SQL, so that both see the
 * same load on a busy machine (what anchors each kind: see queries.ts).
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

type Statements = Array<{ text: string; values: unknown[] }>;

export async function measureLatency(child: ChildProcess, base: string, rounds: number): Promise<KindLatency[]> {
  const kinds = requestKinds();
  // Warm-up: every variant once (plans, caches, JIT), not timed.
  for (const requests of Object.values(kinds)) for (const request of requests) await send(base, request);

  const out: KindLatency[] = [];
  for (const [kind, requests] of Object.entries(kinds)) {
    // Raw SQL: capture what one request of each variant runs, to replay it after each timed request.
    const captured: Statements[] = [];
    for (const request of requests) {
      await ask(child, { type: 'capture-start' });
      await send(base, request);
      captured.push(await ask<Statements>(child, { type: 'capture-stop' }));
    }
    const http: number[] = [];
    const sql: number[] = [];
    let errors = 0;
    for (let round = 0; round < rounds; round++) {
      for (const [index, request] of requests.entries()) {
        const t0 = performance.now();
        const { status } = await send(base, request);
        http.push(performance.now() - t0);
        if (status >= 400) errors++;
        sql.push(...(await ask<number[]>(child, { type: 'replay', statements: captured[index], rounds: 1 }, 300_000)));
      }
    }
    const statements = captured.reduce((sum, list) => sum + list.length, 0);
    out.push({ kind, http: summarize(http), sql: summarize(sql), statementsPerRequest: statements / requests.length, errors });
  }
  return out;
}
