/**
 * Every staff write of a record goes through here: in one transaction it
 * locks the record, checks `If-Match` against its version (412 with the
 * current record when somebody else saved in between), writes, raises the
 * version and adds the audit row with what changed.
 */
import type { RecordCollection } from '@teilhabe/contract';
import type { Context } from 'hono';
import type { Kysely, Transaction } from 'kysely';
import { auditActorOf, recordAudit } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { PreconditionFailed } from '../domain/errors.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { COLLECTIONS, bumpVersion, loadStoredRecord, type StoredRecordView } from './stored-records.js';

export const versionTag = (version: number) => `"${version}"`;

/** The version an `If-Match` header asks for: a number, `*` (any existing version), or none. */
export function parseIfMatch(header: string | undefined): number | '*' | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(value) ?? /^(\d{1,9})$/.exec(value);
  if (!match) {
    throw new ProblemError({ status: 400, type: 'validation', title: 'The If-Match header is malformed', errors: [{ path: 'If-Match', code: 'malformed', message: 'Send the ETag of the staff read, e.g. "3".' }] });
  }
  return Number(match[1]);
}

function assertVersion(wanted: number | '*' | undefined, before: StoredRecordView | undefined) {
  if (wanted === undefined) return;
  if (before && (wanted === '*' || wanted === before.version)) return;
  throw new PreconditionFailed('Jemand anderes hat den Eintrag inzwischen geändert', {
    type: 'version-conflict',
    detail: before
      ? `Sie haben Version ${wanted} bearbeitet, gespeichert ist Version ${before.version}. Vergleichen Sie Ihre Änderungen mit \`current\` und speichern Sie dann mit If-Match: "${before.version}".`
      : 'Der Eintrag wurde inzwischen gelöscht.',
    facts: { currentVersion: before?.version ?? null, current: before?.record ?? null },
  });
}

export interface VersionedWrite {
  collection: RecordCollection;
  id: string;
  operation: 'put' | 'delete';
  /** The audit trail's name for the change, when it is not a plain create, update or delete (`confirm`). */
  auditOperation?: string;
  /** Performs the change; return false when there was nothing to change (a 404 upstream). */
  write: (trx: Transaction<DatabaseSchema>) => Promise<boolean | void>;
}

/** Returns the new version (0 after a delete), or undefined when `write` reported nothing to change. */
export async function writeVersioned(c: Context<AppEnv>, db: Kysely<DatabaseSchema>, change: VersionedWrite): Promise<number | undefined> {
  const tenantId = c.get('tenant').id;
  const wanted = parseIfMatch(c.req.header('if-match'));
  return inTransaction(db, async (trx) => {
    const before = await loadStoredRecord(trx, change.collection, tenantId, change.id, { forUpdate: true });
    assertVersion(wanted, before);
    if ((await change.write(trx)) === false) return undefined;
    const version = change.operation === 'put' ? await bumpVersion(trx, change.collection, tenantId, change.id, before?.version) : 0;
    const after = change.operation === 'put' ? await loadStoredRecord(trx, change.collection, tenantId, change.id) : undefined;
    await recordAudit(trx, tenantId, auditActorOf(c), {
      recordType: COLLECTIONS[change.collection].recordType,
      recordId: change.id,
      operation: change.auditOperation ?? (change.operation === 'delete' ? 'delete' : before ? 'update' : 'create'),
      before: before?.record,
      after: after?.record,
    });
    return version;
  });
}
