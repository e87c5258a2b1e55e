/**
 * Bearer tokens for write access, scoped to one tenant. Tokens are random,
 * shown once when created, and stored only as SHA-256 hashes.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export type Role = 'editor' | 'admin';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A URL-safe secret with 256 bits of entropy. */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

export async function createApiToken(db: Kysely<DatabaseSchema>, tenantId: string, name: string, role: Role = 'editor') {
  const token = newSecret('tk');
  await db
    .insertInto('api_tokens')
    .values({ id: randomUUID(), tenant_id: tenantId, name, role, token_hash: hashSecret(token) })
    .execute();
  return token;
}

/** The bearer token of the request, if it is a live token of this tenant; else a 401/403 problem. */
export async function requireEditor(c: Context<AppEnv>, db: Kysely<DatabaseSchema>): Promise<{ name: string; role: Role }> {
  const token = bearerToken(c);
  if (!token) {
    throw new ProblemError({
      status: 401,
      type: 'unauthorized',
      title: 'An editor token is needed',
      detail: 'Send `Authorization: Bearer <token>`; tokens are created with `teilhabe-server token create`.',
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
  const row = await findToken(db, token);
  if (!row) {
    throw new ProblemError({ status: 401, type: 'unauthorized', title: 'Unknown or revoked token', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  }
  if (row.tenant_id !== c.get('tenant').id) {
    throw new ProblemError({ status: 403, type: 'forbidden', title: 'This token is for another tenant' });
  }
  return { name: row.name, role: row.role };
}

/** True when the request carries a live editor token of this tenant (no error otherwise). */
export async function isEditor(c: Context<AppEnv>, db: Kysely<DatabaseSchema>): Promise<boolean> {
  const token = bearerToken(c);
  if (!token) return false;
  const row = await findToken(db, token);
  return row?.tenant_id === c.get('tenant').id;
}

function bearerToken(c: Context<AppEnv>): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

function findToken(db: Kysely<DatabaseSchema>, token: string) {
  return db
    .selectFrom('api_tokens')
    .select(['tenant_id', 'name', 'role'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}
