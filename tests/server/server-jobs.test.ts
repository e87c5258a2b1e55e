import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { startServer } from '../../packages/server/src/server.js';
import { bookingRequest } from '../support/booking-fixtures.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { TEST_TODAY } from '../support/test-api.js';

test('the server runs its periodic jobs by itself: the reminder goes out, and old requester data is erased', { timeout: 60_000 }, async () => {
  const database = await openDatabase({ dataDir: 'memory://' });
  await seedDataset(database.db, demoDataset(TEST_TODAY));
  const sink = await startSmtpSink();
  const clock = { now: new Date(TEST_TODAY) };
  const server = await startServer({
    database,
    port: 0,
    now: () => clock.now,
    mail: { smtpUrl: sink.url, outboxDir: '/nonexistent' },
    outboxWorker: { pollMs: 20 },
    jobs: { tickMs: 50 },
  });
  try {
    assert.deepEqual(server.mail, { kind: 'smtp', host: `127.0.0.1:${sink.port}` });
    const rooms = await (await fetch(`${server.url}/v1/musterkreis/rooms?limit=100`)).json();
    const instant = rooms.data.find((room: { bookingPolicy: { needsApproval: boolean; minNoticeHours: number } }) => !room.bookingPolicy.needsApproval && room.bookingPolicy.minNoticeHours <= 24);
    assert.ok(instant, 'a demo room that books at once');
    const response = await fetch(`${server.url}/v1/musterkreis/bookings?locale=uk`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(bookingRequest(instant.id, '2026-11-24T17:00:00+01:00', '2026-11-24T18:00:00+01:00', { expectedAttendees: 2, requester: { name: 'Olena Beispiel', email: 'olena@example.org' } })),
    });
    assert.equal(response.status, 201, await response.clone().text());
    const created = await response.json();
    assert.equal(created.emailNotifications, true);

    // "Today" is the day before: at its next run the reminder job finds the date by itself
    // (forgetting the job's last run stands for its 15 minutes passing).
    await database.db.deleteFrom('job_runs').execute();
    const mails = async (subject: RegExp) => {
      for (let i = 0; i < 100 && !sink.to('olena@example.org').some((m) => subject.test(m.subject ?? '')); i += 1) await new Promise((r) => setTimeout(r, 50));
      return sink.to('olena@example.org').filter((m) => subject.test(m.subject ?? ''));
    };
    assert.equal((await mails(/^Нагадування/)).length, 1, 'the reminder, in the request\'s language');

    // Long after the date: the next run of the retention job erases the requester.
    await database.db.deleteFrom('job_runs').execute();
    clock.now = new Date(Date.parse('2026-11-24T18:00:00+01:00') + 91 * 86_400_000);
    let requester: { name: string; email: string } | undefined;
    for (let i = 0; i < 100; i += 1) {
      const row = await database.db.selectFrom('bookings').select('doc').where('id', '=', created.data.id).executeTakeFirstOrThrow();
      requester = (row.doc as { requester: { name: string; email: string } }).requester;
      if (requester.email === '') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual({ name: requester?.name, email: requester?.email }, { name: '', email: '' });
  } finally {
    await server.close();
    await sink.stop();
    await database.close();
  }
});
