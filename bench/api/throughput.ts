/**
 * Throughput of one public GET over loopback with autocannon (bounded by time),
 * with and without `If-None-Match` (a revalidating browser or CDN gets 304s).
 */
import autocannon from 'autocannon';
import { TENANT } from './queries.js';

export interface Throughput {
  path: string;
  plain: { rps: number; p50: number; p99: number; statuses: string };
  revalidated: { rps: number; p50: number; p99: number; statuses: string } | null;
  etag: string | null;
}

const PATH = `/v1/${TENANT}/organizations?topic=youth-education&limit=20`;

export async function measureThroughput(base: string, seconds: number, connections: number): Promise<Throughput> {
  const first = await fetch(base + PATH);
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  const run = async (headers: Record<string, string>) => {
    const r = await autocannon({ url: base + PATH, connections, duration: seconds, headers, timeout: 10 });
    const statuses = `2xx ${r['2xx']} · 3xx ${r['3xx']} · 4xx+5xx ${r['4xx'] + r['5xx']}${r.errors ? ` · errors ${r.errors}` : ''}`;
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, statuses };
  };
  // Warm-up, not recorded.
  await autocannon({ url: base + PATH, connections, duration: 1 });
  const plain = await run({});
  const revalidated = etag ? await run({ 'if-none-match': etag }) : null;
  return { path: PATH, plain, revalidated, etag };
}
