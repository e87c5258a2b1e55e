/**
 * The audit trail: every write adds a row in the same transaction as the
 * change — who (person, token, the public, the system), when, which record,
 * the operation, and the changed fields before and after. Secrets never go in.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { AuditLogTable, DatabaseSchema } from '../db/schema.js';
import type { AppEnv } from '../http/env.js';

export interface AuditActor {
  kind: AuditLogTable['actor_kind'];
  id: string | null;
  name: string;
  requestId: string | null;
}

export interface AuditChange {
  recordType: string;
  recordId: string;
  operation: string;
  before?: unknown;
  after?: unknown;
}

/** Fields that hold secrets or their hashes; they are never compared, let alone stored. */
const SECRET_FIELDS = new Set(['password', 'password_hash', 'passwordHash', 'token', 'token_hash', 'tokenHash', 'manageToken', 'manage_token_hash', 'totp_secret', 'totpSecret', 'recovery_codes', 'recoveryCodes']);

/** Who is acting in this request; the public when nobody signed in. */
export function auditActorOf(c: Context<AppEnv>): AuditActor {
  const actor = c.get('actor');
  const requestId = c.get('requestId') ?? null;
  if (!actor) return { kind: 'public', id: null, name: 'Öffentlichkeit', requestId };
  return { kind: actor.kind, id: actor.id, name: actor.name, requestId };
}

export const SYSTEM_ACTOR = (name: string): AuditActor => ({ kind: 'system', id: null, name, requestId: null });

export async function recordAudit(db: Kysely<DatabaseSchema>, tenantId: string, actor: AuditActor, change: AuditChange) {
  await db
    .insertInto('audit_log')
    .values({
      tenant_id: tenantId,
      actor_kind: actor.kind,
      actor_id: actor.id,
      actor_name: actor.name,
      record_type: change.recordType,
      record_id: change.recordId,
      operation: change.operation,
      changes: JSON.stringify(changesBetween(change.before, change.after)),
      request_id: actor.requestId,
    })
    .execute();
}

/** The top-level fields that differ, with both values; a created record has only `after`, a removed one only `before`. */
export function changesBetween(before: unknown, after: unknown): Record<string, { before?: unknown; after?: unknown }> {
  const left = asObject(before);
  const right = asObject(after);
  const changes: Record<string, { before?: unknown; after?: unknown }> = {};
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (SECRET_FIELDS.has(key)) continue;
    if (JSON.stringify(left[key]) === JSON.stringify(right[key])) continue;
    changes[key] = { ...(key in left ? { before: left[key] } : {}), ...(key in right ? { after: right[key] } : {}) };
  }
  return changes;
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
