/**
 * Public revalidation that costs nothing: for the public reads that show only
 * what the tenant's data version covers (see migration 005), the ETag is made
 * from that version and the request, so a matching `If-None-Match` is
 * answered `304` before any query. Other public GETs (availability, the
 * free-room search: they show bookings) keep the body ETag of `caching.ts`.
 *
 * The tag also names the hour: lists that start "today" (events, funding
 * deadlines) change with the clock, not only with the data.
 */
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { DataVersions } from '../db/data-versions.js';
import { buildId } from './build-id.js';
import { PUBLIC_CACHE_CONTROL, etagMatches } from './caching.js';
import type { AppEnv } from './env.js';

/** Path below `/v1/{tenant}` → whether its public GET shows only versioned data. */
const VERSIONED_READS: Array<{ path: RegExp; unless?: RegExp }> = [
  { path: /^\/taxonomies\/[^/]+$/ },
  { path: /^\/organizations(?:\/[^/]+)?$/ },
  { path: /^\/rooms$/, unless: /^free/ },
  { path: /^\/rooms\/[^/]+$/ },
  { path: /^\/venues\/[^/]+$/ },
  { path: /^\/events(?:\/[^/]+|\.ics)?$/ },
  { path: /^\/funding-programs(?:\/[^/]+|\.ics)?$/ },
];

/**
 * Another build may render the same data differently: its tags differ (the same in every instance of one build).
 * Hashed on the first public read, not when a CLI command merely imports the app.
 */
let build: string | undefined;
const currentBuild = () => (build ??= buildId());

function isVersionedRead(path: string, queryNames: string[]): boolean {
  return VERSIONED_READS.some(({ path: pattern, unless }) => pattern.test(path) && !(unless && queryNames.some((name) => unless.test(name))));
}

export function revalidateByDataVersion(versions: DataVersions, now: () => Date) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const tenant = c.get('tenant');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      await next();
      // A POST that only reads (the contract's `x-reads-only`) keeps the cached versions and tenants.
      if (c.get('readsOnly')) return;
      // This process's write is visible now; the notification to the others follows at commit.
      versions.forget(tenant.id);
      return;
    }
    const url = new URL(c.req.url);
    const below = url.pathname.slice(`/v1/${tenant.id}`.length);
    if (c.req.header('authorization') || !isVersionedRead(below, [...url.searchParams.keys()])) return next();

    const version = await versions.current(tenant.id);
    const query = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const hour = now().toISOString().slice(0, 13);
    const request = JSON.stringify([currentBuild(), hour, below, query, c.get('locale')]);
    const etag = `W/"d${version}-${createHash('sha1').update(request).digest('base64url').slice(0, 16)}"`;
    if (etagMatches(c.req.header('if-none-match'), etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL, Vary: 'Accept-Language', 'Content-Language': c.get('locale') });
    }
    await next();
    if (c.res.status === 200) c.res.headers.set('ETag', etag);
  });
}
