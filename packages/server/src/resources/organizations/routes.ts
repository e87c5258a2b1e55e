import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import { versionTag, writeVersioned } from '../../records/versioned-write.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { toOrganization, toOrganizationSummary } from './mapping.js';
import { TtlCache } from '../../cache/ttl-cache.js';
import { checkOrganization } from './service.js';
import { deleteOrganization, findOrganization, saveOrganization, searchOrganizations, type FacetCounts } from './repository.js';

/** How long facet counts are reused; public lists may be cached as long by HTTP anyway. */
const FACET_CACHE_MS = 30_000;

export function registerOrganizationRoutes(app: OpenAPIHono<AppEnv>, { db, now, dataVersions }: AppDependencies) {
  const facetCache = new TtlCache<FacetCounts>({ ttlMs: FACET_CACHE_MS, maxEntries: 500 });
  // A write through any instance (or an import) drops the counts here too.
  dataVersions.onChange((tenantId) => facetCache.invalidateTenant(tenantId));

  app.openapi(routes.listOrganizations, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const offset = decodeCursor(query.cursor);
    const result = await searchOrganizations(db, tenant.id, {
      q: query.q,
      filters: { topic: query.topic, type: query.type, language: query.language, area: query.area, offer: query.offer },
      updatedSince: query.updatedSince,
      limit: query.limit,
      offset,
    }, facetCache);
    return c.json(
      {
        data: result.rows.map((row) => toOrganizationSummary(row, locale, tenant.defaultLocale)),
        meta: { total: result.total, nextCursor: nextCursor(offset, query.limit, result.total), facets: result.facets, locale },
      },
      200,
    );
  });

  app.openapi(routes.getOrganization, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const found = await findOrganization(db, tenant.id, id);
    if (!found) throw notFound('Organisation', id);
    return c.json({ data: toOrganization(found.row, found, c.get('locale'), tenant.defaultLocale) }, 200);
  });

  app.openapi(routes.putOrganization, async (c) => {
    const { id } = c.req.valid('param');
    const record = c.req.valid('json');
    const tenant = c.get('tenant');
    await checkOrganization(db, tenant.id, id, record);
    const version = await writeVersioned(c, db, { collection: 'organizations', id, operation: 'put', write: (trx) => saveOrganization(trx, tenant.id, record, now()) });
    facetCache.invalidateTenant(tenant.id);
    const saved = await findOrganization(db, tenant.id, id);
    return c.json({ data: toOrganization(saved!.row, saved!, c.get('locale'), tenant.defaultLocale) }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.deleteOrganization, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await writeVersioned(c, db, { collection: 'organizations', id, operation: 'delete', write: (trx) => deleteOrganization(trx, c.get('tenant').id, id) });
    if (deleted === undefined) throw notFound('Organisation', id);
    facetCache.invalidateTenant(c.get('tenant').id);
    return c.body(null, 204);
  });
}
