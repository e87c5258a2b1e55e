/** Staff reads of records as stored, with the version as `ETag` for the next write. */
import { storedRecordRoutesByCollection, type RecordCollection } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../http/env.js';
import { decodeCursor, nextCursor } from '../http/pagination.js';
import { notFound } from '../http/problem.js';
import { listStoredRecords, loadStoredRecord } from './stored-records.js';
import { versionTag } from './versioned-write.js';
import { sourceOfEvent } from '../event-sources/repository.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export function registerStoredRecordRoutes(app: OpenAPIHono<AppEnv>, { db }: AppDependencies) {
  for (const [collection, route] of Object.entries(storedRecordRoutesByCollection) as Array<[RecordCollection, (typeof storedRecordRoutesByCollection)[RecordCollection]]>) {
    app.openapi(route.list, async (c) => {
      const query = c.req.valid('query');
      const offset = decodeCursor(query.cursor);
      const rows = await listStoredRecords(db, collection, c.get('tenant').id, { ...query, offset });
      const page = rows.slice(0, query.limit);
      const data = page.map((row) => ({ id: row.id, title: row.title ?? row.id, version: row.version, updatedAt: iso(row.updated_at), verifiedAt: iso(row.verified_at) }));
      // One row more than asked tells whether there is a next page without counting them all.
      return c.json({ data, meta: { nextCursor: nextCursor(offset, query.limit, offset + rows.length) } }, 200, PRIVATE);
    });

    app.openapi(route.get, async (c) => {
      const { id } = c.req.valid('param');
      const stored = await loadStoredRecord(db, collection, c.get('tenant').id, id);
      if (!stored) throw notFound('Record', id);
      // An imported event names its calendar, so the form can warn before a change the next sync would undo.
      const source = collection === 'events' ? { source: await sourceOfEvent(db, c.get('tenant').id, id) } : {};
      return c.json(
        { data: stored.record, meta: { version: stored.version, updatedAt: iso(stored.updatedAt), verifiedAt: iso(stored.verifiedAt), ...source } },
        200,
        { ...PRIVATE, ETag: versionTag(stored.version) },
      );
    });
  }
}
