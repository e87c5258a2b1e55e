/**
 * Nothing silently overwritten, everything traced: staff reads carry the
 * version, a stale If-Match is a 412 with the current record, and every kind
 * of write leaves an audit row with who and what changed — on both backends.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bearer, sessionFor, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const ORG = 'ukrainischer-elternverein-neuhausen';

async function storedOrganization(api: TestApi, secret: string) {
  const response = await api.request(`/v1/musterkreis/records/organizations/${ORG}`, bearer(secret));
  assert.equal(response.status, 200);
  return { etag: response.headers.get('etag')!, body: await json(response) };
}

async function auditOf(api: TestApi, secret: string, recordType: string, recordId: string) {
  const response = await api.request(`/v1/musterkreis/audit?recordType=${recordType}&recordId=${encodeURIComponent(recordId)}`, bearer(secret));
  assert.equal(response.status, 200);
  return (await json(response)).data as Array<{ operation: string; actor: { kind: string; name: string }; changes: Record<string, { before?: unknown; after?: unknown }> }>;
}

describeOnBothBackends('records and audit', (api) => {
  test('a staff read shows the record as stored, with contacts the public never sees, and its version as ETag', async () => {
    const editor = await tokenWith(api(), ['editor']);
    const { etag, body } = await storedOrganization(api(), editor);
    assert.match(etag, /^"\d+"$/);
    assert.equal(body.meta.version, Number(etag.replaceAll('"', '')));
    assert.ok(body.data.description.de, 'every locale of the description is there');
    const publicView = await json(await api().request(`/v1/musterkreis/organizations/${ORG}`));
    const hidden = (body.data.contacts as Array<{ name: string; publicationConsent: boolean }>).filter((contact) => !contact.publicationConsent);
    assert.ok(hidden.length > 0, 'the demo record has a contact without consent');
    for (const contact of hidden) assert.ok(!JSON.stringify(publicView).includes(contact.name), `${contact.name} is not public`);
    assert.equal((await api().request(`/v1/musterkreis/records/organizations/${ORG}`)).status, 401);
  });

  test('a write with a stale If-Match is a 412 with the current record; nothing is overwritten', async () => {
    const alice = await sessionFor(api(), ['editor']);
    const bob = await sessionFor(api(), ['editor']);
    const seen = await storedOrganization(api(), alice.secret);
    const put = (secret: string, etag: string, name: string) =>
      api().request(`/v1/musterkreis/organizations/${ORG}`, bearer(secret, { method: 'PUT', headers: { 'If-Match': etag }, body: JSON.stringify({ ...seen.body.data, name }) }));

    const first = await put(bob.secret, seen.etag, 'Ukrainischer Elternverein (Bob)');
    assert.equal(first.status, 200);
    const newTag = first.headers.get('etag')!;
    assert.notEqual(newTag, seen.etag);

    const stale = await put(alice.secret, seen.etag, 'Ukrainischer Elternverein (Alice)');
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('content-type'), 'application/problem+json');
    const problem = await json(stale);
    assert.equal(problem.currentVersion, Number(newTag.replaceAll('"', '')));
    assert.equal(problem.current.name, 'Ukrainischer Elternverein (Bob)');
    assert.equal((await storedOrganization(api(), alice.secret)).body.data.name, 'Ukrainischer Elternverein (Bob)', "Bob's change stays");

    const retried = await put(alice.secret, newTag, 'Ukrainischer Elternverein');
    assert.equal(retried.status, 200);
    assert.equal((await api().request(`/v1/musterkreis/organizations/${ORG}`, bearer(alice.secret, { method: 'PUT', headers: { 'If-Match': 'nonsense' }, body: '{}' }))).status, 400);
  });

  test('every kind of write leaves an audit row naming who did it and what changed', async () => {
    const editorPerson = await sessionFor(api(), ['editor', 'bookings']);
    const admin = await tokenWith(api(), ['admin']);
    const { body, etag } = await storedOrganization(api(), editorPerson.secret);
    await api().request(`/v1/musterkreis/organizations/${ORG}`, bearer(editorPerson.secret, { method: 'PUT', headers: { 'If-Match': etag }, body: JSON.stringify({ ...body.data, website: 'https://elternverein.example.org/neu' }) }));
    const orgAudit = await auditOf(api(), admin, 'organization', ORG);
    assert.equal(orgAudit[0]!.operation, 'update');
    assert.equal(orgAudit[0]!.actor.kind, 'staff');
    assert.equal(orgAudit[0]!.changes.website!.after, 'https://elternverein.example.org/neu');
    assert.deepEqual(Object.keys(orgAudit[0]!.changes), ['website'], 'only what changed');

    // Every other kind: room, event, funding programme, venue (PUT as stored), booking decision, staff, settings, token.
    for (const [collection, type, id] of [['rooms', 'room', 'rathaus-sitzungszimmer'], ['events', 'event', null], ['funding-programs', 'funding-program', null], ['venues', 'venue', null]] as const) {
      const list = await json(await api().request(`/v1/musterkreis/records/${collection}?limit=1`, bearer(editorPerson.secret)));
      const recordId = id ?? list.data[0].id;
      const stored = await api().request(`/v1/musterkreis/records/${collection}/${recordId}`, bearer(editorPerson.secret));
      const record = await json(stored);
      const written = await api().request(`/v1/musterkreis/${collection}/${recordId}`, bearer(editorPerson.secret, { method: 'PUT', headers: { 'If-Match': stored.headers.get('etag')! }, body: JSON.stringify(record.data) }));
      assert.equal(written.status, 200, `${collection}: ${await written.clone().text()}`);
      const rows = await auditOf(api(), admin, type, recordId);
      assert.equal(rows[0]?.operation, 'update', `${collection} is audited`);
    }

    const created = await json(await api().request('/v1/musterkreis/tokens', bearer(admin, { method: 'POST', body: JSON.stringify({ name: `import-${api().backend}`, roles: ['editor'] }) })));
    assert.match(created.token, /^tk_/);
    await api().request(`/v1/musterkreis/tokens/${created.data.id}`, bearer(admin, { method: 'DELETE' }));
    const tokenAudit = await auditOf(api(), admin, 'token', created.data.id);
    assert.deepEqual(tokenAudit.map((row) => row.operation), ['revoke', 'create']);
    assert.ok(!JSON.stringify(tokenAudit).includes(created.token), 'the token itself is never in the audit trail');

    await api().request('/v1/musterkreis/settings', bearer(admin, { method: 'PATCH', body: JSON.stringify({ bookingRetentionDays: 60 }) }));
    const settingsAudit = await auditOf(api(), admin, 'settings', 'musterkreis');
    assert.deepEqual(settingsAudit[0]!.changes.bookingRetentionDays, { before: 90, after: 60 });

    const staffAudit = await auditOf(api(), admin, 'staff', editorPerson.id);
    assert.ok(staffAudit.some((row) => row.operation === 'create'));
    assert.ok(!JSON.stringify(staffAudit).includes(editorPerson.password), 'no password in the audit trail');

    const byPerson = await json(await api().request(`/v1/musterkreis/audit?actor=${editorPerson.id}&limit=100`, bearer(admin)));
    assert.ok(byPerson.data.length >= 5, 'the audit trail can be read by person');
  });

  test('settings: admins only, validated, applied to CORS at once', async () => {
    const admin = await tokenWith(api(), ['admin']);
    const editor = await tokenWith(api(), ['editor']);
    assert.equal((await api().request('/v1/musterkreis/settings', bearer(editor))).status, 403);
    const invalid = await api().request('/v1/musterkreis/settings', bearer(admin, { method: 'PATCH', body: JSON.stringify({ officeEmail: 'kein-mail', bookingRetentionDays: 0 }) }));
    assert.equal(invalid.status, 400);
    assert.deepEqual((await json(invalid)).errors.map((e: { path: string }) => e.path).sort(), ['bookingRetentionDays', 'officeEmail']);
    const changed = await api().request('/v1/musterkreis/settings', bearer(admin, { method: 'PATCH', body: JSON.stringify({ corsOrigins: ['https://www.musterkreis.example'], officeEmail: 'integration@musterkreis.example' }) }));
    assert.equal(changed.status, 200);
    const cors = await api().request('/v1/musterkreis/organizations', { headers: { Origin: 'https://www.musterkreis.example' } });
    assert.equal(cors.headers.get('access-control-allow-origin'), 'https://www.musterkreis.example');
    const other = await api().request('/v1/musterkreis/organizations', { headers: { Origin: 'https://elsewhere.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    await api().request('/v1/musterkreis/settings', bearer(admin, { method: 'PATCH', body: JSON.stringify({ corsOrigins: ['*'] }) }));
  });
});
