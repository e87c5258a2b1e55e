/**
 * "Confirm unchanged" on every collection: `verifiedAt` becomes now and
 * nothing else changes, the version rises, the audit trail names who
 * confirmed, a stale `If-Match` is a 412, the role is checked — on both backends.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bearer, sessionFor, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json } from '../support/test-api.js';

describeOnBothBackends('confirming records unchanged', (api) => {
  test('each collection: verifiedAt set, the rest as before, version up, audited as confirm', async () => {
    const person = await sessionFor(api(), ['editor', 'bookings']);
    const admin = await tokenWith(api(), ['admin']);
    for (const [collection, recordType] of [['organizations', 'organization'], ['venues', 'venue'], ['rooms', 'room'], ['events', 'event'], ['funding-programs', 'funding-program']] as const) {
      const list = await json(await api().request(`/v1/musterkreis/records/${collection}?limit=1`, bearer(person.secret)));
      const id = list.data[0].id as string;
      const before = await json(await api().request(`/v1/musterkreis/records/${collection}/${id}`, bearer(person.secret)));
      const startedAt = api().clock.now.getTime();
      const response = await api().request(`/v1/musterkreis/records/${collection}/${id}/confirmation`, bearer(person.secret, { method: 'POST', headers: { 'If-Match': `"${before.meta.version}"` } }));
      assert.equal(response.status, 200, `${collection}: ${await response.clone().text()}`);
      const confirmed = await json(response);
      assert.equal(confirmed.meta.version, before.meta.version + 1, collection);
      assert.equal(response.headers.get('etag'), `"${confirmed.meta.version}"`);
      assert.equal(confirmed.meta.verifiedAt, api().clock.now.toISOString(), `${collection}: verifiedAt is the server's now`);
      const { verifiedAt: _was, ...restBefore } = before.data;
      const { verifiedAt: _now, ...restAfter } = confirmed.data;
      assert.deepEqual(restAfter, restBefore, `${collection}: nothing else changed`);

      const stale = await api().request(`/v1/musterkreis/records/${collection}?limit=100&staleSince=${encodeURIComponent(new Date(startedAt - 60_000).toISOString())}`, bearer(person.secret));
      assert.ok(!(await json(stale)).data.some((row: { id: string }) => row.id === id), `${collection}: no longer stale`);

      const audit = await json(await api().request(`/v1/musterkreis/audit?recordType=${recordType}&recordId=${encodeURIComponent(id)}`, bearer(admin)));
      assert.equal(audit.data[0].operation, 'confirm', collection);
      assert.equal(audit.data[0].actor.kind, 'staff');
      assert.deepEqual(Object.keys(audit.data[0].changes), ['verifiedAt'], `${collection}: the audit row shows only the date`);
    }
  });

  test('a stale If-Match is a 412 with the current record; an unknown record 404; the wrong role 403; nobody 401', async () => {
    const editor = await tokenWith(api(), ['editor']);
    const list = await json(await api().request('/v1/musterkreis/records/organizations?limit=1', bearer(editor)));
    const id = list.data[0].id as string;
    const seen = await json(await api().request(`/v1/musterkreis/records/organizations/${id}`, bearer(editor)));
    const confirm = (secret: string | undefined, ifMatch?: string, target = id) =>
      api().request(`/v1/musterkreis/records/organizations/${target}/confirmation`, secret ? bearer(secret, { method: 'POST', headers: ifMatch ? { 'If-Match': ifMatch } : {} }) : { method: 'POST' });

    assert.equal((await confirm(editor, `"${seen.meta.version}"`)).status, 200);
    const stale = await confirm(editor, `"${seen.meta.version}"`);
    assert.equal(stale.status, 412);
    assert.equal((await json(stale)).currentVersion, seen.meta.version + 1);
    assert.equal((await confirm(editor, 'nonsense')).status, 400);
    assert.equal((await confirm(editor, undefined, 'gibt-es-nicht')).status, 404);
    assert.equal((await confirm(await tokenWith(api(), ['bookings']))).status, 403);
    assert.equal((await confirm(undefined)).status, 401);
  });
});
