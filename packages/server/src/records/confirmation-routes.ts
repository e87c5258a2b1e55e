/**
 * "Confirm unchanged" for every collection: `verifiedAt` becomes now, nothing
 * else changes; the version rises and the audit row shows the new date, in
 * the one transaction of a versioned write (so a stale `If-Match` is a 412).
 */
import { recordConfirmationRoutesByCollection, type RecordCollection } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/problem.js';
import { COLLECTIONS, loadStoredRecord } from './stored-records.js';
import { versionTag, writeVersioned } from './versioned-write.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export function registerRecordConfirmationRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  for (const [collection, route] of Object.entries(recordConfirmationRoutesByCollection) as Array<[RecordCollection, (typeof recordConfirmationRoutesByCollection)[RecordCollection]]>) {
    app.openapi(route, async (c) => {
      const { id } = c.req.valid('param');
      const tenantId = c.get('tenant').id;
      const verifiedAt = now().toISOString();
      const version = await writeVersioned(c, db, {
        collection,
        id,
        operation: 'put',
        auditOperation: 'confirm',
        write: async (trx) => {
          const result = await sql`UPDATE ${sql.table(COLLECTIONS[collection].table)} SET doc = jsonb_set(doc, '{verifiedAt}', to_jsonb(${verifiedAt}::text))
            WHERE tenant_id = ${tenantId} AND id = ${id}`.execute(trx);
          return Number(result.numAffectedRows ?? 0) > 0;
        },
      });
      if (version === undefined) throw notFound('Record', id);
      const stored = (await loadStoredRecord(db, collection, tenantId, id))!;
      return c.json(
        { data: stored.record, meta: { version: stored.version, updatedAt: iso(stored.updatedAt), verifiedAt: iso(stored.verifiedAt) } },
        200,
        { ...PRIVATE, ETag: versionTag(stored.version) },
      );
    });
  }
}
