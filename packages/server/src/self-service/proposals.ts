/**
 * Proposals as stored, and the checks a proposed record passes before it
 * waits in the queue and again before it goes live: the schema of the staff
 * write plus the references and taxonomy codes the staff write checks.
 */
import { EventInput, OrganizationInput, type EventRecord, type OrganizationRecord, type Proposal } from '@teilhabe/contract';
import type { Kysely, Transaction } from 'kysely';
import { changesBetween } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import { ProblemError, fieldErrorsFrom, type FieldError } from '../http/problem.js';
import { loadStoredRecord } from '../records/stored-records.js';
import { eventErrors } from '../resources/events/validation.js';
import { existingOrganizationIds } from '../resources/organizations/repository.js';
import { unknownCodeErrors } from '../resources/taxonomies/repository.js';
import { languageOf } from './mails.js';
import type { ProposalRow, ProposalsTable, SelfServiceTables } from './tables.js';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
export type ProposalKind = ProposalsTable['kind'];
export type { ProposalRow } from './tables.js';

export const collectionOf = (kind: ProposalKind): 'organizations' | 'events' => (kind === 'organization' ? 'organizations' : 'events');
const tablesOf = (db: Db) => (db as Kysely<DatabaseSchema>).withTables<SelfServiceTables>();

const invalid = (errors: FieldError[], prefix = 'record') =>
  new ProblemError({ status: 400, type: 'validation', title: 'Der Vorschlag ist nicht vollständig', errors: errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })) });

/** Parses and checks a record of the given kind; throws a 400 naming each bad field under `record.`. */
export async function checkedRecord(db: Db, tenantId: string, kind: ProposalKind, input: unknown): Promise<OrganizationRecord | EventRecord> {
  if (kind === 'organization') {
    const parsed = OrganizationInput.safeParse(input);
    if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error.issues));
    const record = parsed.data;
    const errors = await unknownCodeErrors(db as Kysely<DatabaseSchema>, tenantId, [
      { path: 'types', taxonomy: 'organization-types', codes: record.types },
      { path: 'topics', taxonomy: 'topics', codes: record.topics },
      { path: 'areas', taxonomy: 'areas', codes: record.areas },
      { path: 'offers', taxonomy: 'offers', codes: record.offers },
    ]);
    const umbrellas = await existingOrganizationIds(db as Kysely<DatabaseSchema>, tenantId, record.umbrellaIds);
    record.umbrellaIds.forEach((id, index) => {
      if (!umbrellas.has(id) || id === record.id) errors.push({ path: `umbrellaIds.${index}`, code: 'unknown_organization', message: `There is no organisation "${id}".` });
    });
    if (errors.length) throw invalid(errors);
    return record;
  }
  const parsed = EventInput.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error.issues));
  const errors = await eventErrors(db as Kysely<DatabaseSchema>, tenantId, parsed.data.id, parsed.data);
  if (errors.length) throw invalid(errors);
  return parsed.data;
}

/** A free id for a new record: the suggestion, else the suggestion with a number. */
export async function freeId(db: Db, tenantId: string, kind: ProposalKind, suggestion: string): Promise<string> {
  const base = suggestion.slice(0, 72);
  for (let n = 1; n < 1000; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await loadStoredRecord(db as Kysely<DatabaseSchema>, collectionOf(kind), tenantId, id))) return id;
  }
  throw new ProblemError({ status: 409, type: 'no-free-id', title: 'Für den Eintrag ist keine Kennung frei', detail: `Wählen Sie eine andere Kennung als „${base}“.` });
}

export async function insertProposal(
  db: Db,
  proposal: { id: string; tenantId: string; kind: ProposalKind; targetId: string | null; origin: ProposalsTable['origin']; record: object; submitter: { name: string; email: string } | null; locale: string; createdAt: Date },
) {
  await tablesOf(db)
    .insertInto('proposals')
    .values({
      id: proposal.id,
      tenant_id: proposal.tenantId,
      kind: proposal.kind,
      target_id: proposal.targetId,
      origin: proposal.origin,
      record: JSON.stringify(proposal.record),
      submitter: proposal.submitter ? JSON.stringify(proposal.submitter) : null,
      submitter_locale: proposal.locale,
      created_at: proposal.createdAt,
      decision_reason: null,
      decided_at: null,
      decided_by: null,
      submitter_erased_at: null,
    })
    .execute();
}

export async function findProposal(db: Db, tenantId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<ProposalRow | undefined> {
  let query = tablesOf(db).selectFrom('proposals').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) as ProposalRow | undefined;
}

export async function queuedProposals(db: Db, tenantId: string, filter: { status: ProposalRow['status']; kind?: ProposalKind }): Promise<ProposalRow[]> {
  let query = tablesOf(db).selectFrom('proposals').selectAll().where('tenant_id', '=', tenantId).where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return (await query.orderBy('created_at').orderBy('id').limit(500).execute()) as ProposalRow[];
}

export async function recordDecision(db: Db, id: string, decision: { status: 'accepted' | 'declined'; reason: string | null; by: string; at: Date; record?: object }) {
  await tablesOf(db)
    .updateTable('proposals')
    .set({ status: decision.status, decision_reason: decision.reason, decided_by: decision.by, decided_at: decision.at, ...(decision.record ? { record: JSON.stringify(decision.record) } : {}) })
    .where('id', '=', id)
    .execute();
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The queue's view: the proposal and, for a pending one, what differs from the live record now. */
export async function toProposal(db: Db, row: ProposalRow): Promise<Proposal> {
  const live = row.target_id ? await loadStoredRecord(db as Kysely<DatabaseSchema>, collectionOf(row.kind), row.tenant_id, row.target_id) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    targetId: row.target_id,
    origin: row.origin,
    status: row.status,
    record: row.record,
    diff: changesBetween(live?.record, row.record),
    submitter: row.submitter,
    locale: languageOf(row.submitter_locale),
    decisionReason: row.decision_reason,
    decidedAt: iso(row.decided_at),
    createdAt: row.created_at.toISOString(),
  };
}

/** The record's name as the submitter knows it, for the decision mail. */
export function titleOf(kind: ProposalKind, record: Record<string, unknown>): string {
  if (kind === 'organization') return String(record.name ?? '');
  const title = record.title as { de?: string } | undefined;
  return String(title?.de ?? '');
}
