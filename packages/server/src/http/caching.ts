/**
 * Public GETs are cacheable by browsers, proxies and CDNs: a weak ETag over the
 * body, `Cache-Control`, and `304 Not Modified` on a matching `If-None-Match`.
 */
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.js';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export const publicCaching = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200) return;
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  if (/no-store|private/.test(c.res.headers.get('Cache-Control') ?? '')) return;
  c.res.headers.append('Vary', 'Accept-Language');
  // A data-version ETag (revalidation.ts) is set already and answered its own 304s.
  if (c.res.headers.has('ETag')) return;
  const body = new Uint8Array(await c.res.clone().arrayBuffer());
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  c.res.headers.set('ETag', etag);
  if (etagMatches(c.req.header('if-none-match'), etag)) {
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    c.res = new Response(null, { status: 304, headers });
  }
});

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
