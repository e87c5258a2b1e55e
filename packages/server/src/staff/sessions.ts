/**
 * Sessions of signed-in people: an opaque random secret (`ses_…`) stored as
 * SHA-256, ended after 2 hours unused or 12 hours at most, and revocable one
 * by one or all at once (sign out everywhere; disabling a person).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema, SecondFactorState } from '../db/schema.js';
import { hashSecret, newSecret } from '../http/auth.js';

export const SESSION_IDLE_MS = 2 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;
/** last_seen_at is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  tenantId: string;
  staffId: string;
  secondFactor: SecondFactorState;
  method: 'password' | 'oidc';
}

export async function createSession(db: Kysely<DatabaseSchema>, session: NewSession, now: Date) {
  const token = newSecret('ses');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insertInto('staff_sessions')
    .values({
      id,
      tenant_id: session.tenantId,
      staff_id: session.staffId,
      token_hash: hashSecret(token),
      second_factor: session.secondFactor,
      method: session.method,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { id, token, expiresAt, lastSeenAt: now };
}

/** The session of this secret with its person, if neither expired, revoked nor disabled. Touches it. */
export async function findLiveSession(db: Kysely<DatabaseSchema>, secret: string, now: Date) {
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff as p', 'p.id', 's.staff_id')
    .select(['s.id', 's.tenant_id', 's.staff_id', 's.second_factor', 's.last_seen_at', 's.expires_at', 's.method', 'p.name', 'p.email', 'p.roles'])
    .where('s.token_hash', '=', hashSecret(secret))
    .where('s.revoked_at', 'is', null)
    .where('p.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at.getTime() <= now.getTime() || row.last_seen_at.getTime() + SESSION_IDLE_MS <= now.getTime()) return undefined;
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id', '=', row.id).execute();
    row.last_seen_at = now;
  }
  return row;
}

/** When the session ends if nothing else happens: idle limit or absolute limit, whichever is first. */
export function idleExpiry(session: { last_seen_at: Date; expires_at: Date }): Date {
  return new Date(Math.min(session.last_seen_at.getTime() + SESSION_IDLE_MS, session.expires_at.getTime()));
}

export async function revokeSession(db: Kysely<DatabaseSchema>, sessionId: string, now: Date) {
  await db.updateTable('staff_sessions').set({ revoked_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** Ends every session of a person (optionally all but one). */
export async function revokeAllSessions(db: Kysely<DatabaseSchema>, staffId: string, now: Date, except?: string) {
  let query = db.updateTable('staff_sessions').set({ revoked_at: now }).where('staff_id', '=', staffId).where('revoked_at', 'is', null);
  if (except) query = query.where('id', '<>', except);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function markSecondFactorPassed(db: Kysely<DatabaseSchema>, sessionId: string) {
  await db.updateTable('staff_sessions').set({ second_factor: 'passed' }).where('id', '=', sessionId).execute();
}
