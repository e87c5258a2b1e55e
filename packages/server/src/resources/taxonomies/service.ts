/**
 * The rules of writing a term: a write names the version it read (or says it
 * creates), a term that records still use stays, and every change leaves an
 * audit row in its own transaction. The data version rises by trigger, so
 * public reads of the taxonomy revalidate at once.
 */
import type { Locale, StoredTaxonomyTerm, TaxonomyName, TaxonomyTermWrite } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../../audit/audit-log.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { Conflict, PreconditionFailed, notFoundError } from '../../domain/errors.js';
import { deleteTerm, findStoredTerm, insertTerm, listStoredTerms, updateTerm, type StoredTermRow } from './repository.js';
import { noUsage, usageOfTerms } from './usage.js';

/** What a write knows of the term: the version it read (`*`: any existing one), or that it creates one. */
export interface TermPrecondition {
  ifMatch?: number | '*' | undefined;
  createOnly?: boolean;
}

const recordOf = (row: StoredTermRow) => ({ code: row.code, label: row.label, machineTranslated: row.machine_translated });
const auditIdOf = (taxonomy: TaxonomyName, code: string) => `${taxonomy}/${code}`;

function viewOf(row: StoredTermRow, usage = noUsage()): StoredTaxonomyTerm {
  return { code: row.code, label: row.label as StoredTaxonomyTerm['label'], machineTranslated: row.machine_translated as Locale[], version: row.version, usage };
}

function assertPrecondition(precondition: TermPrecondition, before: StoredTermRow | undefined) {
  if (precondition.createOnly && before) {
    throw new PreconditionFailed('Diesen Code gibt es in der Liste schon', {
      type: 'term-exists',
      detail: `Der Begriff "${before.code}" besteht schon. Wählen Sie einen anderen Code oder ändern Sie den bestehenden Begriff mit If-Match: "${before.version}".`,
      facts: { currentVersion: before.version, current: recordOf(before) },
    });
  }
  const wanted = precondition.ifMatch;
  if (wanted === undefined) return;
  if (before && (wanted === '*' || wanted === before.version)) return;
  throw new PreconditionFailed('Jemand anderes hat den Begriff inzwischen geändert', {
    type: 'version-conflict',
    detail: before ? `Sie haben Version ${wanted} bearbeitet, gespeichert ist Version ${before.version}.` : 'Der Begriff wurde inzwischen gelöscht.',
    facts: { currentVersion: before?.version ?? null, current: before ? recordOf(before) : null },
  });
}

/** Every term of the taxonomy with every locale and how many records use it. */
export async function storedTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName): Promise<StoredTaxonomyTerm[]> {
  const [rows, usage] = await Promise.all([listStoredTerms(db, tenantId, taxonomy), usageOfTerms(db, tenantId, taxonomy)]);
  return rows.map((row) => viewOf(row, usage.get(row.code)));
}

/** Creates the term at the end of its list, or replaces its labels; returns it as stored now. */
export async function writeTerm(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  actor: AuditActor,
  taxonomy: TaxonomyName,
  code: string,
  term: TaxonomyTermWrite,
  precondition: TermPrecondition,
): Promise<StoredTaxonomyTerm> {
  return inTransaction(db, async (trx) => {
    const before = await findStoredTerm(trx, tenantId, taxonomy, code, { forUpdate: true });
    assertPrecondition(precondition, before);
    if (before) await updateTerm(trx, tenantId, taxonomy, code, term, before.version + 1);
    else await insertTerm(trx, tenantId, taxonomy, code, term);
    const after = (await findStoredTerm(trx, tenantId, taxonomy, code))!;
    await recordAudit(trx, tenantId, actor, {
      recordType: 'taxonomy',
      recordId: auditIdOf(taxonomy, code),
      operation: before ? 'update' : 'create',
      before: before ? recordOf(before) : undefined,
      after: recordOf(after),
    });
    const usage = await usageOfTerms(trx, tenantId, taxonomy, [code]);
    return viewOf(after, usage.get(code));
  });
}

/** Removes a term no record uses; refuses (with the counts) while records use it. */
export async function removeTerm(db: Kysely<DatabaseSchema>, tenantId: string, actor: AuditActor, taxonomy: TaxonomyName, code: string, precondition: TermPrecondition): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await findStoredTerm(trx, tenantId, taxonomy, code, { forUpdate: true });
    if (!before) throw notFoundError('Term', auditIdOf(taxonomy, code));
    assertPrecondition(precondition, before);
    const usage = (await usageOfTerms(trx, tenantId, taxonomy, [code])).get(code);
    if (usage && usage.total > 0) {
      throw new Conflict('Der Begriff wird noch verwendet', {
        type: 'term-in-use',
        detail: `${usage.total} Einträge verwenden "${code}". Entfernen Sie den Begriff zuerst aus diesen Einträgen.`,
        facts: { usage },
      });
    }
    await deleteTerm(trx, tenantId, taxonomy, code);
    await recordAudit(trx, tenantId, actor, { recordType: 'taxonomy', recordId: auditIdOf(taxonomy, code), operation: 'delete', before: recordOf(before) });
  });
}
