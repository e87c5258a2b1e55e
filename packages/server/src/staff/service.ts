/**
 * The rules of staff accounts: inviting, setting a password through a
 * one-time link, signing in (throttled, one answer for every failure),
 * changing roles and disabling — with an audit row for each change.
 */
import type { StaffInvite, StaffRole, StaffSession } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../db/transaction.js';
import type { DatabaseSchema, SecondFactorState } from '../db/schema.js';
import { recordAudit, type AuditActor } from '../audit/audit-log.js';
import type { TenantContext } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { readSettings } from '../tenants/settings.js';
import { decoyVerify, hashPassword, passwordProblems, verifyPassword, type PasswordHashing } from './passwords.js';
import {
  auditViewOfStaff,
  consumePasswordLink,
  createPasswordLink,
  findStaff,
  findStaffByEmail,
  insertStaff,
  passkeyCounts,
  passwordLinkUrl,
  toStaffMember,
  type StaffRow,
} from './repository.js';
import { createSession, idleExpiry, revokeAllSessions } from './sessions.js';
import { accountKey, addressKey, assertMayTry, clearFailures, recordFailure } from './sign-in-throttle.js';

export interface AccountContext {
  db: Kysely<DatabaseSchema>;
  tenant: TenantContext;
  actor: AuditActor;
  now: Date;
  hashing: PasswordHashing;
}

const signInFailed = () =>
  new ProblemError({
    status: 401,
    type: 'sign-in-failed',
    title: 'E-Mail-Adresse oder Passwort stimmt nicht',
    detail: 'Prüfen Sie beides. Wenn Sie Ihr Passwort vergessen haben, lassen Sie sich einen Link schicken, um ein neues zu setzen.',
  });

export async function inviteStaff(context: AccountContext, invite: StaffInvite, baseUrl: string, options: { password?: string } = {}) {
  const { db, tenant, actor, now } = context;
  if (options.password !== undefined) assertGoodPassword(options.password, invite.email, tenant);
  const passwordHash = options.password !== undefined ? await hashPassword(options.password, context.hashing) : undefined;
  return inTransaction(db, async (trx) => {
    if (await findStaffByEmail(trx, tenant.id, invite.email)) {
      throw new ProblemError({ status: 409, type: 'staff-exists', title: 'Diese E-Mail-Adresse hat schon ein Konto', errors: [{ path: 'email', code: 'taken', message: 'Zu dieser E-Mail-Adresse gibt es schon eine Person.' }] });
    }
    const id = await insertStaff(trx, { tenantId: tenant.id, email: invite.email, name: invite.name, roles: invite.roles, passwordHash });
    const row = (await findStaff(trx, tenant.id, id))!;
    await recordAudit(trx, tenant.id, actor, { recordType: 'staff', recordId: id, operation: 'create', after: auditViewOfStaff(row) });
    const link = passwordHash ? undefined : await createPasswordLink(trx, id, 'set-password', now);
    return { member: toStaffMember(row, 0), setPasswordUrl: link && passwordLinkUrl(baseUrl, tenant.id, link.token), linkExpiresAt: link?.expiresAt };
  });
}

/** Sets the password of the link's person and ends their other sessions. */
export async function setPasswordWithLink(context: AccountContext, token: string, password: string) {
  const { db, tenant, now } = context;
  await inTransaction(db, async (trx) => {
    const staffId = await consumePasswordLink(trx, tenant.id, token, now);
    if (!staffId) {
      throw new ProblemError({ status: 410, type: 'link-expired', title: 'Der Link ist abgelaufen oder schon benutzt', detail: 'Lassen Sie sich einen neuen Link schicken („Passwort vergessen“) oder fragen Sie im Integrationsbüro nach.' });
    }
    const row = (await findStaff(trx, tenant.id, staffId, { forUpdate: true }))!;
    assertGoodPassword(password, row.email, tenant);
    await trx.updateTable('staff').set({ password_hash: await hashPassword(password, context.hashing), updated_at: now }).where('id', '=', staffId).execute();
    await revokeAllSessions(trx, staffId, now);
    await recordAudit(trx, tenant.id, { kind: 'staff', id: staffId, name: row.name, requestId: context.actor.requestId }, { recordType: 'staff', recordId: staffId, operation: 'set-password' });
  });
}

/** A reset link for the address if it belongs to an active person; nothing (and no hint) otherwise. */
export async function passwordResetLink(context: AccountContext, email: string, baseUrl: string) {
  const row = await findStaffByEmail(context.db, context.tenant.id, email);
  if (!row || row.disabled_at) return undefined;
  const link = await createPasswordLink(context.db, row.id, 'reset-password', context.now);
  return { to: row.email, name: row.name, url: passwordLinkUrl(baseUrl, context.tenant.id, link.token), expiresAt: link.expiresAt };
}

export async function signInWithPassword(context: AccountContext, email: string, password: string, address: string): Promise<StaffSession> {
  const { db, tenant, now } = context;
  const keys = [accountKey(tenant.id, email), addressKey(address)];
  await assertMayTry(db, keys, now);
  const row = await findStaffByEmail(db, tenant.id, email);
  const usable = row && !row.disabled_at && row.password_hash;
  const valid = usable ? await verifyPassword(password, row.password_hash!) : await decoyVerify(password, context.hashing);
  if (!usable || !valid) {
    await recordFailure(db, keys, now);
    throw signInFailed();
  }
  await clearFailures(db, keys[0]!);
  return openSession(context, row, 'password');
}

/**
 * Opens a session for a person who proved who they are (password, or the
 * municipality's identity provider). `secondFactorPassed`: the identity
 * provider reported that it checked a second factor itself.
 */
export async function openSession(context: AccountContext, row: StaffRow, method: 'password' | 'oidc', proof: { secondFactorPassed?: boolean } = {}): Promise<StaffSession> {
  const { db, tenant, now } = context;
  const passkeys = (await passkeyCounts(db, [row.id])).get(row.id) ?? 0;
  const options = secondFactorOptions(row, passkeys);
  const required = await secondFactorRequired(db, tenant.id, row.roles);
  const state: SecondFactorState = proof.secondFactorPassed ? 'passed' : options.length ? 'pending' : required ? 'pending' : 'not-needed';
  const session = await createSession(db, { tenantId: tenant.id, staffId: row.id, secondFactor: state, method }, now);
  await recordAudit(db, tenant.id, { kind: 'staff', id: row.id, name: row.name, requestId: context.actor.requestId }, { recordType: 'session', recordId: session.id, operation: `sign-in:${method}` });
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    idleExpiresAt: idleExpiry({ last_seen_at: session.lastSeenAt, expires_at: session.expiresAt }).toISOString(),
    secondFactor: state,
    secondFactorOptions: state === 'pending' ? (options.length ? options : ['enroll']) : [],
    staff: toStaffMember(row, passkeys),
    tenant: { id: tenant.id, name: tenant.name },
  };
}

export function secondFactorOptions(row: StaffRow, passkeys: number): Array<'totp' | 'passkey' | 'recovery-code'> {
  return [...(passkeys > 0 ? (['passkey'] as const) : []), ...(row.totp_secret ? (['totp'] as const) : []), ...(row.recovery_codes.length ? (['recovery-code'] as const) : [])];
}

export async function secondFactorRequired(db: Kysely<DatabaseSchema>, tenantId: string, roles: StaffRole[]) {
  const { secondFactor } = await readSettings(db, tenantId);
  return secondFactor === 'everyone' || (secondFactor === 'admins' && roles.includes('admin'));
}

export async function updateStaffMember(context: AccountContext, id: string, patch: { name?: string; roles?: StaffRole[]; disabled?: boolean }) {
  const { db, tenant, actor, now } = context;
  return inTransaction(db, async (trx) => {
    const before = await findStaff(trx, tenant.id, id, { forUpdate: true });
    if (!before) throw new ProblemError({ status: 404, type: 'not-found', title: 'Person not found', detail: `There is no person "${id}".` });
    const roles = patch.roles ?? before.roles;
    const disabledAt = patch.disabled === undefined ? before.disabled_at : patch.disabled ? (before.disabled_at ?? now) : null;
    if (before.roles.includes('admin') && !before.disabled_at && (!roles.includes('admin') || disabledAt)) await assertAnotherAdmin(trx, tenant.id, id);
    await trx
      .updateTable('staff')
      .set({ name: patch.name ?? before.name, roles, disabled_at: disabledAt, updated_at: now, version: before.version + 1 })
      .where('id', '=', id)
      .execute();
    // Disabling ends every session at once; so does losing a role, so no session keeps rights it no longer has.
    if ((disabledAt && !before.disabled_at) || before.roles.some((role) => !roles.includes(role))) await revokeAllSessions(trx, id, now);
    const after = (await findStaff(trx, tenant.id, id))!;
    await recordAudit(trx, tenant.id, actor, { recordType: 'staff', recordId: id, operation: 'update', before: auditViewOfStaff(before), after: auditViewOfStaff(after) });
    const passkeys = (await passkeyCounts(trx, [id])).get(id) ?? 0;
    return toStaffMember(after, passkeys);
  });
}

async function assertAnotherAdmin(db: Kysely<DatabaseSchema>, tenantId: string, exceptId: string) {
  const others = await db
    .selectFrom('staff')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '<>', exceptId)
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`'admin' = ANY(roles)`)
    .executeTakeFirst();
  if (!others) {
    throw new ProblemError({ status: 409, type: 'last-admin', title: 'Dann hätte niemand mehr die Rolle Admin', detail: 'Geben Sie zuerst einer anderen Person die Rolle Admin.' });
  }
}

function assertGoodPassword(password: string, email: string, tenant: TenantContext) {
  const errors = passwordProblems(password, { email, tenantName: tenant.name });
  if (errors.length) throw new ProblemError({ status: 400, type: 'validation', title: 'Das Passwort ist nicht sicher genug', errors });
}
