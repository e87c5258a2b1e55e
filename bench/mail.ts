/**
 * Mail figures (a benchmark, not a test; it prints, it never fails on a time):
 *
 *   - decision → mail at the SMTP server: a request is decided in one
 *     transaction (status + outbox row, as the office's decision does), and
 *     the clock runs until a local SMTP server has received the whole mail.
 *     Median over 50, once with the worker only polling (default 500 ms)
 *     and once woken right after the commit.
 *   - outbox throughput: N mails queued at once, worker started, mails per
 *     second until the SMTP server has them all.
 *
 *   npx tsx --conditions=source bench/mail.ts [--backend pglite|postgres] [--mails 500] [--decisions 50]
 */
import { parseArgs } from 'node:util';
import { createApp } from '../packages/server/src/app.js';
import { openDatabase } from '../packages/server/src/db/database.js';
import { demoDataset } from '../packages/server/src/demo/index.js';
import { createApiToken } from '../packages/server/src/http/auth.js';
import { queueBookingDecisionMail } from '../packages/server/src/mail/booking-mails.js';
import { queueMails, type QueuedMail } from '../packages/server/src/outbox/outbox.js';
import { createMailTransport } from '../packages/server/src/outbox/transport.js';
import { OutboxWorker, type OutboxWorkerOptions } from '../packages/server/src/outbox/worker.js';
import { setBookingStatus } from '../packages/server/src/resources/bookings/repository.js';
import { seedDataset } from '../packages/server/src/seed.js';
import { createTestDatabase } from '../tests/support/postgres-cluster.js';
import { startSmtpSink } from '../tests/support/smtp-sink.js';
import { openRoomInput } from '../tests/support/open-room.js';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'pglite' }, mails: { type: 'string', default: '500' }, decisions: { type: 'string', default: '50' } } });
const decisions = Number(values.decisions);
const mailCount = Number(values.mails);

const database = await openDatabase(values.backend === 'postgres' ? { databaseUrl: await createTestDatabase() } : { dataDir: 'memory://' });
await seedDataset(database.db, demoDataset());
const token = await createApiToken(database.db, 'musterkreis', 'bench');
const sink = await startSmtpSink();
const transport = createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent' });
const { app } = createApp({ database, bookingRateLimit: { max: 1_000_000, windowMs: 60_000 } });
const db = database.db;

const venue = (await db.selectFrom('venues').select('id').where('tenant_id', '=', 'musterkreis').limit(1).executeTakeFirstOrThrow()).id;
await app.request('/v1/musterkreis/rooms/benchraum', {
  method: 'PUT',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  body: JSON.stringify(openRoomInput('benchraum', venue, { name: 'Benchraum', description: 'Raum für Messungen.', contactEmail: 'buero@example.org' })),
});

async function request(n: number): Promise<string> {
  const start = new Date(Date.now() + (10 + n) * 86_400_000);
  start.setUTCHours(17, 0, 0, 0);
  const response = await app.request('/v1/musterkreis/bookings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de' },
    body: JSON.stringify({
      roomId: 'benchraum', start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), purpose: 'Messung', expectedAttendees: 5,
      requester: { name: 'Bench Person', email: `bench${n}@example.org` }, isPublic: false, acceptHouseRules: true,
    }),
  });
  if (response.status !== 201) throw new Error(`booking ${n}: ${response.status} ${await response.text()}`);
  return (await response.json()).data.id;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function decisionLatency(wake: boolean, options: OutboxWorkerOptions = {}): Promise<number[]> {
  const worker = new OutboxWorker(db, transport, options);
  worker.start();
  const times: number[] = [];
  try {
    for (let i = 0; i < decisions; i += 1) {
      const n = (wake ? 300 : 0) + i;
      const id = await request(n);
      await sink.waitFor(sink.mails.length + 2, 30_000).catch(() => undefined); // receipt and office notice out of the way
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 500)); // decisions do not come in step with the poll
      const expected = sink.mails.length + 1;
      const t0 = performance.now();
      await db.transaction().execute(async (trx) => {
        await setBookingStatus(trx, id, 'confirmed');
        await queueBookingDecisionMail(trx, { tenant: { id: 'musterkreis' }, bookingId: id, baseUrl: 'http://localhost' });
      });
      if (wake) worker.wake();
      await sink.waitFor(expected, 30_000);
      times.push(performance.now() - t0);
    }
  } finally {
    await worker.stop();
  }
  return times;
}

async function throughput(options: OutboxWorkerOptions): Promise<number> {
  const mail = { to: 'durchsatz@example.org', subject: 'Durchsatz', text: 'Guten Tag,\n\n'.repeat(20), html: '<p>Guten Tag</p>'.repeat(20), language: 'de', senderName: 'Landkreis Musterkreis' };
  const batch: QueuedMail[] = Array.from({ length: mailCount }, () => ({ tenantId: 'musterkreis', kind: 'office-digest', mail }));
  for (let i = 0; i < batch.length; i += 100) await queueMails(db, batch.slice(i, i + 100));
  const expected = sink.mails.length + mailCount;
  const worker = new OutboxWorker(db, transport, options);
  const t0 = performance.now();
  worker.start();
  await sink.waitFor(expected, 300_000);
  const seconds = (performance.now() - t0) / 1000;
  await worker.stop();
  return mailCount / seconds;
}

const rows: Array<[string, string]> = [];
const polled = await decisionLatency(false);
rows.push([`decision → SMTP, worker polling (500 ms), n=${decisions}`, `median ${median(polled).toFixed(0)} ms, p90 ${percentile(polled, 90).toFixed(0)} ms, max ${Math.max(...polled).toFixed(0)} ms`]);
const woken = await decisionLatency(true);
rows.push([`decision → SMTP, worker woken after commit, n=${decisions}`, `median ${median(woken).toFixed(1)} ms, p90 ${percentile(woken, 90).toFixed(1)} ms, max ${Math.max(...woken).toFixed(1)} ms`]);
for (const concurrency of [1, 4, 8]) {
  const rate = await throughput({ concurrency, batchSize: 20, pollMs: 50 });
  rows.push([`outbox throughput, ${mailCount} mails, ${concurrency} in parallel`, `${rate.toFixed(0)} mails/s`]);
}

console.log(`\nMail on ${database.kind}, local SMTP server (smtp-server on loopback), pooled connections (4)\n`);
for (const [what, figure] of rows) console.log(`${what.padEnd(58)} ${figure}`);
transport.close();
await sink.stop();
await database.close();
process.exit(0);
