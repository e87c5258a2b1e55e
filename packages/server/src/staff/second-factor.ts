/**
 * The rules of the second factor: who may set one up or remove it, how a
 * pending sign-in is completed (authenticator code, passkey, recovery code),
 * throttled like passwords, with an audit row for every change and every
 * completed sign-in. The secrets themselves never reach the audit trail.
 *
 * A pending session of a person who has a factor may only use it; only a
 * person without any factor (whom the tenant's policy asks for one) may set
 * one up while pending. Otherwise a stolen password would be enough to add
 * an attacker's own factor.
 */
import type { SecondFactors as SecondFactorsSchema, StaffSession } from '@teilhabe/contract';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import type { Actor, TenantContext } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import {
  authenticationOptions,
  listPasskeys,
  registerPasskeyResponse,
  registrationOptions,
  removePasskeyRow,
  verifyPasskeyResponse,
  type PasskeyRow,
  type RelyingParty,
} from './passkeys.js';
import { clearRecoveryCodes, consumeRecoveryCode, replaceRecoveryCodes } from './recovery-codes.js';
import { findStaff, toStaffMember, type StaffRow } from './repository.js';
import { secondFactorOptions, secondFactorRequired } from './service.js';
import { idleExpiry, markSecondFactorPassed } from './sessions.js';
import { addressKey, assertMayTry, clearFailures, recordFailure } from './sign-in-throttle.js';
import { newTotpSecret, totpStepOf, totpUri } from './totp.js';

/** How long a started authenticator set-up waits for its first code. */
export const TOTP_SETUP_MS = 10 * 60_000;

type SecondFactors = z.infer<typeof SecondFactorsSchema>;
type Method = 'totp' | 'passkey' | 'recovery-code';

export interface FactorContext {
  db: Kysely<DatabaseSchema>;
  tenant: TenantContext;
  actor: Actor;
  audit: AuditActor;
  now: Date;
  /** The client's address, for the throttle. */
  address: string;
}

/** A person's session (tokens have no second factor). */
function personOf(context: FactorContext): { staffId: string; sessionId: string } {
  const { actor } = context;
  if (actor.kind !== 'staff' || !actor.sessionId) {
    throw new ProblemError({ status: 400, type: 'not-a-session', title: 'A token has no second factor', detail: 'Tokens are for programs; people sign in.' });
  }
  return { staffId: actor.id, sessionId: actor.sessionId };
}

async function loadPerson(context: FactorContext) {
  const { staffId, sessionId } = personOf(context);
  const row = (await findStaff(context.db, context.tenant.id, staffId))!;
  const passkeys = await listPasskeys(context.db, staffId);
  return { row, passkeys, staffId, sessionId };
}

async function factorsOf(db: Kysely<DatabaseSchema>, tenantId: string, row: StaffRow, passkeys: PasskeyRow[]): Promise<SecondFactors> {
  return {
    totp: Boolean(row.totp_secret),
    passkeys: passkeys.map((p) => ({ id: p.id, label: p.label, createdAt: p.created_at.toISOString(), lastUsedAt: p.last_used_at?.toISOString() ?? null })),
    recoveryCodesLeft: row.recovery_codes.length,
    required: await secondFactorRequired(db, tenantId, row.roles),
  };
}

export async function describeSecondFactors(context: FactorContext): Promise<SecondFactors> {
  const { row, passkeys } = await loadPerson(context);
  return factorsOf(context.db, context.tenant.id, row, passkeys);
}

const hasFactor = (row: StaffRow, passkeys: PasskeyRow[]) => Boolean(row.totp_secret) || passkeys.length > 0;

function assertMayEnroll(context: FactorContext, row: StaffRow, passkeys: PasskeyRow[]) {
  if (context.actor.secondFactorPending && hasFactor(row, passkeys)) {
    throw new ProblemError({
      status: 403,
      type: 'second-factor-required',
      title: 'Melden Sie sich zuerst mit Ihrem zweiten Faktor an',
      detail: 'Einen weiteren Faktor können Sie einrichten, sobald die Anmeldung abgeschlossen ist.',
    });
  }
}

function assertPending(context: FactorContext) {
  if (!context.actor.secondFactorPending) {
    throw new ProblemError({ status: 409, type: 'second-factor-not-pending', title: 'Diese Anmeldung ist schon abgeschlossen', detail: 'Ein zweiter Faktor wird gerade nicht gebraucht.' });
  }
}

/** An account key (`account:…`), so the strict per-account back-off applies to codes as to passwords; no e-mail has this form. */
const throttleKeys = (context: FactorContext, staffId: string) => [`account:${context.tenant.id}:second-factor:${staffId}`, addressKey(context.address)];

const wrongCode = (detail: string) => new ProblemError({ status: 401, type: 'second-factor-failed', title: 'Der Code stimmt nicht', detail });

async function audit(context: FactorContext, recordType: 'staff' | 'session', recordId: string, operation: string, after?: unknown) {
  await recordAudit(context.db, context.tenant.id, context.audit, { recordType, recordId, operation, after });
}

/** Marks a pending session passed, clears the failures and writes the sign-in's audit row. */
async function completeSignIn(context: FactorContext, staffId: string, sessionId: string, method: Method | `enroll-${'totp' | 'passkey'}`) {
  await markSecondFactorPassed(context.db, sessionId);
  await clearFailures(context.db, throttleKeys(context, staffId)[0]!);
  await audit(context, 'session', sessionId, `second-factor:${method}`);
}

/** New recovery codes when the person has none yet (their first factor). */
async function firstRecoveryCodes(context: FactorContext, row: StaffRow) {
  return row.recovery_codes.length ? [] : replaceRecoveryCodes(context.db, row.id, context.now);
}

/** Sets up a factor: codes for a first factor, and a pending sign-in that had to enrol is complete. */
async function afterEnrolment(context: FactorContext, staffId: string, sessionId: string, kind: 'totp' | 'passkey', before: StaffRow, detail: Record<string, unknown>) {
  const recoveryCodes = await firstRecoveryCodes(context, before);
  await audit(context, 'staff', staffId, `enroll-${kind}`, { ...detail, ...(recoveryCodes.length ? { recoveryCodes: recoveryCodes.length } : {}) });
  if (context.actor.secondFactorPending) await completeSignIn(context, staffId, sessionId, `enroll-${kind}`);
  const row = (await findStaff(context.db, context.tenant.id, staffId))!;
  return { data: await factorsOf(context.db, context.tenant.id, row, await listPasskeys(context.db, staffId)), recoveryCodes };
}

// ── Authenticator app ──────────────────────────────────────────────────────

export async function startTotpEnrollment(context: FactorContext) {
  const { row, passkeys, staffId } = await loadPerson(context);
  assertMayEnroll(context, row, passkeys);
  if (row.totp_secret) throw new ProblemError({ status: 409, type: 'totp-exists', title: 'Eine Authenticator-App ist schon eingerichtet', detail: 'Entfernen Sie sie zuerst, um eine neue einzurichten.' });
  const secret = newTotpSecret();
  const expiresAt = new Date(context.now.getTime() + TOTP_SETUP_MS);
  await context.db.updateTable('staff').set({ totp_pending_secret: secret, totp_pending_until: expiresAt }).where('id', '=', staffId).execute();
  return { data: { secret, uri: totpUri(secret, `Teilhabe-Kit ${context.tenant.name}`, row.email), expiresAt: expiresAt.toISOString() } };
}

export async function confirmTotpEnrollment(context: FactorContext, code: string) {
  const { row, passkeys, staffId, sessionId } = await loadPerson(context);
  assertMayEnroll(context, row, passkeys);
  const keys = throttleKeys(context, staffId);
  await assertMayTry(context.db, keys, context.now);
  const pendingSetup = await context.db.selectFrom('staff').select(['totp_pending_secret', 'totp_pending_until']).where('id', '=', staffId).executeTakeFirstOrThrow();
  if (!pendingSetup.totp_pending_secret || !pendingSetup.totp_pending_until || pendingSetup.totp_pending_until <= context.now) {
    throw new ProblemError({ status: 410, type: 'totp-setup-expired', title: 'Die Einrichtung ist abgelaufen', detail: 'Beginnen Sie die Einrichtung der Authenticator-App noch einmal.' });
  }
  const step = totpStepOf(pendingSetup.totp_pending_secret, code, context.now);
  if (step === null) {
    await recordFailure(context.db, keys, context.now);
    throw wrongCode('Geben Sie den Code ein, den die App gerade anzeigt. Stimmt er nicht, prüfen Sie die Uhrzeit des Telefons.');
  }
  await context.db
    .updateTable('staff')
    .set({ totp_secret: pendingSetup.totp_pending_secret, totp_pending_secret: null, totp_pending_until: null, totp_last_step: step, updated_at: context.now })
    .where('id', '=', staffId)
    .execute();
  return afterEnrolment(context, staffId, sessionId, 'totp', row, {});
}

export async function removeTotp(context: FactorContext) {
  const { row, passkeys, staffId } = await loadPerson(context);
  if (!row.totp_secret) throw new ProblemError({ status: 404, type: 'not-found', title: 'Keine Authenticator-App eingerichtet' });
  await assertAnotherFactorIfRequired(context, row, passkeys.length);
  await context.db.updateTable('staff').set({ totp_secret: null, totp_last_step: null, updated_at: context.now }).where('id', '=', staffId).execute();
  await afterRemoval(context, staffId, passkeys.length, 'remove-totp', {});
  return { data: await describeSecondFactors(context) };
}

export async function verifyTotp(context: FactorContext, code: string): Promise<{ data: StaffSession }> {
  assertPending(context);
  const { row, staffId, sessionId } = await loadPerson(context);
  const keys = throttleKeys(context, staffId);
  await assertMayTry(context.db, keys, context.now);
  if (!row.totp_secret) throw new ProblemError({ status: 409, type: 'totp-missing', title: 'Keine Authenticator-App eingerichtet', detail: 'Nehmen Sie einen Passkey oder einen Wiederherstellungscode.' });
  const step = totpStepOf(row.totp_secret, code, context.now);
  // The step is written only if it is later than the last one used: a code seen over someone's shoulder is worthless once used.
  const accepted =
    step !== null &&
    Number(
      (
        await context.db
          .updateTable('staff')
          .set({ totp_last_step: step })
          .where('id', '=', staffId)
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
          .executeTakeFirst()
      ).numUpdatedRows,
    ) === 1;
  if (!accepted) {
    await recordFailure(context.db, keys, context.now);
    throw wrongCode(step === null ? 'Geben Sie den Code ein, den die App gerade anzeigt.' : 'Dieser Code wurde schon benutzt. Warten Sie auf den nächsten Code der App.');
  }
  await completeSignIn(context, staffId, sessionId, 'totp');
  return { data: await describeSession(context, sessionId) };
}

// ── Recovery codes ─────────────────────────────────────────────────────────

export async function useRecoveryCode(context: FactorContext, code: string): Promise<{ data: StaffSession }> {
  assertPending(context);
  const { staffId, sessionId } = personOf(context);
  const keys = throttleKeys(context, staffId);
  await assertMayTry(context.db, keys, context.now);
  if (!(await consumeRecoveryCode(context.db, staffId, code))) {
    await recordFailure(context.db, keys, context.now);
    throw wrongCode('Dieser Wiederherstellungscode stimmt nicht oder wurde schon benutzt. Jeder Code gilt nur einmal.');
  }
  await completeSignIn(context, staffId, sessionId, 'recovery-code');
  return { data: await describeSession(context, sessionId) };
}

export async function regenerateRecoveryCodes(context: FactorContext) {
  const { row, passkeys, staffId } = await loadPerson(context);
  if (!hasFactor(row, passkeys)) throw new ProblemError({ status: 409, type: 'no-second-factor', title: 'Richten Sie zuerst einen zweiten Faktor ein', detail: 'Wiederherstellungscodes ersetzen einen Passkey oder eine Authenticator-App, wenn sie fehlen.' });
  const recoveryCodes = await replaceRecoveryCodes(context.db, staffId, context.now);
  await audit(context, 'staff', staffId, 'regenerate-recovery-codes', { recoveryCodes: recoveryCodes.length });
  return { data: await describeSecondFactors(context), recoveryCodes };
}

// ── Passkeys ───────────────────────────────────────────────────────────────

export async function passkeyRegistrationOptions(context: FactorContext, rp: RelyingParty) {
  const { row, passkeys, sessionId } = await loadPerson(context);
  assertMayEnroll(context, row, passkeys);
  return { data: (await registrationOptions(context.db, rp, row, passkeys, sessionId, context.now)) as unknown as Record<string, unknown> };
}

export async function registerPasskey(context: FactorContext, rp: RelyingParty, response: RegistrationResponseJSON, label: string | undefined) {
  const { row, passkeys, staffId, sessionId } = await loadPerson(context);
  assertMayEnroll(context, row, passkeys);
  const name = label || `Passkey ${passkeys.length + 1}`;
  const id = await registerPasskeyResponse(context.db, rp, staffId, sessionId, response, name, context.now);
  return afterEnrolment(context, staffId, sessionId, 'passkey', row, { passkey: id, label: name });
}

export async function removePasskey(context: FactorContext, id: string) {
  const { row, passkeys, staffId } = await loadPerson(context);
  if (!passkeys.some((p) => p.id === id)) throw new ProblemError({ status: 404, type: 'not-found', title: 'Passkey nicht gefunden' });
  const left = passkeys.length - 1 + (row.totp_secret ? 1 : 0);
  await assertAnotherFactorIfRequired(context, row, left);
  await removePasskeyRow(context.db, staffId, id);
  await afterRemoval(context, staffId, left, 'remove-passkey', { passkey: id });
  return { data: await describeSecondFactors(context) };
}

export async function passkeyAuthenticationOptions(context: FactorContext, rp: RelyingParty) {
  assertPending(context);
  const { passkeys, sessionId } = await loadPerson(context);
  if (!passkeys.length) throw new ProblemError({ status: 409, type: 'passkey-missing', title: 'Kein Passkey eingerichtet', detail: 'Nehmen Sie die Authenticator-App oder einen Wiederherstellungscode.' });
  return { data: (await authenticationOptions(context.db, rp, passkeys, sessionId, context.now)) as unknown as Record<string, unknown> };
}

export async function verifyPasskey(context: FactorContext, rp: RelyingParty, response: AuthenticationResponseJSON): Promise<{ data: StaffSession }> {
  assertPending(context);
  const { staffId, sessionId } = personOf(context);
  const keys = throttleKeys(context, staffId);
  await assertMayTry(context.db, keys, context.now);
  if (!(await verifyPasskeyResponse(context.db, rp, staffId, sessionId, response, context.now))) {
    await recordFailure(context.db, keys, context.now);
    throw new ProblemError({ status: 401, type: 'second-factor-failed', title: 'Der Passkey passt nicht', detail: 'Nehmen Sie einen Passkey, den Sie für dieses Konto eingerichtet haben.' });
  }
  await completeSignIn(context, staffId, sessionId, 'passkey');
  return { data: await describeSession(context, sessionId) };
}

// ── Shared ─────────────────────────────────────────────────────────────────

/** Refuses to remove the last factor of a person whom the policy asks for one; `factorsLeft` counts what would remain. */
async function assertAnotherFactorIfRequired(context: FactorContext, row: StaffRow, factorsLeft: number) {
  if (factorsLeft > 0) return;
  if (await secondFactorRequired(context.db, context.tenant.id, row.roles)) {
    throw new ProblemError({
      status: 409,
      type: 'last-second-factor',
      title: 'Das ist Ihr letzter zweiter Faktor',
      detail: 'Ihr Büro verlangt einen zweiten Faktor. Richten Sie zuerst einen anderen ein (Passkey oder Authenticator-App).',
    });
  }
}

/** With the last factor gone, recovery codes have nothing left to replace: they go too. */
async function afterRemoval(context: FactorContext, staffId: string, factorsLeft: number, operation: string, detail: Record<string, unknown>) {
  if (factorsLeft === 0) await clearRecoveryCodes(context.db, staffId);
  await audit(context, 'staff', staffId, operation, { ...detail, factorsLeft });
}

/** The session as `GET /auth/session` shows it. */
export async function describeSession(context: Pick<FactorContext, 'db' | 'tenant'>, sessionId: string): Promise<StaffSession> {
  const session = await context.db.selectFrom('staff_sessions').selectAll().where('id', '=', sessionId).executeTakeFirstOrThrow();
  const row = (await findStaff(context.db, context.tenant.id, session.staff_id))!;
  const passkeys = (await listPasskeys(context.db, row.id)).length;
  const options = secondFactorOptions(row, passkeys);
  return {
    expiresAt: session.expires_at.toISOString(),
    idleExpiresAt: idleExpiry(session).toISOString(),
    secondFactor: session.second_factor,
    secondFactorOptions: session.second_factor === 'pending' ? (options.length ? options : ['enroll']) : [],
    staff: toStaffMember(row, passkeys),
    tenant: { id: context.tenant.id, name: context.tenant.name },
  };
}
