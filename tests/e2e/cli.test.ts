/** The command line on a real PostgreSQL server: seed the demo, create a token, use it. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { createApp } from '../../packages/server/src/app.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { createTestDatabase } from '../support/postgres-cluster.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

function cli(args: string[], databaseUrl: string) {
  return run(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

test('seed, then `token create` prints a token that authorises writes of that tenant only', { timeout: 120_000 }, async () => {
  const databaseUrl = await createTestDatabase();
  const seeded = await cli(['seed'], databaseUrl);
  assert.match(seeded.stdout, /musterkreis/);

  const created = await cli(['token', 'create', '--tenant', 'musterkreis', '--name', 'integrationsbuero'], databaseUrl);
  const token = created.stdout.trim();
  assert.match(token, /^tk_[\w-]{40,}$/);

  const unknownTenant = await cli(['token', 'create', '--tenant', 'nirgendwo', '--name', 'x'], databaseUrl).catch((error: { code: number; stderr: string }) => error);
  assert.equal((unknownTenant as { code: number }).code, 2);

  const database = await openDatabase({ databaseUrl });
  try {
    const stored = await database.db.selectFrom('api_tokens').select('token_hash').execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.token_hash, token, 'only a hash is stored');
    const { app } = createApp({ database });
    const remove = (authorization: string) =>
      app.request('/v1/musterkreis/funding-programs/no-such-programme', { method: 'DELETE', headers: { Authorization: authorization } });
    assert.equal((await remove(`Bearer ${token}`)).status, 404, 'authorised, and the programme does not exist');
    assert.equal((await remove('Bearer tk_wrong')).status, 401);
  } finally {
    await database.close();
  }
});

test('a municipality sets up its own tenant from an empty database, creates its staff and signs in', { timeout: 180_000 }, async () => {
  const databaseUrl = await createTestDatabase();
  const fail = (error: { code: number; stderr: string }) => error;

  const created = await cli(['tenant', 'create', '--id', 'stadt-beispielhausen', '--name', 'Stadt Beispielhausen', '--locales', 'de,en,tr,ar', '--cors', 'https://www.beispielhausen.example', '--office-email', 'integration@beispielhausen.example'], databaseUrl);
  assert.match(created.stdout, /Created the tenant "stadt-beispielhausen"/);
  const taken = (await cli(['tenant', 'create', '--id', 'stadt-beispielhausen', '--name', 'Noch einmal'], databaseUrl).catch(fail)) as { code: number; stderr: string };
  assert.equal(taken.code, 2);
  assert.match(taken.stderr, /exists already/);
  const badId = (await cli(['tenant', 'create', '--id', 'Stadt Beispielhausen!', '--name', 'X'], databaseUrl).catch(fail)) as { code: number; stderr: string };
  assert.equal(badId.code, 2);
  assert.match(badId.stderr, /not a valid tenant id/);

  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const areasFile = join(mkdtempSync(join(tmpdir(), 'tk-areas-')), 'areas.csv');
  writeFileSync(areasFile, '\uFEFFcode;de;en\nnordstadt;Nordstadt;North Town\nsuedstadt;Südstadt;South Town\n');
  assert.match((await cli(['taxonomy', 'import', '--tenant', 'stadt-beispielhausen', '--file', areasFile], databaseUrl)).stdout, /Imported 2 terms into areas/);

  const withLink = await cli(['user', 'create', '--tenant', 'stadt-beispielhausen', '--email', 'Leitung@Beispielhausen.example', '--name', 'Leitung Integrationsbüro', '--role', 'admin,editor'], databaseUrl);
  const link = /https?:\/\/\S+#token=(\S+)/.exec(withLink.stdout);
  assert.ok(link, withLink.stdout);
  const { spawnSync } = await import('node:child_process');
  const withStdin = (password: string, email: string) =>
    spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', 'user', 'create', '--tenant', 'stadt-beispielhausen', '--email', email, '--name', 'Raumvergabe', '--role', 'bookings', '--password-stdin'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      input: `${password}\n`,
      encoding: 'utf8',
    });
  const weak = withStdin('kurz', 'raeume@beispielhausen.example');
  assert.equal(weak.status, 2, weak.stderr);
  assert.match(weak.stderr, /mindestens 12 Zeichen/);
  const scripted = withStdin('Raumvergabe am Marktplatz 12', 'raeume@beispielhausen.example');
  assert.equal(scripted.status, 0, scripted.stderr);
  assert.doesNotMatch(scripted.stdout, /token=/, 'no link when the password is given');
  const listed = await cli(['user', 'list', '--tenant', 'stadt-beispielhausen'], databaseUrl);
  assert.match(listed.stdout, /leitung@beispielhausen\.example\tLeitung Integrationsbüro\tadmin,editor\tinvited/);

  const database = await openDatabase({ databaseUrl });
  try {
    const { app } = createApp({ database });
    const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await post('/v1/stadt-beispielhausen/auth/password', { token: link[1], password: 'Drei Brücken über die Aue' })).status, 204);
    const signedIn = await post('/v1/stadt-beispielhausen/auth/sign-in', { email: 'leitung@beispielhausen.example', password: 'Drei Brücken über die Aue' });
    assert.equal(signedIn.status, 200);
    const { token } = (await signedIn.json()) as { token: string };
    const settings = (await (await app.request('/v1/stadt-beispielhausen/settings', { headers: { Authorization: `Bearer ${token}` } })).json()) as { data: Record<string, unknown> };
    assert.deepEqual(settings.data.corsOrigins, ['https://www.beispielhausen.example']);
    assert.equal(settings.data.officeEmail, 'integration@beispielhausen.example');
    const topics = (await (await app.request('/v1/stadt-beispielhausen/taxonomies/topics?locale=ar')).json()) as { data: Array<{ label: string }> };
    assert.ok(topics.data.length >= 15, 'the standard topics are there');
    const areas = (await (await app.request('/v1/stadt-beispielhausen/taxonomies/areas?locale=en')).json()) as { data: Array<{ code: string; label: string }> };
    assert.deepEqual(areas.data.map((area) => area.label), ['North Town', 'South Town']);
    const organizations = (await (await app.request('/v1/stadt-beispielhausen/organizations')).json()) as { meta: { total: number } };
    assert.equal(organizations.meta.total, 0, 'a new tenant has no records');
    assert.equal((await post('/v1/stadt-beispielhausen/auth/sign-in', { email: 'raeume@beispielhausen.example', password: 'Raumvergabe am Marktplatz 12' })).status, 200);
    const staff = await database.db.selectFrom('staff').select('email').where('tenant_id', '=', 'stadt-beispielhausen').orderBy('email').execute();
    assert.deepEqual(staff.map((row) => row.email), ['leitung@beispielhausen.example', 'raeume@beispielhausen.example'], 'no demo account in a tenant made with tenant create');
  } finally {
    await database.close();
  }
});
