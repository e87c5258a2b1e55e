/**
 * Delivery that loses nothing, with real processes and a real SMTP server:
 * a server killed (SIGKILL) after the booking was written and before its
 * mail went out sends it after the restart; two instances on one PostgreSQL
 * send every mail exactly once and share the public rate limit.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { startServer } from '../../packages/server/src/server.js';
import { bookingRequest } from '../support/booking-fixtures.js';
import { createTestDatabase, freePort } from '../support/postgres-cluster.js';
import { addressesOf, startSmtpSink } from '../support/smtp-sink.js';
import { openRoomInput } from '../support/open-room.js';
import { spawnServer, stopProcess } from '../support/server-process.js';

/** A room that needs approval, with no notice period, in the first demo venue. */
async function putRoom(baseUrl: string, token: string, id: string, contactEmail: string) {
  const rooms = await (await fetch(`${baseUrl}/v1/musterkreis/rooms?limit=1`)).json();
  const response = await fetch(`${baseUrl}/v1/musterkreis/rooms/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(openRoomInput(id, rooms.data[0].venue.id, { name: `Testraum ${id}`, contactEmail })),
  });
  assert.equal(response.status, 200, await response.text());
}

/** Hour `n` (0–23) of a day a month from now, in UTC; 50 minutes long. */
const slot = (n: number) => {
  const day = new Date(Date.now() + 30 * 86_400_000);
  day.setUTCHours(0, 0, 0, 0);
  const start = new Date(day.getTime() + n * 3_600_000);
  return { start: start.toISOString().replace('.000Z', 'Z'), end: new Date(start.getTime() + 3_000_000).toISOString().replace('.000Z', 'Z') };
};

const book = (baseUrl: string, roomId: string, n: number, headers: Record<string, string> = {}) => {
  const { start, end } = slot(n);
  return fetch(`${baseUrl}/v1/musterkreis/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de', ...headers },
    body: JSON.stringify(bookingRequest(roomId, start, end, { requester: { name: `Person ${n}`, email: `person${n}@example.org` } })),
  });
};

test('a server killed between the booking write and the send sends the mail after its restart', { timeout: 180_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-kill-'));
  const smtpPort = await freePort(); // nothing listens yet: the mail cannot leave before the kill
  const env = { DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_LEASE_MS: '2000' };
  let child: ChildProcess | undefined;
  try {
    const first = await spawnServer(env);
    child = first.child;
    await putRoom(first.url, first.editorToken!, 'killraum', 'kill-office@example.org');
    const response = await book(first.url, 'killraum', 18);
    assert.equal(response.status, 201, await response.clone().text());
    const created = await response.json();
    assert.equal(created.emailNotifications, true, 'a server with SMTP says so');
    await stopProcess(child);

    const sink = await startSmtpSink({ port: smtpPort });
    try {
      const second = await spawnServer(env);
      child = second.child;
      await sink.waitFor(2, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // a duplicate would show up by now
      assert.equal(sink.to('person18@example.org').length, 1, 'the receipt, once');
      assert.equal(sink.to('kill-office@example.org').length, 1, 'the office notice, once');
      assert.ok(sink.to('person18@example.org')[0]!.text?.includes(created.manageUrl));
    } finally {
      await stopProcess(child);
      await sink.stop();
    }
  } finally {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('two server instances on one PostgreSQL: every mail exactly once, one shared rate limit', { timeout: 180_000 }, async () => {
  const databaseUrl = await createTestDatabase();
  const sink = await startSmtpSink();
  const seedDb = await openDatabase({ databaseUrl });
  await seedDataset(seedDb.db, demoDataset());
  const { token } = await createApiToken(seedDb.db, 'musterkreis', 'two-instances', ['editor', 'bookings']);
  await seedDb.close();

  const instances = await Promise.all(
    [0, 1].map(async () => {
      const database = await openDatabase({ databaseUrl });
      const server = await startServer({
        database,
        port: 0,
        jobs: false,
        mail: { smtpUrl: sink.url, outboxDir: '/nonexistent' },
        outboxWorker: { pollMs: 20, batchSize: 5 },
        bookingRateLimit: { max: 5, windowMs: 60_000, trustProxy: true },
      });
      return { database, server };
    }),
  );
  try {
    const [a, b] = instances.map((i) => i.server.url) as [string, string];
    await putRoom(a, token, 'zweiraum', 'zwei-office@example.org');
    const count = 24;
    const responses = await Promise.all(Array.from({ length: count }, (_, n) => book(n % 2 ? b : a, 'zweiraum', n, { 'X-Forwarded-For': `10.0.0.${n + 1}` })));
    assert.deepEqual([...new Set(responses.map((r) => r.status))], [201]);
    await sink.waitFor(count * 2, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(sink.mails.length, count * 2, 'a receipt and an office notice per request, none twice');
    assert.equal(new Set(sink.mails.map((m) => m.messageId)).size, count * 2);
    for (let n = 0; n < count; n += 1) assert.equal(sink.to(`person${n}@example.org`).length, 1, `person${n}`);
    assert.equal(sink.mails.filter((m) => addressesOf(m).includes('zwei-office@example.org')).length, count);

    // One client, alternating between the instances: the sixth request is over the shared limit of five.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await book(i % 2 ? b : a, 'no-such-room', 0, { 'X-Forwarded-For': '10.9.9.9' })).status);
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429]);
  } finally {
    for (const { server, database } of instances) {
      await server.close();
      await database.close();
    }
    await sink.stop();
  }
});
