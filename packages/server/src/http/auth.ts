/**
 * Who is calling: a signed-in person (a session secret `ses_…`) or a program
 * (a token `tk_…`), both sent as `Authorization: Bearer …`, both scoped to one
 * tenant and holding roles. Secrets are random, shown once, stored as SHA-256.
 *
 * Bearer rather than a cookie: the browser never sends the secret on its own,
 * so no request from another site can ride on a session (no CSRF), and the
 * public widgets, which never hold it, can never leak it.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { allowsPendingSecondFactor, requiredRoles, type StaffRole } from '@teilhabe/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { findLiveSession } from '../staff/sessions.js';
import type { Actor, AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export type { StaffRole };

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A URL-safe secret with 256 bits of entropy. */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Compares two hashes in constant time. */
export function sameSecret(a: string, b: string) {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export async function createApiToken(db: Kysely<DatabaseSchema>, tenantId: string, name: string, roles: StaffRole[] = ['editor']) {
  const token = newSecret('tk');
  const id = randomUUID();
  await db.insertInto('api_tokens').values({ id, tenant_id: tenantId, name, roles, token_hash: hashSecret(token) }).execute();
  return { id, token };
}

/** True when the actor may act in `roles` (admins may do everything; an empty list asks for any staff). */
export function hasRole(actor: Actor | undefined, roles: readonly StaffRole[]): boolean {
  if (!actor) return false;
  return roles.length === 0 || actor.roles.includes('admin') || roles.some((role) => actor.roles.includes(role));
}

/**
 * Resolves the bearer secret of the request to an actor of this tenant, or
 * undefined when none is sent. An unknown, expired or foreign secret is a 401/403.
 */
export async function authenticate(c: Context<AppEnv>, db: Kysely<DatabaseSchema>, now: Date): Promise<Actor | undefined> {
  if (c.get('actor')) return c.get('actor');
  const secret = bearerSecret(c);
  if (!secret) return undefined;
  const tenant = c.get('tenant');
  const actor = secret.startsWith('ses_') ? await sessionActor(db, secret, now) : await tokenActor(db, secret);
  if (!actor) throw unauthorized('Unknown, expired or revoked sign-in', 'Sign in again, or use a live token.', 'invalid_token');
  if (actor.tenantId !== tenant.id) throw new ProblemError({ status: 403, type: 'forbidden', title: 'This sign-in is for another tenant' });
  c.set('actor', actor);
  return actor;
}

/**
 * The one role check of the API: every route whose contract names `x-roles`
 * gets it before validation, so a stranger learns nothing about the body it
 * would need. A session still waiting for its second factor may only finish it.
 */
export function roleGuard(route: object, db: Kysely<DatabaseSchema>, now: () => Date): MiddlewareHandler<AppEnv> | undefined {
  const roles = requiredRoles(route);
  if (!roles) return undefined;
  const pendingAllowed = allowsPendingSecondFactor(route);
  return async (c, next) => {
    const actor = await authenticate(c, db, now());
    if (!actor) throw unauthorized('Sign-in needed', 'Sign in (`POST /v1/{tenant}/auth/sign-in`) or send a token as `Authorization: Bearer …`.');
    if (actor.secondFactorPending && !pendingAllowed) {
      throw new ProblemError({ status: 401, type: 'second-factor-required', title: 'Complete the second factor first', headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    if (!hasRole(actor, roles)) {
      throw new ProblemError({
        status: 403,
        type: 'forbidden',
        title: 'Your role does not allow this',
        detail: `This needs the role ${roles.join(' or ')}; ${actor.name} has ${actor.roles.join(', ')}.`,
      });
    }
    await next();
  };
}

function unauthorized(title: string, detail: string, error?: string) {
  return new ProblemError({ status: 401, type: 'unauthorized', title, detail, headers: { 'WWW-Authenticate': error ? `Bearer error="${error}"` : 'Bearer' } });
}

function bearerSecret(c: Context<AppEnv>): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+([\w-]{10,200})$/i.exec(header);
  return match?.[1] ?? null;
}

async function tokenActor(db: Kysely<DatabaseSchema>, token: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'tenant_id', 'name', 'roles'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { kind: 'token', id: row.id, name: row.name, tenantId: row.tenant_id, roles: row.roles, secondFactorPending: false };
}

async function sessionActor(db: Kysely<DatabaseSchema>, secret: string, now: Date): Promise<Actor | undefined> {
  const session = await findLiveSession(db, secret, now);
  return (
    session && {
      kind: 'staff',
      id: session.staff_id,
      name: session.name,
      email: session.email,
      tenantId: session.tenant_id,
      roles: session.roles,
      sessionId: session.id,
      secondFactorPending: session.second_factor === 'pending',
    }
  );
}
