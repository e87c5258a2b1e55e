/**
 * A fixed-window limit per client address, in memory. Enough for one server
 * instance; behind several instances, the proxy in front should limit too.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  /** Take the client address from `X-Forwarded-For` (only behind a trusted proxy). */
  trustProxy?: boolean;
}

export class RateLimiter {
  private windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Counts one request of this client; throws a 429 problem when over the limit. */
  hit(c: Context<AppEnv>, scope: string): void {
    const now = Date.now();
    const key = `${scope}|${clientAddress(c, this.options.trustProxy ?? false)}`;
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.options.windowMs };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.sweep(now);
    }
    window.count += 1;
    if (window.count > this.options.max) {
      const retryAfter = Math.ceil((window.resetAt - now) / 1000);
      throw new ProblemError({
        status: 429,
        type: 'rate-limited',
        title: 'Too many requests',
        detail: `Try again in ${retryAfter} seconds.`,
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
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
