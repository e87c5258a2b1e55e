/**
 * Public revalidation by the tenant's data version: a matching If-None-Match
 * is answered 304 without a database query; a write through one instance is
 * seen through another on the same PostgreSQL, and an instance in another
 * process accepts the other's tags; a POST that only reads keeps
 * the version; routes that show bookings keep their body ETags.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { createTestDatabase } from '../support/postgres-cluster.js';
import { spawnServer, stopProcess } from '../support/server-process.js';
import { waitFor } from '../support/wait.js';

const TENANT = '/v1/musterkreis';

/** Counts the connections the server takes from its pool: every query takes one. */
function countQueries(database: Database) {
  let count = 0;
  database.pool.on('acquire', () => (count += 1));
  return () => count;
}

async function startInstance(databaseUrl?: string): Promise<{ database: Database; server: RunningServer }> {
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: 'memory://' });
  const server = await startServer({ database, port: 0, jobs: false, outboxWorker: false, bookingRateLimit: { max: 10_000, windowMs: 60_000 } });
  return { database, server };
}

async function renameOrganization(baseUrl: string, token: string, id: string, name: string) {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const stored = await fetch(`${baseUrl}${TENANT}/records/organizations/${id}`, { headers });
  assert.equal(stored.status, 200, await stored.clone().text());
  const { data } = (await stored.json()) as { data: Record<string, unknown> };
  const saved = await fetch(`${baseUrl}${TENANT}/organizations/${id}`, { method: 'PUT', headers: { ...headers, 'If-Match': stored.headers.get('etag')! }, body: JSON.stringify({ ...data, name }) });
  assert.equal(saved.status, 200, await saved.clone().text());
}

describe('revalidation by data version', { timeout: 600_000 }, () => {
  test('a matching If-None-Match is answered 304 before any query; a write changes the tag at once (PGlite)', async () => {
    const { database, server } = await startInstance();
    try {
      await seedDataset(database.db, demoDataset());
      const { token } = await createApiToken(database.db, 'musterkreis', 'revalidation', ['editor']);
      const queries = countQueries(database);
      const list = `${server.url}${TENANT}/organizations?topic=youth-education&limit=5`;
      const first = await fetch(list);
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^W\/"d\d+-/);
      const firstId = ((await first.json()) as { data: Array<{ id: string }> }).data[0]!.id;

      await fetch(list, { headers: { 'If-None-Match': etag } }); // the version is in memory from here on
      const before = queries();
      for (let i = 0; i < 20; i += 1) {
        const again = await fetch(list, { headers: { 'If-None-Match': etag, 'Accept-Language': 'de' } });
        assert.equal(again.status, 304);
        assert.equal(again.headers.get('etag'), etag);
      }
      assert.equal(queries() - before, 0, 'no query for twenty revalidations');

      // The funding match is a POST that only reads (`x-reads-only`): the version stays in memory.
      const match = await fetch(`${server.url}${TENANT}/funding-programs/match?limit=1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      assert.equal(match.status, 200);
      const afterMatch = queries();
      assert.equal((await fetch(list, { headers: { 'If-None-Match': etag } })).status, 304);
      assert.equal(queries() - afterMatch, 0, 'no query to revalidate after a funding match');

      const otherLanguage = await fetch(list, { headers: { 'If-None-Match': etag, 'Accept-Language': 'tr' } });
      assert.equal(otherLanguage.status, 200, 'another language is another representation');

      await renameOrganization(server.url, token, firstId, 'Neu benannter Verein');
      const afterWrite = await fetch(list, { headers: { 'If-None-Match': etag } });
      assert.equal(afterWrite.status, 200, 'the write is seen by the next revalidation');
      assert.notEqual(afterWrite.headers.get('etag'), etag);
      const detail = await fetch(`${server.url}${TENANT}/organizations/${firstId}`);
      assert.equal(((await detail.json()) as { data: { name: string } }).data.name, 'Neu benannter Verein');
    } finally {
      await server.close();
      await database.close();
    }
  });

  test('availability shows bookings, so it keeps the ETag of its body', async () => {
    const { database, server } = await startInstance();
    try {
      await seedDataset(database.db, demoDataset());
      const rooms = (await (await fetch(`${server.url}${TENANT}/rooms?limit=1`)).json()) as { data: Array<{ id: string }> };
      const availability = await fetch(`${server.url}${TENANT}/rooms/${rooms.data[0]!.id}/availability?from=2027-01-04T00:00:00Z&to=2027-01-11T00:00:00Z`);
      assert.equal(availability.status, 200);
      assert.doesNotMatch(availability.headers.get('etag') ?? '', /^W\/"d\d+-/);
      const freeSearch = await fetch(`${server.url}${TENANT}/rooms?freeFrom=2027-01-04`);
      assert.doesNotMatch(freeSearch.headers.get('etag') ?? '', /^W\/"d\d+-/);
    } finally {
      await server.close();
      await database.close();
    }
  });

  test('an instance in another process answers 304 to the tag of the first (one build, one tag, as a proxy in front of both needs)', async () => {
    const databaseUrl = await createTestDatabase();
    const seed = await openDatabase({ databaseUrl });
    await seedDataset(seed.db, demoDataset());
    await seed.close();
    const a = await startInstance(databaseUrl);
    const b = await spawnServer({ DATABASE_URL: databaseUrl });
    try {
      const path = `${TENANT}/organizations?topic=youth-education&limit=20`;
      const fromA = await fetch(`${a.server.url}${path}`);
      assert.equal(fromA.status, 200);
      const etag = fromA.headers.get('etag')!;
      assert.match(etag, /^W\/"d\d+-/);
      const fromB = await fetch(`${b.url}${path}`, { headers: { 'If-None-Match': etag } });
      assert.equal(fromB.status, 304, 'B renders with the same code, so it must accept A\'s tag');
      assert.equal(fromB.headers.get('etag'), etag);
    } finally {
      await stopProcess(b.child);
      await a.server.close();
      await a.database.close();
    }
  });

  test('two instances on one PostgreSQL: a write through A is seen through B, which then revalidates without a query again', async () => {
    const databaseUrl = await createTestDatabase();
    const seed = await openDatabase({ databaseUrl });
    await seedDataset(seed.db, demoDataset());
    const { token } = await createApiToken(seed.db, 'musterkreis', 'revalidation', ['editor']);
    await seed.close();
    const [a, b] = [await startInstance(databaseUrl), await startInstance(databaseUrl)];
    try {
      const detailPath = async (server: RunningServer) => {
        const list = (await (await fetch(`${server.url}${TENANT}/organizations?limit=1`)).json()) as { data: Array<{ id: string }> };
        return list.data[0]!.id;
      };
      const id = await detailPath(b.server);
      const onB = `${b.server.url}${TENANT}/organizations/${id}`;
      const etag = (await fetch(onB)).headers.get('etag')!;
      assert.equal((await fetch(onB, { headers: { 'If-None-Match': etag } })).status, 304);

      await renameOrganization(a.server.url, token, id, 'Über Instanz A umbenannt');
      // The notification reaches B at A's commit; B must not answer 304 after that.
      const seen = await waitFor(async () => {
        const response = await fetch(onB, { headers: { 'If-None-Match': etag } });
        return response.status === 200 ? response : undefined;
      }, 'B sees the write of A');
      assert.ok(JSON.stringify(await seen.json()).includes('Über Instanz A umbenannt'));

      const newTag = seen.headers.get('etag')!;
      await fetch(onB, { headers: { 'If-None-Match': newTag } });
      const queries = countQueries(b.database);
      assert.equal((await fetch(onB, { headers: { 'If-None-Match': newTag } })).status, 304);
      assert.equal(queries(), 0);
    } finally {
      for (const { server, database } of [a, b]) {
        await server.close();
        await database.close();
      }
    }
  });
});
