/**
 * A fixed-window limit per client address, counted in the database so that
 * every server instance behind a load balancer shares one count. One upsert
 * per hit: the row's window restarts when it is over, else its count grows.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  /** Take the client address from `X-Forwarded-For` (only behind a trusted proxy). Default: `TRUST_PROXY=1`. */
  trustProxy?: boolean;
}

export class RateLimiter {
  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly options: RateLimitOptions,
  ) {}

  /** Counts one request of this client; throws a 429 problem when over the limit. */
  async hit(c: Context<AppEnv>, scope: string): Promise<void> {
    // The address is personal data: only its hash is stored, and only for one window.
    const key = createHash('sha256').update(`${scope}|${clientAddress(c, this.options.trustProxy)}`).digest('base64url');
    const windowSeconds = this.options.windowMs / 1000;
    const { rows } = await sql<{ hits: number; reset_in: number }>`
      INSERT INTO rate_limits AS r (key, window_start, hits) VALUES (${key}, clock_timestamp(), 1)
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN r.window_start <= clock_timestamp() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE r.hits + 1 END,
        window_start = CASE WHEN r.window_start <= clock_timestamp() - make_interval(secs => ${windowSeconds}) THEN clock_timestamp() ELSE r.window_start END
      RETURNING hits, extract(epoch FROM r.window_start + make_interval(secs => ${windowSeconds}) - clock_timestamp())::float8 AS reset_in`.execute(this.db);
    const { hits, reset_in: resetIn } = rows[0]!;
    if (hits > this.options.max) {
      const retryAfter = Math.max(1, Math.ceil(resetIn));
      throw new ProblemError({
        status: 429,
        type: 'rate-limited',
        title: 'Too many requests',
        detail: `Try again in ${retryAfter} seconds.`,
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }
}

/** Forgets windows that ended long ago (run by the periodic cleanup). */
export async function sweepRateLimits(db: Kysely<DatabaseSchema>, olderThanMs = 86_400_000) {
  await db.deleteFrom('rate_limits').where('window_start', '<', new Date(Date.now() - olderThanMs)).execute();
}
