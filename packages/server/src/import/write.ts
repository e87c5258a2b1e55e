/**
 * Writing an import: new records in batches (one statement per few hundred
 * rows, so 5,000 rows stay within seconds on PGlite), updates one by one
 * with their version raised, and an audit row for each, all inside the
 * caller's transaction.
 */
import type { OrganizationRecord } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import { changesBetween, type AuditActor } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import { bumpVersion } from '../records/stored-records.js';
import { saveOrganization } from '../resources/organizations/repository.js';

export interface ImportWrite {
  record: OrganizationRecord;
  /** The stored record for an update, absent for a new one. */
  before?: Record<string, unknown>;
  version?: number;
}

const BATCH = 250;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function writeImportedOrganizations(trx: Kysely<DatabaseSchema>, tenantId: string, writes: readonly ImportWrite[], actor: AuditActor, now: Date) {
  const created = writes.filter((write) => !write.before);
  const updated = writes.filter((write) => write.before);
  for (const batch of chunks(created)) {
    await trx
      .insertInto('organizations')
      .values(
        batch.map(({ record }) => {
          const { id, name, umbrellaIds: _umbrellas, ...rest } = record;
          return { tenant_id: tenantId, id, name, doc: JSON.stringify(rest), types: record.types, topics: record.topics, languages: record.languages, areas: record.areas, offers: record.offers, updated_at: now };
        }),
      )
      .execute();
  }
  // Memberships after all inserts: an umbrella may come later in the file than its members.
  const memberships = created.flatMap(({ record }) => record.umbrellaIds.map((umbrellaId) => ({ tenant_id: tenantId, member_id: record.id, umbrella_id: umbrellaId })));
  for (const batch of chunks(memberships)) await trx.insertInto('organization_memberships').values(batch).execute();
  for (const write of updated) {
    await saveOrganization(trx, tenantId, write.record, now);
    await bumpVersion(trx, 'organizations', tenantId, write.record.id, write.version);
  }
  const audit = writes.map((write) => ({
    tenant_id: tenantId,
    actor_kind: actor.kind,
    actor_id: actor.id,
    actor_name: actor.name,
    record_type: 'organization',
    record_id: write.record.id,
    operation: write.before ? 'update' : 'create',
    changes: JSON.stringify(changesBetween(write.before, write.record)),
    request_id: actor.requestId,
  }));
  for (const batch of chunks(audit)) await trx.insertInto('audit_log').values(batch).execute();
}
