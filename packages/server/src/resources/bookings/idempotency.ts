/**
 * Idempotency keys for public booking requests: the first request with a key
 * is processed, a repeat (double click, retry after a lost answer) gets the
 * first answer again, and a different request under the same key is refused.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { Conflict, RuleViolation } from '../../domain/errors.js';

/** Far longer than any booking request takes. */
const ABANDONED_CLAIM_MS = 60_000;

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown };

export const fingerprintOf = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

export async function claimKey(db: Kysely<DatabaseSchema>, tenantId: string, key: string, fingerprint: string): Promise<Claim> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ tenant_id: tenantId, key, fingerprint })
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'new' };
  // A claim without an answer long after it was made belongs to a process that died mid-request
  // (its booking rolled back with it): one retry takes the key over.
  const takenOver = await db
    .updateTable('idempotency_keys')
    .set({ created_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .where('fingerprint', '=', fingerprint)
    .where('status_code', 'is', null)
    .where('created_at', '<', new Date(Date.now() - ABANDONED_CLAIM_MS))
    .returning('key')
    .executeTakeFirst();
  if (takenOver) return { kind: 'new' };
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'status_code', 'response'])
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (existing.fingerprint !== fingerprint) {
    throw new RuleViolation('This Idempotency-Key was used for another request', {
      type: 'idempotency-key-reused',
      detail: 'Use a new key for each new booking request.',
    });
  }
  if (existing.status_code === null) {
    throw new Conflict('The same request is still being processed', {
      type: 'request-in-progress',
      detail: 'Wait a moment and send it again with the same key.',
      retryAfterSeconds: 1,
    });
  }
  return { kind: 'replay', status: existing.status_code, body: existing.response };
}

/** Stores the answer; call it in the booking's transaction, so that a stored booking always has its answer. */
export async function storeResponse(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, tenantId: string, key: string, status: number, body: unknown) {
  await db
    .updateTable('idempotency_keys')
    .set({ status_code: status, response: JSON.stringify(body) })
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .execute();
}

/** A failed attempt frees its key, so the same request can be sent again. */
export async function releaseKey(db: Kysely<DatabaseSchema>, tenantId: string, key: string) {
  await db.deleteFrom('idempotency_keys').where('tenant_id', '=', tenantId).where('key', '=', key).where('status_code', 'is', null).execute();
}
