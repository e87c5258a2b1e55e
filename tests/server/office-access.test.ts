/**
 * The office foundation on both backends: who may call what (every staff
 * route × every role × no sign-in), password sign-in with throttling,
 * session expiry and revocation, and tenants kept apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requiredRoles, routes, type StaffRole } from '@teilhabe/contract';
import { createTenant } from '../../packages/server/src/tenants/provisioning.js';
import { bearer, inviteWithPassword, sessionFor, signIn, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json } from '../support/test-api.js';

const SOME_ID = '123e4567-e89b-42d3-a456-426614174000';
const ROLE_SETS: StaffRole[][] = [['editor'], ['bookings'], ['admin']];
/** Routes that end the caller's own session; they are tried with tokens only. */
const ENDS_OWN_SESSION = new Set(['signOut', 'signOutEverywhere']);

/** The rule of the issue, written out here rather than taken from the server: admins may do everything, `[]` means any staff. */
const mayCall = (roles: StaffRole[], required: readonly StaffRole[]) => roles.includes('admin') || required.length === 0 || required.some((role) => roles.includes(role));

const staffRoutes = Object.entries(routes).filter(([, route]) => requiredRoles(route) !== undefined);

function concrete(route: (typeof routes)[keyof typeof routes]): [string, RequestInit] {
  const path = route.path.replace('{tenant}', 'musterkreis').replace('{id}', SOME_ID).replace('{name}', 'topics').replace(/\{(\w+)\}/g, 'x');
  const method = route.method.toUpperCase();
  return [path, { method, ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }) }];
}

describeOnBothBackends('office access', (api) => {
  test('every staff route: 401 without sign-in, 403 without the role, allowed with it (tokens)', async () => {
    assert.ok(staffRoutes.length >= 30, `only ${staffRoutes.length} staff routes found`);
    const tokens = await Promise.all(ROLE_SETS.map((roles) => tokenWith(api(), roles)));
    const failures: string[] = [];
    for (const [name, route] of staffRoutes) {
      const [path, init] = concrete(route);
      const anonymous = await api().request(path, { ...init, headers: { 'Content-Type': 'application/json' } });
      if (anonymous.status !== 401) failures.push(`${name} without sign-in → ${anonymous.status}`);
      for (const [index, roles] of ROLE_SETS.entries()) {
        const response = await api().request(path, bearer(tokens[index]!, init));
        const allowed = mayCall(roles, requiredRoles(route)!);
        const denied = response.status === 401 || response.status === 403;
        if (allowed === denied) failures.push(`${name} as ${roles} → ${response.status} (expected ${allowed ? 'allowed' : '403'})`);
        if (response.status >= 500) failures.push(`${name} as ${roles} → ${response.status}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('a signed-in person gets the same answers as a token with the same role', async () => {
    const person = await sessionFor(api(), ['bookings']);
    const failures: string[] = [];
    for (const [name, route] of staffRoutes) {
      if (ENDS_OWN_SESSION.has(name)) continue;
      const [path, init] = concrete(route);
      const response = await api().request(path, bearer(person.secret, init));
      const allowed = mayCall(['bookings'], requiredRoles(route)!);
      if (allowed === (response.status === 401 || response.status === 403)) failures.push(`${name} → ${response.status}`);
    }
    assert.deepEqual(failures, []);
  });

  test('a token or session of another tenant is refused with 403', async () => {
    await createTenant(api().database.db, { id: `andere-stadt-${api().backend}`, name: 'Andere Stadt' });
    const { createApiToken } = await import('../../packages/server/src/http/auth.js');
    const foreign = (await createApiToken(api().database.db, `andere-stadt-${api().backend}`, 'fremd', ['admin'])).token;
    const response = await api().request('/v1/musterkreis/staff', bearer(foreign));
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  test('sign-in: the same answer for an unknown e-mail and a wrong password; no cookie', async () => {
    const person = await inviteWithPassword(api(), ['editor']);
    const wrong = await signIn(api(), person.email, 'not the password at all');
    const unknown = await signIn(api(), 'nobody-here@stadt.example', 'not the password at all');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const [a, b] = [await json(wrong), await json(unknown)];
    assert.deepEqual([a.type, a.title, a.detail], [b.type, b.title, b.detail]);
    const ok = await signIn(api(), person.email, person.password);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('set-cookie'), null);
    assert.match(ok.headers.get('cache-control') ?? '', /no-store/);
    const session = await json(ok);
    assert.match(session.token, /^ses_/);
    assert.equal(session.staff.email, person.email);
    assert.deepEqual(session.staff.roles, ['editor']);
  });

  test('sign-in is throttled per account: back-off, then a lock that the right password does not lift', async () => {
    const person = await inviteWithPassword(api(), ['editor']);
    for (let attempt = 1; attempt <= 3; attempt++) assert.equal((await signIn(api(), person.email, `falsch ${attempt}`)).status, 401);
    const throttled = await signIn(api(), person.email, person.password);
    assert.equal(throttled.status, 429);
    assert.ok(Number(throttled.headers.get('retry-after')) >= 1);
    assert.equal((await json(throttled)).type, '/problems/sign-in-throttled');
    // Keep failing, each time after the back-off, until the lock.
    for (let attempt = 4; attempt <= 10; attempt++) {
      api().clock.now = new Date(api().clock.now.getTime() + 2 ** (attempt - 3) * 1000 + 1000);
      assert.equal((await signIn(api(), person.email, `falsch ${attempt}`)).status, 401, `attempt ${attempt}`);
    }
    api().clock.now = new Date(api().clock.now.getTime() + 5 * 60_000);
    assert.equal((await signIn(api(), person.email, person.password)).status, 429, 'locked for 15 minutes');
    api().clock.now = new Date(api().clock.now.getTime() + 11 * 60_000);
    assert.equal((await signIn(api(), person.email, person.password)).status, 200, 'the lock ends');
  });

  test('sessions end after 2 hours unused and after 12 hours in any case', async () => {
    const start = new Date(api().clock.now);
    const idle = await sessionFor(api(), ['editor']);
    const sessionPath = '/v1/musterkreis/auth/session';
    assert.equal((await api().request(sessionPath, bearer(idle.secret))).status, 200);
    api().clock.now = new Date(start.getTime() + 2 * 3_600_000 + 60_000);
    assert.equal((await api().request(sessionPath, bearer(idle.secret))).status, 401, 'idle for over 2 hours');

    const restart = new Date(api().clock.now);
    const busy = await sessionFor(api(), ['editor']);
    for (let hour = 1; hour < 12; hour++) {
      api().clock.now = new Date(restart.getTime() + hour * 3_600_000);
      assert.equal((await api().request(sessionPath, bearer(busy.secret))).status, 200, `hour ${hour}`);
    }
    api().clock.now = new Date(restart.getTime() + 12 * 3_600_000 + 1000);
    assert.equal((await api().request(sessionPath, bearer(busy.secret))).status, 401, 'over 12 hours');
  });

  test('sign out, sign out everywhere, and disabling a person end sessions at once', async () => {
    const person = await inviteWithPassword(api(), ['editor']);
    const first = (await json(await signIn(api(), person.email, person.password))).token as string;
    const second = (await json(await signIn(api(), person.email, person.password))).token as string;
    const third = (await json(await signIn(api(), person.email, person.password))).token as string;
    const sessionPath = '/v1/musterkreis/auth/session';
    assert.equal((await api().request(sessionPath, bearer(first, { method: 'DELETE' }))).status, 204);
    assert.equal((await api().request(sessionPath, bearer(first))).status, 401);
    assert.equal((await api().request(sessionPath, bearer(second))).status, 200);
    assert.equal((await api().request('/v1/musterkreis/auth/sign-out-everywhere', bearer(second, { method: 'POST' }))).status, 204);
    assert.equal((await api().request(sessionPath, bearer(second))).status, 401);
    assert.equal((await api().request(sessionPath, bearer(third))).status, 401);

    const fresh = (await json(await signIn(api(), person.email, person.password))).token as string;
    const admin = await tokenWith(api(), ['admin']);
    const disabled = await api().request(`/v1/musterkreis/staff/${person.id}`, bearer(admin, { method: 'PATCH', body: JSON.stringify({ disabled: true }) }));
    assert.equal(disabled.status, 200);
    assert.equal((await json(disabled)).data.status, 'disabled');
    assert.equal((await api().request(sessionPath, bearer(fresh))).status, 401);
    assert.equal((await signIn(api(), person.email, person.password)).status, 401, 'a disabled person cannot sign in');
  });

  test('passwords: 12 characters at least, no common ones; a link works once', async () => {
    const admin = await tokenWith(api(), ['admin']);
    const invited = await json(await api().request('/v1/musterkreis/staff', bearer(admin, { method: 'POST', body: JSON.stringify({ email: `neu-${api().backend}@stadt.example`, name: 'Neue Person', roles: ['editor'] }) })));
    const token = new URL(invited.setPasswordUrl).hash.replace('#token=', '');
    const setPassword = (password: string) => api().request('/v1/musterkreis/auth/password', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token, password }) });
    assert.equal((await setPassword('kurz')).status, 400);
    const common = await setPassword('password1234');
    assert.equal(common.status, 400);
    assert.equal((await json(common)).errors[0].code, 'too_common');
    assert.equal((await setPassword('Ein langer Satz für das Büro')).status, 204);
    assert.equal((await setPassword('Ein anderer langer Satz hier')).status, 410, 'the link is used up');
  });

  test('a forgotten password: the same answer for every address, a link only for staff', async () => {
    const person = await inviteWithPassword(api(), ['bookings']);
    const before = api().staffLinks.length;
    const ask = (email: string) => api().request('/v1/musterkreis/auth/password-reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email }) });
    const known = await ask(person.email);
    const unknown = await ask('niemand@stadt.example');
    assert.equal(known.status, 202);
    assert.equal(unknown.status, 202);
    assert.equal(await known.text(), await unknown.text());
    const links = api().staffLinks.slice(before);
    assert.equal(links.length, 1);
    assert.equal(links[0]!.to, person.email);
    assert.equal(links[0]!.kind, 'reset-password');
  });

  test('the last admin cannot be disabled or lose the role', async () => {
    const { db } = api().database;
    await createTenant(db, { id: `nur-ein-admin-${api().backend}`, name: 'Gemeinde mit einem Admin' });
    const { inviteStaff } = await import('../../packages/server/src/staff/service.js');
    const { TenantDirectory } = await import('../../packages/server/src/http/tenant.js');
    const tenant = (await new TenantDirectory(db).find(`nur-ein-admin-${api().backend}`))!;
    const context = { db, tenant, actor: { kind: 'system' as const, id: null, name: 'test', requestId: null }, now: api().clock.now, hashing: { logN: 12 } };
    const admin = await inviteStaff(context, { email: 'admin@gemeinde.example', name: 'Admin', roles: ['admin'] }, 'http://x');
    const { updateStaffMember } = await import('../../packages/server/src/staff/service.js');
    await assert.rejects(updateStaffMember(context, admin.member.id, { disabled: true }), /anderen Person die Rolle Admin/);
    await assert.rejects(updateStaffMember(context, admin.member.id, { roles: ['editor'] }), /anderen Person die Rolle Admin/);
  });

  test('without a delivery of its own, the server mails invitation links through the outbox', async () => {
    const { createApp } = await import('../../packages/server/src/app.js');
    const { app } = createApp({ database: api().database, passwordHashing: { logN: 12 } });
    const admin = await tokenWith(api(), ['admin']);
    const email = `per-post-${api().backend}@stadt.example`;
    const invited = await app.request('/v1/musterkreis/staff', bearer(admin, { method: 'POST', body: JSON.stringify({ email, name: 'Neu per Post', roles: ['editor'] }) }));
    assert.equal(invited.status, 201);
    const { setPasswordUrl } = await json(invited);
    const queued = await api().database.db.selectFrom('outbox').select(['kind', 'recipient', 'message']).where('recipient', '=', email).execute();
    assert.equal(queued.length, 1);
    assert.equal(queued[0]!.kind, 'staff-link');
    assert.ok(JSON.stringify(queued[0]!.message).includes(setPasswordUrl.split('#')[1]), 'the mail carries the link');
  });

  test('the public tenant list says whether this server mails residents, so widgets promise only that', async () => {
    const { createApp } = await import('../../packages/server/src/app.js');
    const withMail = createApp({ database: api().database, mailReachesRecipients: true }).app;
    const tenantOf = async (app: { request: (path: string) => Response | Promise<Response> }) => ((await json(await app.request('/v1/tenants'))).data as Array<{ id: string; emailNotifications: boolean }>).find((t) => t.id === 'musterkreis')!;
    assert.equal((await tenantOf(withMail)).emailNotifications, true);
    assert.equal((await tenantOf(api().app)).emailNotifications, false, 'the test server has no SMTP');
  });
});
