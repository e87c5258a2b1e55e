/** SQL for the tokens of programs. Only hashes are stored. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

const COLUMNS = ['id', 'name', 'roles', 'created_at', 'revoked_at'] as const;

export function listTokenRows(db: Kysely<DatabaseSchema>, tenantId: string) {
  return db.selectFrom('api_tokens').select(COLUMNS).where('tenant_id', '=', tenantId).orderBy('created_at').execute();
}

export function findTokenRow(db: Kysely<DatabaseSchema>, tenantId: string, id: string) {
  return db.selectFrom('api_tokens').select(COLUMNS).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findLiveTokenByName(db: Kysely<DatabaseSchema>, tenantId: string, name: string) {
  return db.selectFrom('api_tokens').select(COLUMNS).where('tenant_id', '=', tenantId).where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst();
}

export async function revokeTokenRow(db: Kysely<DatabaseSchema>, id: string, now: Date) {
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).execute();
}

export const toApiToken = (row: Awaited<ReturnType<typeof findTokenRow>> & object) => ({
  id: row.id,
  name: row.name,
  roles: row.roles,
  createdAt: new Date(row.created_at).toISOString(),
  revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
});
