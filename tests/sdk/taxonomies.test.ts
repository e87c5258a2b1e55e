/**
 * The SDK's taxonomy calls against the real HTTP server: the office's terms
 * with every locale, creating a term (and refusing to replace one), renaming
 * with the version read, the public read in a locale, and the refusal to
 * delete a term in use as an ApiError 409 that counts the records.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiError, createClient, type TeilhabeClient } from '@teilhabe/sdk';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

let live: LiveServer;
let anonymous: TeilhabeClient;
let staff: TeilhabeClient;

before(async () => {
  live = await startLiveServer();
  anonymous = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, timeoutMs: 30_000 });
  staff = anonymous.withToken(live.adminToken);
});
after(async () => {
  await live?.close();
});

test('create, refuse a second create, rename with the version, read in Turkish, delete', async () => {
  const { data: created } = await staff.taxonomies.putTerm('areas', 'sdk-dorf', { label: { de: 'SDK-Dorf' } }, { create: true });
  assert.equal(created.version, 1);
  const again = await staff.taxonomies.putTerm('areas', 'sdk-dorf', { label: { de: 'Noch eins' } }, { create: true }).catch((error: unknown) => error);
  assert.ok(again instanceof ApiError && again.status === 412, String(again));

  const { data: renamed } = await staff.taxonomies.putTerm('areas', 'sdk-dorf', { label: { de: 'SDK-Dorf', tr: 'SDK köyü' }, machineTranslated: ['tr'] }, { version: created.version });
  assert.equal(renamed.version, 2);
  const stale = await staff.taxonomies.putTerm('areas', 'sdk-dorf', { label: { de: 'Alt' } }, { version: 1 }).catch((error: unknown) => error);
  assert.ok(stale instanceof ApiError && stale.status === 412);

  const turkish = (await anonymous.taxonomies.get('areas', { locale: 'tr' })).data.find((term) => term.code === 'sdk-dorf');
  assert.equal(turkish?.label, 'SDK köyü');
  assert.deepEqual(turkish?.translation.machineTranslated, ['label']);

  const stored = (await staff.taxonomies.terms('areas')).data.find((term) => term.code === 'sdk-dorf');
  assert.deepEqual(stored?.label, { de: 'SDK-Dorf', tr: 'SDK köyü' });
  await staff.taxonomies.deleteTerm('areas', 'sdk-dorf', { version: 2 });
  assert.ok(!(await staff.taxonomies.terms('areas')).data.some((term) => term.code === 'sdk-dorf'));
});

test('a term in use is refused with 409 term-in-use and the counts', async () => {
  const used = (await staff.taxonomies.terms('areas')).data.find((term) => term.usage.total > 0)!;
  const refused = await staff.taxonomies.deleteTerm('areas', used.code).catch((error: unknown) => error);
  assert.ok(refused instanceof ApiError);
  assert.equal(refused.status, 409);
  assert.equal(refused.problem.type, '/problems/term-in-use');
  assert.equal((refused.problem as unknown as { usage: { total: number } }).usage.total, used.usage.total);
  const anonymousWrite = await anonymous.taxonomies.deleteTerm('areas', used.code).catch((error: unknown) => error);
  assert.ok(anonymousWrite instanceof ApiError && anonymousWrite.status === 401);
});
