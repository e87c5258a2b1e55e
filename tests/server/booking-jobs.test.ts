import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { queueOfficeDigests } from '../../packages/server/src/jobs/digest.js';
import { queueDueReminders } from '../../packages/server/src/jobs/reminders.js';
import { eraseExpiredRequesterData } from '../../packages/server/src/jobs/retention.js';
import { claimJobRun } from '../../packages/server/src/jobs/scheduler.js';
import { setBookingStatus } from '../../packages/server/src/resources/bookings/repository.js';
import { bookingRequest, createTestRoom, postBooking } from '../support/booking-fixtures.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const DAY = 86_400_000;

async function book(api: TestApi, roomId: string, start: string, end: string, extra: Record<string, unknown> = {}) {
  const response = await postBooking(api, bookingRequest(roomId, start, end, extra), { language: 'de' });
  assert.equal(response.status, 201, await response.clone().text());
  return json(response);
}

const outboxOf = (api: TestApi, kind: string) => api.database.db.selectFrom('outbox').select(['recipient', 'subject', 'booking_id', 'message']).where('kind', '=', kind).execute();

describeOnBothBackends('periodic booking jobs', (api) => {
  before(async () => {
    await createTestRoom(api(), 'jobraum');
    await createTestRoom(api(), 'jobraum-sofort', { needsApproval: false }, 'sofort@example.org');
  });

  test('retention erases name, e-mail and phone after the tenant\'s period past the last date, and keeps times and room', async () => {
    const db = api().database.db;
    const old = await book(api(), 'jobraum-sofort', '2026-12-01T10:00:00+01:00', '2026-12-01T12:00:00+01:00', { requester: { name: 'Alte Anfrage', email: 'alt@example.org', phone: '+49 170 1111111', organizationName: 'Kulturverein' } });
    const recent = await book(api(), 'jobraum-sofort', '2027-02-01T10:00:00+01:00', '2027-02-01T12:00:00+01:00', { requester: { name: 'Neue Anfrage', email: 'neu@example.org' } });

    const emailOf = async (id: string) => ((await db.selectFrom('bookings').select('doc').where('id', '=', id).executeTakeFirstOrThrow()).doc as { requester: { email: string } }).requester.email;
    // 89 days after the first booking's end: nothing yet.
    await eraseExpiredRequesterData(db, new Date(Date.parse('2026-12-01T12:00:00+01:00') + 89 * DAY));
    assert.equal(await emailOf(old.data.id), 'alt@example.org');
    const day91 = new Date(Date.parse('2026-12-01T12:00:00+01:00') + 91 * DAY);
    assert.ok((await eraseExpiredRequesterData(db, day91)) >= 1);
    assert.equal(await emailOf(old.data.id), '');
    assert.equal(await eraseExpiredRequesterData(db, day91), 0, 'erased once');

    const erased = (await json(await api().request(`/v1/musterkreis/bookings/${old.data.id}`, api().asEditor()))).data;
    assert.deepEqual({ name: erased.requester.name, email: erased.requester.email, phone: erased.requester.phone }, { name: '', email: '', phone: undefined });
    assert.equal(erased.requester.organizationName, 'Kulturverein');
    assert.equal(erased.start, '2026-12-01T10:00:00+01:00');
    assert.equal(erased.roomId, 'jobraum-sofort');
    const raw = await db.selectFrom('bookings').select('doc').where('id', '=', old.data.id).executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(raw.doc).includes('Alte Anfrage') && !JSON.stringify(raw.doc).includes('alt@example.org') && !JSON.stringify(raw.doc).includes('1111111'));
    assert.equal((await db.selectFrom('outbox').select('id').where('booking_id', '=', old.data.id).execute()).length, 0, 'its mails are gone too');
    const kept = (await json(await api().request(`/v1/musterkreis/bookings/${recent.data.id}`, api().asEditor()))).data;
    assert.equal(kept.requester.email, 'neu@example.org');

    // A shorter period set by the tenant.
    // A setting of the wrong type counts as unset instead of stopping the job.
    await db.updateTable('tenants').set({ settings: JSON.stringify({ bookingRetentionDays: 'zehn' }) }).where('id', '=', 'musterkreis').execute();
    await eraseExpiredRequesterData(db, new Date(Date.parse('2027-02-01T12:00:00+01:00') + 11 * DAY));
    assert.equal(await emailOf(recent.data.id), 'neu@example.org');
    await db.updateTable('tenants').set({ settings: JSON.stringify({ bookingRetentionDays: 10 }) }).where('id', '=', 'musterkreis').execute();
    try {
      await eraseExpiredRequesterData(db, new Date(Date.parse('2027-02-01T12:00:00+01:00') + 11 * DAY));
      assert.equal(await emailOf(recent.data.id), '');
    } finally {
      await db.updateTable('tenants').set({ settings: '{}' }).where('id', '=', 'musterkreis').execute();
    }
  });

  test('the reminder goes the day before each confirmed date, once, and not when the tenant turned it off', async () => {
    const db = api().database.db;
    const series = await book(api(), 'jobraum-sofort', '2026-12-08T18:00:00+01:00', '2026-12-08T19:00:00+01:00', { recurrence: { frequency: 'weekly', until: '2026-12-15' } });
    const requested = await book(api(), 'jobraum', '2026-12-08T10:00:00+01:00', '2026-12-08T11:00:00+01:00');
    const remindersOf = async (id: string) => (await outboxOf(api(), 'booking-reminder')).filter((m) => m.booking_id === id);
    await queueDueReminders(db, new Date('2026-12-06T09:00:00+01:00'));
    assert.equal((await remindersOf(series.data.id)).length, 0, 'two days before: not yet');
    await queueDueReminders(db, new Date('2026-12-07T09:00:00+01:00'));
    await queueDueReminders(db, new Date('2026-12-07T17:00:00+01:00'));
    const reminders = await remindersOf(series.data.id);
    assert.equal(reminders.length, 1, 'once, however often the job runs');
    assert.equal(reminders[0]!.subject, 'Erinnerung: morgen im Raum Testraum jobraum-sofort');
    assert.equal((await remindersOf(requested.data.id)).length, 0, 'a mere request gets none');

    await db.updateTable('tenants').set({ settings: JSON.stringify({ bookingReminders: false }) }).where('id', '=', 'musterkreis').execute();
    try {
      assert.equal(await queueDueReminders(db, new Date('2026-12-14T09:00:00+01:00')), 0);
    } finally {
      await db.updateTable('tenants').set({ settings: '{}' }).where('id', '=', 'musterkreis').execute();
    }
    await queueDueReminders(db, new Date('2026-12-14T09:00:00+01:00'));
    assert.equal((await remindersOf(series.data.id)).length, 2, 'the second date of the series');
    await db.transaction().execute((trx) => setBookingStatus(trx, series.data.id, 'cancelled'));
  });

  test('the daily digest lists requests waiting longer than the set days, once a day per office', async () => {
    const db = api().database.db;
    const waiting = await book(api(), 'jobraum', '2026-12-20T10:00:00+01:00', '2026-12-20T11:00:00+01:00');
    await db.updateTable('bookings').set({ created_at: new Date(Date.now() - 4 * DAY) }).where('id', '=', waiting.data.id).execute();
    const fresh = await book(api(), 'jobraum', '2026-12-21T10:00:00+01:00', '2026-12-21T11:00:00+01:00');
    const morning = new Date();
    morning.setUTCHours(9, 0, 0, 0);
    assert.equal(await queueOfficeDigests(db, morning, 'https://daten.example'), 1);
    assert.equal(await queueOfficeDigests(db, new Date(morning.getTime() + 3_600_000), 'https://daten.example'), 0, 'one digest per day');
    const [digest] = await outboxOf(api(), 'office-digest');
    assert.equal(digest!.recipient, 'raum@example.org');
    const text = (digest!.message as { text: string }).text;
    assert.ok(text.includes(`https://daten.example/office/bookings/${waiting.data.id}`));
    assert.ok(!text.includes(fresh.data.id), 'a fresh request is not in it');
    assert.match(digest!.subject, /^1 Raumanfragen warten seit mehr als 3 Tagen$/);
  });

  test('a periodic job is won by one instance per period', async () => {
    const db = api().database.db;
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimJobRun(db, `test-job-${api().backend}`, 60_000)));
    assert.equal(claims.filter(Boolean).length, 1);
    assert.equal(await claimJobRun(db, `test-job-${api().backend}`, 60_000), false);
    assert.equal(await claimJobRun(db, `test-job-${api().backend}`, 0), true, 'due again after its period');
  });
});
