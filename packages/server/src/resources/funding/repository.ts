/** SQL for funding programmes: writes, one record, and the (text-searched) set of a tenant. */
import type { FundingProgramRecord } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { textMatch, textRank } from '../search.js';

/** What `doc` holds: the validated input without its id. */
export type FundingDoc = Omit<FundingProgramRecord, 'id'>;

export interface FundingRow {
  id: string;
  doc: FundingDoc;
  updated_at: Date;
}

export async function saveFundingProgram(db: Kysely<DatabaseSchema>, tenantId: string, record: FundingProgramRecord, updatedAt = new Date()): Promise<void> {
  const { id, ...doc } = record;
  const values = {
    doc: JSON.stringify(doc),
    provider_level: record.provider.level,
    kinds: record.kinds,
    support_types: record.supportTypes,
    topics: record.topics,
    eligible_applicants: record.eligibleApplicants,
    status: record.status,
    updated_at: updatedAt,
  };
  await db
    .insertInto('funding_programs')
    .values({ tenant_id: tenantId, id, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet(values))
    .execute();
}

export async function deleteFundingProgram(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('funding_programs').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function findFundingProgram(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<FundingRow | undefined> {
  const row = await db.selectFrom('funding_programs').select(['id', 'doc', 'updated_at']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row as FundingRow | undefined;
}

/**
 * Every programme of the tenant, or those matching `q` (best first). A tenant
 * holds tens to a few hundred programmes, so the other filters, the facets and
 * the computed deadlines are applied in memory (see listing.ts).
 */
export async function fundingPrograms(db: Kysely<DatabaseSchema>, tenantId: string, q?: string): Promise<FundingRow[]> {
  const match = q ? textMatch(q) : null;
  const result = match
    ? await sql<FundingRow>`
        SELECT id, doc, updated_at FROM funding_programs
        WHERE tenant_id = ${tenantId} AND ${match}
        ORDER BY ${textRank(q!)} DESC, id`.execute(db)
    : await sql<FundingRow>`SELECT id, doc, updated_at FROM funding_programs WHERE tenant_id = ${tenantId} ORDER BY id`.execute(db);
  return result.rows;
}
