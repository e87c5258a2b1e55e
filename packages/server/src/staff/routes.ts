/** HTTP for sign-in and for admins managing staff. The rules live in `service.ts`. */
import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf, recordAudit } from '../audit/audit-log.js';
import { clientAddress } from '../http/client-address.js';
import type { Actor, AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { findStaff, listStaffRows, passkeyCounts, toStaffMember } from './repository.js';
import { inviteStaff, passwordResetLink, secondFactorOptions, setPasswordWithLink, signInWithPassword, updateStaffMember, type AccountContext } from './service.js';
import { findLiveSession, idleExpiry, revokeAllSessions, revokeSession } from './sessions.js';
import { accountKey, addressKey, assertMayTry, recordFailure } from './sign-in-throttle.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerStaffRoutes(app: OpenAPIHono<AppEnv>, dependencies: AppDependencies) {
  const { db, now } = dependencies;
  const accounts = (c: Context<AppEnv>): AccountContext => ({ db, tenant: c.get('tenant'), actor: auditActorOf(c), now: now(), hashing: dependencies.passwordHashing });
  const baseUrl = (c: Context<AppEnv>) => dependencies.publicBaseUrl ?? new URL(c.req.url).origin;
  const signedIn = (c: Context<AppEnv>): Actor => c.get('actor')!;

  app.openapi(routes.signIn, async (c) => {
    const { email, password } = c.req.valid('json');
    const session = await signInWithPassword(accounts(c), email, password, clientAddress(c));
    return c.json(session, 200, PRIVATE);
  });

  app.openapi(routes.getSession, async (c) => {
    const actor = signedIn(c);
    if (actor.kind !== 'staff') throw new ProblemError({ status: 400, type: 'not-a-session', title: 'A token has no session', detail: 'Tokens are for programs; people sign in.' });
    const secret = c.req.header('authorization')!.replace(/^Bearer\s+/i, '');
    const session = (await findLiveSession(db, secret, now()))!;
    const row = (await findStaff(db, c.get('tenant').id, actor.id))!;
    const passkeys = (await passkeyCounts(db, [row.id])).get(row.id) ?? 0;
    const options = secondFactorOptions(row, passkeys);
    return c.json(
      {
        expiresAt: session.expires_at.toISOString(),
        idleExpiresAt: idleExpiry(session).toISOString(),
        secondFactor: session.second_factor,
        secondFactorOptions: session.second_factor === 'pending' ? (options.length ? options : (['enroll'] as const)) : [],
        staff: toStaffMember(row, passkeys),
        tenant: { id: c.get('tenant').id, name: c.get('tenant').name },
      },
      200,
      PRIVATE,
    );
  });

  app.openapi(routes.signOut, async (c) => {
    const actor = signedIn(c);
    if (actor.sessionId) {
      await revokeSession(db, actor.sessionId, now());
      await recordAudit(db, actor.tenantId, auditActorOf(c), { recordType: 'session', recordId: actor.sessionId, operation: 'sign-out' });
    }
    return c.body(null, 204, PRIVATE);
  });

  app.openapi(routes.signOutEverywhere, async (c) => {
    const actor = signedIn(c);
    if (actor.kind === 'staff') {
      const ended = await revokeAllSessions(db, actor.id, now());
      await recordAudit(db, actor.tenantId, auditActorOf(c), { recordType: 'session', recordId: actor.id, operation: 'sign-out-everywhere', after: { ended } });
    }
    return c.body(null, 204, PRIVATE);
  });

  app.openapi(routes.setPassword, async (c) => {
    const { token, password } = c.req.valid('json');
    // A wrong link counts like a wrong password, so links cannot be guessed by trying.
    const keys = [addressKey(clientAddress(c))];
    await assertMayTry(db, keys, now());
    try {
      await setPasswordWithLink(accounts(c), token, password);
    } catch (error) {
      if (error instanceof ProblemError && error.problem.status === 410) await recordFailure(db, keys, now());
      throw error;
    }
    return c.body(null, 204, PRIVATE);
  });

  app.openapi(routes.requestPasswordReset, async (c) => {
    const { email } = c.req.valid('json');
    const tenant = c.get('tenant');
    // The same throttle as sign-in: resetting must not become a way to flood someone's inbox.
    await assertMayTry(db, [accountKey(tenant.id, email), addressKey(clientAddress(c))], now());
    const link = await passwordResetLink(accounts(c), email, baseUrl(c));
    if (link) await dependencies.deliverStaffLink({ kind: 'reset-password', tenant, ...link });
    return c.body(null, 202, PRIVATE);
  });

  app.openapi(routes.listStaff, async (c) => {
    const rows = await listStaffRows(db, c.get('tenant').id);
    const passkeys = await passkeyCounts(db, rows.map((row) => row.id));
    return c.json({ data: rows.map((row) => toStaffMember(row, passkeys.get(row.id) ?? 0)) }, 200, PRIVATE);
  });

  app.openapi(routes.inviteStaff, async (c) => {
    const invited = await inviteStaff(accounts(c), c.req.valid('json'), baseUrl(c));
    await dependencies.deliverStaffLink({ kind: 'set-password', tenant: c.get('tenant'), to: invited.member.email, name: invited.member.name, url: invited.setPasswordUrl!, expiresAt: invited.linkExpiresAt! });
    return c.json({ data: invited.member, setPasswordUrl: invited.setPasswordUrl! }, 201, PRIVATE);
  });

  app.openapi(routes.updateStaff, async (c) => {
    const { id } = c.req.valid('param');
    const member = await updateStaffMember(accounts(c), id, c.req.valid('json'));
    return c.json({ data: member }, 200, PRIVATE);
  });
}

