import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** The caller's address: the socket's, or the first `X-Forwarded-For` entry behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>, trustProxy = process.env.TRUST_PROXY === '1'): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}
