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
