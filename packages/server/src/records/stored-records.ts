/**
 * Records as staff edit them: the stored input (every locale, unpublished
 * contacts) with its version. The same view feeds the 412 answer and the
 * audit trail's before/after, so a diff always compares like with like.
 */
import type { RecordCollection } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

export interface StoredRecordView {
  record: Record<string, unknown>;
  version: number;
  updatedAt: Date | null;
  verifiedAt: string | null;
}

interface CollectionStore {
  table: 'organizations' | 'venues' | 'rooms' | 'events' | 'funding_programs';
  /** The audit trail's name for one record of the collection. */
  recordType: 'organization' | 'venue' | 'room' | 'event' | 'funding-program';
  hasUpdatedAt: boolean;
  /** SQL for the display title of a row. */
  title: string;
  /** Columns besides `doc` that belong to the input shape. */
  columns: Record<string, string>;
}

export const COLLECTIONS: Record<RecordCollection, CollectionStore> = {
  organizations: { table: 'organizations', recordType: 'organization', hasUpdatedAt: true, title: 'name', columns: { name: 'name' } },
  venues: { table: 'venues', recordType: 'venue', hasUpdatedAt: false, title: "doc->>'name'", columns: {} },
  rooms: { table: 'rooms', recordType: 'room', hasUpdatedAt: true, title: "doc->'name'->>'de'", columns: { venueId: 'venue_id' } },
  events: { table: 'events', recordType: 'event', hasUpdatedAt: true, title: "doc->'title'->>'de'", columns: {} },
  'funding-programs': { table: 'funding_programs', recordType: 'funding-program', hasUpdatedAt: true, title: "doc->'title'->>'de'", columns: {} },
};

export async function loadStoredRecord(db: Kysely<DatabaseSchema>, collection: RecordCollection, tenantId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<StoredRecordView | undefined> {
  const store = COLLECTIONS[collection];
  const extra = Object.entries(store.columns).map(([key, column]) => sql`${sql.raw(column)} AS ${sql.ref(key)}`);
  const result = await sql<{ id: string; doc: Record<string, unknown>; version: number; updated_at: Date | null } & Record<string, unknown>>`
    SELECT id, doc, version, ${sql.raw(store.hasUpdatedAt ? 'updated_at' : 'NULL::timestamptz AS updated_at')}
      ${extra.length ? sql`, ${sql.join(extra)}` : sql``}
    FROM ${sql.table(store.table)} WHERE tenant_id = ${tenantId} AND id = ${id}
    ${options.forUpdate ? sql`FOR UPDATE` : sql``}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const columns = Object.fromEntries(Object.keys(store.columns).map((key) => [key, row[key]]));
  const record: Record<string, unknown> = { id: row.id, ...columns, ...row.doc };
  if (collection === 'organizations') {
    const umbrellas = await db.selectFrom('organization_memberships').select('umbrella_id').where('tenant_id', '=', tenantId).where('member_id', '=', id).orderBy('umbrella_id').execute();
    record.umbrellaIds = umbrellas.map((u) => u.umbrella_id);
  }
  return { record, version: row.version, updatedAt: row.updated_at, verifiedAt: (row.doc.verifiedAt as string | null | undefined) ?? null };
}

export interface StoredListQuery {
  q?: string;
  staleSince?: string;
  limit: number;
  offset: number;
}

/** One page of a collection, least recently confirmed first, so the stale ones come up. */
export async function listStoredRecords(db: Kysely<DatabaseSchema>, collection: RecordCollection, tenantId: string, query: StoredListQuery) {
  const store = COLLECTIONS[collection];
  const title = sql.raw(store.title);
  const verified = sql`(doc->>'verifiedAt')`;
  const result = await sql<{ id: string; title: string | null; version: number; updated_at: Date | null; verified_at: string | null }>`
    SELECT id, ${title} AS title, version, ${sql.raw(store.hasUpdatedAt ? 'updated_at' : 'NULL::timestamptz AS updated_at')}, ${verified} AS verified_at
    FROM ${sql.table(store.table)}
    WHERE tenant_id = ${tenantId}
      ${query.q ? sql`AND ${title} ILIKE ${`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : sql``}
      ${query.staleSince ? sql`AND (${verified} IS NULL OR (${verified})::timestamptz < ${query.staleSince}::timestamptz)` : sql``}
    ORDER BY ${verified} ASC NULLS FIRST, id
    LIMIT ${query.limit + 1} OFFSET ${query.offset}`.execute(db);
  return result.rows;
}

export async function bumpVersion(db: Kysely<DatabaseSchema>, collection: RecordCollection, tenantId: string, id: string, previous: number | undefined) {
  const store = COLLECTIONS[collection];
  await sql`UPDATE ${sql.table(store.table)} SET version = ${(previous ?? 0) + 1} WHERE tenant_id = ${tenantId} AND id = ${id}`.execute(db);
  return (previous ?? 0) + 1;
}
