/**
 * Resolves `/v1/{tenant}/…` to a tenant (404 problem if unknown), applies the
 * tenant's CORS allowlist and picks the content locale of the request.
 */
import type { Locale } from '@teilhabe/contract';
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { negotiateLocale } from '../i18n/negotiate.js';
import type { AppEnv, TenantContext } from './env.js';
import { ProblemError } from './problem.js';

const CACHE_MS = 30_000;

export class TenantDirectory {
  private cache = new Map<string, { tenant: TenantContext | null; loadedAt: number }>();

  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async find(id: string): Promise<TenantContext | null> {
    const cached = this.cache.get(id);
    if (cached && Date.now() - cached.loadedAt < CACHE_MS) return cached.tenant;
    const row = await this.db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
    const tenant: TenantContext | null = row
      ? {
          id: row.id,
          name: row.name,
          defaultLocale: row.default_locale as Locale,
          locales: row.locales as Locale[],
          timeZone: row.time_zone,
          corsOrigins: row.cors_origins,
        }
      : null;
    this.cache.set(id, { tenant, loadedAt: Date.now() });
    return tenant;
  }

  async list(): Promise<TenantContext[]> {
    const rows = await this.db.selectFrom('tenants').select('id').orderBy('id').execute();
    const tenants = await Promise.all(rows.map((row) => this.find(row.id)));
    return tenants.filter((t): t is TenantContext => t !== null);
  }

  forget(): void {
    this.cache.clear();
  }
}

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Accept, Accept-Language, Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id';
const EXPOSED_HEADERS = 'ETag, Retry-After, X-Request-Id, Content-Language';

/** Paths under /v1/ that belong to no tenant. */
const UNSCOPED_PATHS = new Set(['/v1/tenants', '/v1/openapi.json']);

export function tenantScope(tenants: TenantDirectory) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (UNSCOPED_PATHS.has(c.req.path)) return next();
    const id = c.req.param('tenant') ?? '';
    const tenant = await tenants.find(id);
    if (!tenant) {
      throw new ProblemError({ status: 404, type: 'unknown-tenant', title: 'Tenant not found', detail: `There is no tenant "${id}"; see /v1/tenants.` });
    }
    c.set('tenant', tenant);
    c.set('locale', negotiateLocale(c.req.query('locale'), c.req.header('accept-language'), tenant.defaultLocale));

    const origin = c.req.header('origin');
    const allowed = origin && (tenant.corsOrigins.includes('*') || tenant.corsOrigins.includes(origin));
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 204);
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': tenant.corsOrigins.includes('*') ? '*' : origin,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', tenant.corsOrigins.includes('*') ? '*' : origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      c.res.headers.append('Vary', 'Origin');
    }
    c.res.headers.set('Content-Language', c.get('locale'));
  });
}
