/**
 * Resolves `/v1/{tenant}/…` to a tenant (404 problem if unknown), applies the
 * tenant's CORS allowlist and picks the content locale of the request.
 */
import { Slug, type Locale } from '@teilhabe/contract';
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { negotiateLocale } from '../i18n/negotiate.js';
import type { AppEnv, TenantContext } from './env.js';
import { problemResponse } from './problem.js';

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

/**
 * The CORS rules for a tenant nobody configured: open, like the demo tenant.
 * A widget with a mistyped tenant then sees the real 404 instead of a CORS
 * block, and the 404 gives nothing away that /v1/tenants does not.
 */
const UNKNOWN_TENANT_ORIGINS: readonly string[] = ['*'];

function allowOrigin(origin: string | undefined, corsOrigins: readonly string[]): string | null {
  if (!origin) return null;
  if (corsOrigins.includes('*')) return '*';
  return corsOrigins.includes(origin) ? origin : null;
}

export function tenantScope(tenants: TenantDirectory) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (UNSCOPED_PATHS.has(c.req.path)) return next();
    const id = c.req.param('tenant') ?? '';
    // Anything that is not a slug (a NUL, 300 characters) cannot be a tenant; the database is not asked.
    const tenant = Slug.safeParse(id).success ? await tenants.find(id) : null;
    const allowedOrigin = allowOrigin(c.req.header('origin'), tenant?.corsOrigins ?? UNKNOWN_TENANT_ORIGINS);

    if (c.req.method === 'OPTIONS') {
      // Shared caches must not hand one origin's preflight to another.
      if (!allowedOrigin) return c.body(null, 204, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': allowedOrigin,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (tenant) {
      c.set('tenant', tenant);
      c.set('locale', negotiateLocale(c.req.query('locale'), c.req.header('accept-language'), tenant.defaultLocale));
      await next();
      c.res.headers.set('Content-Language', c.get('locale'));
    } else {
      c.res = problemResponse(c, { status: 404, type: 'unknown-tenant', title: 'Tenant not found', detail: `There is no tenant "${id}"; see /v1/tenants.` });
    }
    if (allowedOrigin) {
      c.res.headers.set('Access-Control-Allow-Origin', allowedOrigin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    // Every answer here depends on Origin, also the ones without CORS headers.
    c.res.headers.append('Vary', 'Origin');
  });
}
