/**
 * The SDK's office side against the real HTTP server: invite a person, set
 * the password by link, sign in, work with the session, meet a 412 with the
 * other version, read the audit trail, sign out.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiError, createClient, type TeilhabeClient } from '@teilhabe/sdk';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

let live: LiveServer;
let admin: TeilhabeClient;
let anonymous: TeilhabeClient;

before(async () => {
  live = await startLiveServer();
  anonymous = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, timeoutMs: 30_000 });
  admin = anonymous.withToken(live.adminToken);
});
after(async () => {
  await live?.close();
});

async function signedInPerson(roles: Array<'admin' | 'editor' | 'bookings'>, email: string) {
  const invited = await admin.staff.invite({ email, name: 'Person aus dem Büro', roles });
  const linkToken = new URL(invited.setPasswordUrl).hash.replace('#token=', '');
  await anonymous.auth.setPassword(linkToken, 'Ein Satz mit vielen Wörtern');
  const session = await anonymous.auth.signIn(email, 'Ein Satz mit vielen Wörtern');
  assert.match(session.token!, /^ses_/);
  return anonymous.withToken(session.token);
}

test('sign in, read a record as stored, and a stale version becomes an ApiError 412 with the current record', async () => {
  const alice = await signedInPerson(['editor'], 'alice@musterkreis.example');
  const bob = await signedInPerson(['editor'], 'bob@musterkreis.example');
  assert.equal((await alice.auth.session()).staff.email, 'alice@musterkreis.example');

  const page = await alice.records.list('organizations', { limit: 5 });
  assert.equal(page.data.length, 5);
  const id = page.data[0]!.id;
  const seen = await alice.records.get('organizations', id);
  const input = seen.data as never;

  await bob.organizations.put(id, { ...(seen.data as object), name: 'Von Bob geändert' } as never, { version: seen.meta.version });
  const stale = await alice.organizations.put(id, input, { version: seen.meta.version }).catch((error: unknown) => error);
  assert.ok(stale instanceof ApiError);
  assert.equal(stale.status, 412);
  assert.equal((stale.problem as unknown as { current: { name: string } }).current.name, 'Von Bob geändert');

  const audit = await admin.audit.list({ recordType: 'organization', recordId: id });
  assert.equal(audit.data[0]!.actor.name, 'Person aus dem Büro');
  assert.equal(audit.data[0]!.changes.name?.after, 'Von Bob geändert');
});

test('confirm unchanged through the SDK: verifiedAt now, version up; with a stale version an ApiError 412', async () => {
  const editor = await signedInPerson(['editor'], 'pruefung@musterkreis.example');
  const id = (await editor.records.list('events', { limit: 1 })).data[0]!.id;
  const seen = await editor.records.get('events', id);
  const confirmed = await editor.records.confirm('events', id, { version: seen.meta.version });
  assert.equal(confirmed.meta.version, seen.meta.version + 1);
  assert.ok(Date.now() - Date.parse(confirmed.meta.verifiedAt!) < 60_000);
  const stale = await editor.records.confirm('events', id, { version: seen.meta.version }).catch((error: unknown) => error);
  assert.ok(stale instanceof ApiError);
  assert.equal(stale.status, 412);
});

test('roles are enforced through the SDK: 403 as ApiError; sign-out ends the session (401)', async () => {
  const bookings = await signedInPerson(['bookings'], 'raeume@musterkreis.example');
  const forbidden = await bookings.staff.list().catch((error: unknown) => error);
  assert.ok(forbidden instanceof ApiError);
  assert.equal(forbidden.status, 403);
  await bookings.auth.signOut();
  const ended = await bookings.auth.session().catch((error: unknown) => error);
  assert.ok(ended instanceof ApiError);
  assert.equal(ended.status, 401);
});

test('tokens and settings through the SDK', async () => {
  const created = await admin.tokens.create({ name: 'Import Ausländerbehörde', roles: ['editor'] });
  assert.match(created.token, /^tk_/);
  const program = anonymous.withToken(created.token);
  assert.ok((await program.records.list('events', { limit: 1 })).data.length === 1);
  await admin.tokens.revoke(created.data.id);
  const revoked = await program.records.list('events').catch((error: unknown) => error);
  assert.ok(revoked instanceof ApiError && revoked.status === 401);
  const settings = await admin.settings.update({ requestDigestAfterDays: 5 });
  assert.equal(settings.data.requestDigestAfterDays, 5);
  const tooMany = await anonymous.auth.signIn('nobody@musterkreis.example', 'wrong').catch((error: unknown) => error);
  assert.ok(tooMany instanceof ApiError && tooMany.status === 401);
});

test('the outbox through the SDK: the invitation mails wait there; only failed mails can be sent again', async () => {
  const pending = await admin.outbox.list({ status: 'pending' });
  const invitation = pending.data.find((mail) => mail.recipient === 'alice@musterkreis.example');
  assert.ok(invitation, 'the invitation of the first test is queued');
  assert.equal(invitation.kind, 'staff-link');
  const notFailed = await admin.outbox.retry(invitation.id).catch((error: unknown) => error);
  assert.ok(notFailed instanceof ApiError && notFailed.status === 409);
  const editor = await signedInPerson(['editor'], 'nur-redaktion@musterkreis.example');
  const forbidden = await editor.outbox.list().catch((error: unknown) => error);
  assert.ok(forbidden instanceof ApiError && forbidden.status === 403);
});
