/** SQL for staff, their passkeys and their one-time links. */
import { randomUUID } from 'node:crypto';
import type { StaffMember, StaffRole } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { hashSecret, newSecret } from '../http/auth.js';

export const SET_PASSWORD_LINK_MS = 72 * 3_600_000;
export const RESET_PASSWORD_LINK_MS = 2 * 3_600_000;

export type StaffRow = Awaited<ReturnType<typeof findStaffByEmail>> & object;

const STAFF_COLUMNS = ['id', 'tenant_id', 'email', 'name', 'roles', 'password_hash', 'totp_secret', 'recovery_codes', 'disabled_at', 'created_at', 'version'] as const;

export function findStaffByEmail(db: Kysely<DatabaseSchema>, tenantId: string, email: string) {
  return db.selectFrom('staff').select(STAFF_COLUMNS).where('tenant_id', '=', tenantId).where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findStaff(db: Kysely<DatabaseSchema>, tenantId: string, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('staff').select(STAFF_COLUMNS).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function listStaffRows(db: Kysely<DatabaseSchema>, tenantId: string) {
  return db.selectFrom('staff').select(STAFF_COLUMNS).where('tenant_id', '=', tenantId).orderBy('name').execute();
}

export async function insertStaff(db: Kysely<DatabaseSchema>, staff: { tenantId: string; email: string; name: string; roles: StaffRole[]; passwordHash?: string }) {
  const id = randomUUID();
  await db
    .insertInto('staff')
    .values({ id, tenant_id: staff.tenantId, email: staff.email.toLowerCase(), name: staff.name, roles: staff.roles, password_hash: staff.passwordHash ?? null })
    .execute();
  return id;
}

export async function passkeyCounts(db: Kysely<DatabaseSchema>, staffIds: string[]) {
  if (!staffIds.length) return new Map<string, number>();
  const rows = await db.selectFrom('staff_passkeys').select(['staff_id']).select((eb) => eb.fn.countAll<number>().as('count')).where('staff_id', 'in', staffIds).groupBy('staff_id').execute();
  return new Map(rows.map((row) => [row.staff_id, Number(row.count)]));
}

export function toStaffMember(row: StaffRow, passkeys: number): StaffMember {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    status: row.disabled_at ? 'disabled' : row.password_hash ? 'active' : 'invited',
    secondFactors: [...(row.totp_secret ? (['totp'] as const) : []), ...(passkeys > 0 ? (['passkey'] as const) : [])],
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** What the audit trail keeps of a person: no hashes, no secrets. */
export const auditViewOfStaff = (row: StaffRow) => ({ email: row.email, name: row.name, roles: row.roles, disabled: Boolean(row.disabled_at) });

/** A one-time link secret for setting a password; earlier unused links of the same person stop working. */
export async function createPasswordLink(db: Kysely<DatabaseSchema>, staffId: string, purpose: 'set-password' | 'reset-password', now: Date) {
  const token = newSecret('pw');
  const lifetime = purpose === 'set-password' ? SET_PASSWORD_LINK_MS : RESET_PASSWORD_LINK_MS;
  await db.updateTable('staff_links').set({ used_at: now }).where('staff_id', '=', staffId).where('used_at', 'is', null).execute();
  await db
    .insertInto('staff_links')
    .values({ token_hash: hashSecret(token), staff_id: staffId, purpose, expires_at: new Date(now.getTime() + lifetime), used_at: null })
    .execute();
  return { token, expiresAt: new Date(now.getTime() + lifetime) };
}

/** Uses up a live link and returns whose it was; undefined when it is unknown, used or expired. */
export async function consumePasswordLink(db: Kysely<DatabaseSchema>, tenantId: string, token: string, now: Date) {
  const link = await db
    .selectFrom('staff_links as l')
    .innerJoin('staff as s', 's.id', 'l.staff_id')
    .select(['l.token_hash', 'l.staff_id', 'l.expires_at', 'l.used_at'])
    .where('l.token_hash', '=', hashSecret(token))
    .where('s.tenant_id', '=', tenantId)
    .forUpdate()
    .executeTakeFirst();
  if (!link || link.used_at || link.expires_at <= now) return undefined;
  await db.updateTable('staff_links').set({ used_at: now }).where('token_hash', '=', link.token_hash).execute();
  return link.staff_id;
}

/** The link a person opens to set a password; the secret is in the fragment, so no server or proxy log sees it. */
export const passwordLinkUrl = (baseUrl: string, tenantId: string, token: string) => `${baseUrl}/office/set-password?tenant=${encodeURIComponent(tenantId)}#token=${token}`;
