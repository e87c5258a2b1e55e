/**
 * The second factor over the API on both backends: an authenticator app set
 * up and used with codes computed here, replay and throttling, recovery
 * codes, and the tenant's policy that makes a factor required.
 */
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { ApiError, createClient } from '@teilhabe/sdk';
import { createApp } from '../../packages/server/src/app.js';
import { hashPassword } from '../../packages/server/src/staff/passwords.js';
import { insertStaff } from '../../packages/server/src/staff/repository.js';
import { describeOnBothBackends, json } from '../support/test-api.js';

const PASSWORD = 'Lange-Passphrase-fuer-Tests';
const base = '/v1/musterkreis';

describeOnBothBackends('Second factor', (api) => {
  let people = 0;

  /** A new person with a password (cheap scrypt: the cost is stored with the hash). */
  async function person(roles: Array<'admin' | 'editor' | 'bookings'> = ['editor']) {
    const email = `person${++people}-${Date.now()}@musterkreis.example`;
    const id = await insertStaff(api().database.db, { tenantId: 'musterkreis', email, name: `Person ${people}`, roles, passwordHash: await hashPassword(PASSWORD, { logN: 12 }) });
    return { id, email };
  }

  const call = (path: string, token: string, init: { method?: string; body?: unknown } = {}) =>
    api().request(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  async function signIn(email: string) {
    const response = await api().request(`${base}/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    assert.equal(response.status, 200, await response.clone().text());
    return json(response);
  }

  const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at.getTime() });
  const laterBy = (ms: number) => (api().clock.now = new Date(api().clock.now.getTime() + ms));

  // Wrong codes count against the client's address too (all requests here share one); an hour later they are forgotten.
  beforeEach(() => laterBy(61 * 60_000));

  /** Sets up an authenticator app for a signed-in person; returns the secret and the recovery codes. */
  async function enrolTotp(token: string) {
    const started = await call('/auth/totp/enrollment', token, { method: 'POST' });
    assert.equal(started.status, 201);
    const { data } = await json(started);
    const confirmed = await call('/auth/totp/enrollment/confirmation', token, { method: 'POST', body: { code: codeAt(data.secret, api().clock.now) } });
    assert.equal(confirmed.status, 200, await confirmed.clone().text());
    const body = await json(confirmed);
    return { secret: data.secret as string, uri: data.uri as string, recoveryCodes: body.recoveryCodes as string[], factors: body.data };
  }

  async function auditOf(recordType: string, recordId: string) {
    const response = await api().request(`${base}/audit?recordType=${recordType}&recordId=${recordId}`, api().asEditor());
    assert.equal(response.status, 200);
    return (await json(response)).data as Array<{ operation: string; changes: unknown }>;
  }

  test('an authenticator app counts once confirmed; then a sign-in waits for its code and passes with it', async () => {
    const { id, email } = await person();
    const first = await signIn(email);
    assert.equal(first.secondFactor, 'not-needed');

    const started = await json(await call('/auth/totp/enrollment', first.token, { method: 'POST' }));
    assert.match(started.data.uri, /^otpauth:\/\/totp\/.+secret=/);
    assert.equal((await json(await call('/auth/second-factors', first.token))).data.totp, false, 'not before the first code');
    const wrong = await call('/auth/totp/enrollment/confirmation', first.token, { method: 'POST', body: { code: codeAt(started.data.secret, new Date(api().clock.now.getTime() - 10 * 60_000)) } });
    assert.equal(wrong.status, 401);
    const confirmed = await json(await call('/auth/totp/enrollment/confirmation', first.token, { method: 'POST', body: { code: codeAt(started.data.secret, api().clock.now) } }));
    assert.equal(confirmed.data.totp, true);
    assert.equal(confirmed.recoveryCodes.length, 10);
    assert.equal(new Set(confirmed.recoveryCodes).size, 10);

    laterBy(30_000);
    const second = await signIn(email);
    assert.equal(second.secondFactor, 'pending');
    assert.deepEqual(second.secondFactorOptions.sort(), ['recovery-code', 'totp']);
    const refused = await call('/audit', second.token);
    assert.equal(refused.status, 401);
    assert.equal((await json(refused)).type, '/problems/second-factor-required');
    assert.equal((await json(await call('/auth/session', second.token))).secondFactor, 'pending', 'the pending session may read itself');
    assert.equal((await call('/auth/totp/enrollment', second.token, { method: 'POST' })).status, 403, 'a password alone cannot add a factor');

    const passed = await call('/auth/totp', second.token, { method: 'POST', body: { code: codeAt(started.data.secret, api().clock.now) } });
    assert.equal(passed.status, 200, await passed.clone().text());
    assert.equal((await json(passed)).data.secondFactor, 'passed');
    assert.equal((await call('/audit', second.token)).status, 200);

    const staffAudit = await auditOf('staff', id);
    assert.ok(staffAudit.some((entry) => entry.operation === 'enroll-totp'));
    const text = JSON.stringify([staffAudit, await auditOf('session', (await api().database.db.selectFrom('staff_sessions').select('id').where('staff_id', '=', id).orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id)]);
    assert.ok(text.includes('second-factor:totp'));
    assert.ok(!text.includes(started.data.secret), 'no secret in the audit trail');
    for (const code of confirmed.recoveryCodes) assert.ok(!text.includes(code), 'no recovery code in the audit trail');
  });

  test('a code works once: its time step cannot be used again', async () => {
    const { email } = await person();
    const { secret } = await enrolTotp((await signIn(email)).token);
    laterBy(30_000);
    const code = codeAt(secret, api().clock.now);
    const first = await signIn(email);
    assert.equal((await call('/auth/totp', first.token, { method: 'POST', body: { code } })).status, 200);
    const second = await signIn(email);
    const replay = await call('/auth/totp', second.token, { method: 'POST', body: { code } });
    assert.equal(replay.status, 401);
    assert.match((await json(replay)).detail, /schon benutzt/);
    laterBy(30_000);
    assert.equal((await call('/auth/totp', second.token, { method: 'POST', body: { code: codeAt(secret, api().clock.now) } })).status, 200);
    assert.equal((await call('/auth/totp', second.token, { method: 'POST', body: { code: codeAt(secret, api().clock.now) } })).status, 409, 'nothing is pending any more');
  });

  test('wrong codes slow down like wrong passwords, even for the right code', async () => {
    const { email } = await person();
    const { secret } = await enrolTotp((await signIn(email)).token);
    laterBy(30_000);
    const pending = await signIn(email);
    const bad = String((Number(codeAt(secret, api().clock.now)) + 1) % 1_000_000).padStart(6, '0');
    for (let attempt = 0; attempt < 3; attempt++) assert.equal((await call('/auth/totp', pending.token, { method: 'POST', body: { code: bad } })).status, 401);
    const throttled = await call('/auth/totp', pending.token, { method: 'POST', body: { code: codeAt(secret, api().clock.now) } });
    assert.equal(throttled.status, 429);
    assert.ok(Number(throttled.headers.get('retry-after')) >= 1);
    laterBy(2_000);
    assert.equal((await call('/auth/totp', pending.token, { method: 'POST', body: { code: codeAt(secret, api().clock.now) } })).status, 200);
  });

  test('a recovery code completes a sign-in once; regenerating voids the old ones', async () => {
    const { id, email } = await person();
    const { recoveryCodes } = await enrolTotp((await signIn(email)).token);
    const [first, second] = recoveryCodes as [string, string];
    const pending = await signIn(email);
    const used = await call('/auth/recovery-code', pending.token, { method: 'POST', body: { code: first } });
    assert.equal(used.status, 200);
    assert.equal((await json(used)).data.secondFactor, 'passed');

    const again = await signIn(email);
    assert.equal((await call('/auth/recovery-code', again.token, { method: 'POST', body: { code: first } })).status, 401, 'used already');
    assert.equal((await call('/auth/recovery-code', again.token, { method: 'POST', body: { code: ` ${second.toUpperCase()} ` } })).status, 200, 'case and spaces do not matter');
    assert.equal((await json(await call('/auth/second-factors', again.token))).data.recoveryCodesLeft, 8);

    const regenerated = await json(await call('/auth/recovery-codes', again.token, { method: 'POST' }));
    assert.equal(regenerated.recoveryCodes.length, 10);
    assert.equal(regenerated.data.recoveryCodesLeft, 10);
    const third = await signIn(email);
    assert.equal((await call('/auth/recovery-code', third.token, { method: 'POST', body: { code: recoveryCodes[2] } })).status, 401, 'old codes stop working');
    assert.equal((await call('/auth/recovery-code', third.token, { method: 'POST', body: { code: regenerated.recoveryCodes[0] } })).status, 200);
    assert.ok((await auditOf('staff', id)).some((entry) => entry.operation === 'regenerate-recovery-codes'));
  });

  test('removing the authenticator app removes the recovery codes and the second step', async () => {
    const { id, email } = await person();
    const { secret } = await enrolTotp((await signIn(email)).token);
    laterBy(30_000);
    const pending = await signIn(email);
    assert.equal((await call('/auth/totp', pending.token, { method: 'DELETE' })).status, 401, 'not while pending');
    await call('/auth/totp', pending.token, { method: 'POST', body: { code: codeAt(secret, api().clock.now) } });
    const removed = await call('/auth/totp', pending.token, { method: 'DELETE' });
    assert.equal(removed.status, 200);
    assert.deepEqual((await json(removed)).data, { totp: false, passkeys: [], recoveryCodesLeft: 0, required: false });
    assert.equal((await signIn(email)).secondFactor, 'not-needed');
    assert.ok((await auditOf('staff', id)).some((entry) => entry.operation === 'remove-totp'));
  });

  test('a token has no second factor', async () => {
    const response = await api().request(`${base}/auth/totp/enrollment`, api().asEditor({ method: 'POST' }));
    assert.equal(response.status, 400);
    assert.equal((await json(response)).type, '/problems/not-a-session');
  });

  test('the policy "admins" makes an admin set up a factor before anything else; editors are not asked', async () => {
    const admin = await person(['admin']);
    const adminSession = await signIn(admin.email);
    assert.equal(adminSession.secondFactor, 'not-needed');
    const patched = await call('/settings', adminSession.token, { method: 'PATCH', body: { secondFactor: 'admins' } });
    assert.equal(patched.status, 200);
    try {
      const other = await person(['admin', 'editor']);
      const mustEnrol = await signIn(other.email);
      assert.equal(mustEnrol.secondFactor, 'pending');
      assert.deepEqual(mustEnrol.secondFactorOptions, ['enroll']);
      assert.equal((await call('/settings', mustEnrol.token)).status, 401);
      assert.equal((await call('/auth/totp', mustEnrol.token, { method: 'POST', body: { code: '123456' } })).status, 409, 'nothing to verify yet');

      const { factors, recoveryCodes } = await enrolTotp(mustEnrol.token);
      assert.equal(factors.required, true);
      assert.equal(recoveryCodes.length, 10);
      assert.equal((await json(await call('/auth/session', mustEnrol.token))).secondFactor, 'passed');
      assert.equal((await call('/settings', mustEnrol.token)).status, 200);
      const last = await call('/auth/totp', mustEnrol.token, { method: 'DELETE' });
      assert.equal(last.status, 409, 'the last factor of a person who needs one stays');
      assert.equal((await json(last)).type, '/problems/last-second-factor');

      const editor = await person(['editor']);
      assert.equal((await signIn(editor.email)).secondFactor, 'not-needed');
    } finally {
      const reset = await enrolAndReset(admin.email);
      assert.equal(reset, 200);
    }
  });

  test('the SDK walks the same path, and without a provider the sign-in page offers the password only', async () => {
    const { email } = await person();
    const client = (token?: string) => createClient({ baseUrl: 'http://api.test', tenant: 'musterkreis', token, retries: 0, fetch: async (request) => api().app.request(request) });
    const methods = await client().signInMethods.get();
    assert.deepEqual(methods, { data: { password: true, oidc: null } });
    assert.equal(client().signInMethods.oidcStartUrl(methods), undefined);
    assert.equal((await api().request(`${base}/auth/oidc/start`)).status, 404);

    const signedIn = client((await signIn(email)).token);
    const { data } = await signedIn.secondFactor.startTotpEnrollment();
    const enrolled = await signedIn.secondFactor.confirmTotpEnrollment(codeAt(data.secret, api().clock.now));
    assert.equal(enrolled.recoveryCodes.length, 10);
    laterBy(30_000);
    const pending = client((await signIn(email)).token);
    const wrong = await pending.secondFactor.verifyTotp(codeAt(data.secret, new Date(api().clock.now.getTime() - 5 * 60_000))).catch((error: unknown) => error);
    assert.ok(wrong instanceof ApiError && wrong.status === 401 && wrong.problem.type === '/problems/second-factor-failed');
    const passed = await pending.secondFactor.verifyTotp(codeAt(data.secret, api().clock.now));
    assert.equal(passed.data.secondFactor, 'passed');
    assert.equal((await pending.secondFactor.list()).data.recoveryCodesLeft, 10);
    assert.equal(client().signInMethods.sessionFromFragment('#session=ses_abcDEF-123_x'), 'ses_abcDEF-123_x');
    assert.equal(client().signInMethods.sessionFromFragment('#session=javascript:alert(1)'), undefined);
  });

  test('a passkey challenge expires after five minutes and works once; options for a pending sign-in need a passkey', async () => {
    const { email } = await person();
    const { token } = await signIn(email);
    const options = await call('/auth/passkeys/registration-options', token, { method: 'POST' });
    assert.equal(options.status, 200);
    const { data } = await json(options);
    assert.equal(data.rp.id, 'localhost', 'the relying party is the request origin without PUBLIC_BASE_URL');
    assert.equal(data.attestation, 'none');
    const answer = { response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: { clientDataJSON: 'e30', attestationObject: 'oA' }, clientExtensionResults: {} } };
    const broken = await call('/auth/passkeys', token, { method: 'POST', body: answer });
    assert.equal(broken.status, 400, 'an answer that does not verify is a 400, not a 500');
    assert.equal((await json(broken)).type, '/problems/passkey-not-verified');
    assert.equal((await call('/auth/passkeys', token, { method: 'POST', body: answer })).status, 410, 'the challenge was used up');
    await call('/auth/passkeys/registration-options', token, { method: 'POST' });
    laterBy(5 * 60_000 + 1);
    assert.equal((await call('/auth/passkeys', token, { method: 'POST', body: answer })).status, 410, 'expired');
    const { secret } = await enrolTotp(token);
    laterBy(30_000);
    const pending = await signIn(email);
    assert.equal((await call('/auth/passkey/options', pending.token, { method: 'POST' })).status, 409, 'no passkey to ask for');
    await call('/auth/totp', pending.token, { method: 'POST', body: { code: codeAt(secret, api().clock.now) } });
    assert.equal((await call('/auth/passkey/options', pending.token, { method: 'POST' })).status, 409, 'nothing pending');
  });

  test('an unreachable identity provider is a 502 problem; a callback without a started sign-in a 400', async () => {
    const { app } = createApp({ database: api().database, now: () => api().clock.now, oidc: { issuer: 'http://127.0.0.1:9/realms/none', clientId: 'x', clientSecret: 'y' } });
    const methods = await json(await app.request(`${base}/auth/methods`));
    assert.equal(methods.data.oidc.startUrl, `${base}/auth/oidc/start`);
    const start = await app.request(`${base}/auth/oidc/start`);
    assert.equal(start.status, 502);
    assert.equal((await json(start)).type, '/problems/oidc-unavailable');
    const callback = await app.request(`${base}/auth/oidc/callback?code=abc&state=unbekannt`);
    assert.equal(callback.status, 400);
    assert.equal((await json(callback)).type, '/problems/oidc-state');
    const other = createApp({ database: api().database, oidc: { issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', tenant: 'anderswo' } }).app;
    assert.equal((await json(await other.request(`${base}/auth/methods`))).data.oidc, null, 'OIDC_TENANT limits the provider to one tenant');
  });

  /** The first admin, now asked to enrol too, enrols and puts the policy back. */
  async function enrolAndReset(email: string) {
    const session = await signIn(email);
    if (session.secondFactor === 'pending') await enrolTotp(session.token);
    return (await call('/settings', session.token, { method: 'PATCH', body: { secondFactor: 'optional' } })).status;
  }
});
