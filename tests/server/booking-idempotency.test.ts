import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { BookingRequestInput } from '@teilhabe/contract';
import { fingerprintOf } from '../../packages/server/src/resources/bookings/idempotency.js';
import { bookingRequest, createTestRoom, postBooking } from '../support/booking-fixtures.js';
import { describeOnBothBackends, json } from '../support/test-api.js';

describeOnBothBackends('idempotency record in the booking\'s transaction', (api) => {
  test('when storing the answer fails once, the retry with the same key still makes exactly one booking', async () => {
    await createTestRoom(api(), 'idemraum');
    const db = api().database.db;
    // A real failure of the database, once: the first UPDATE that stores an answer raises.
    await sql`CREATE SEQUENCE answer_failures`.execute(db);
    await sql`
      CREATE FUNCTION fail_first_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status_code IS NOT NULL AND nextval('answer_failures') = 1 THEN
          RAISE EXCEPTION 'the answer could not be stored';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER fail_first_answer BEFORE UPDATE ON idempotency_keys FOR EACH ROW EXECUTE FUNCTION fail_first_answer()`.execute(db);
    try {
      const body = bookingRequest('idemraum', '2026-12-02T18:00:00+01:00', '2026-12-02T20:00:00+01:00');
      const first = await postBooking(api(), body, { key: 'retry-after-failure-1' });
      assert.equal(first.status, 500, await first.clone().text());
      assert.equal((await json(first)).type, '/problems/internal');
      const stored = await db.selectFrom('bookings').select('id').where('room_id', '=', 'idemraum').execute();
      assert.equal(stored.length, 0, 'the failed answer took its booking with it');

      const second = await postBooking(api(), body, { key: 'retry-after-failure-1' });
      assert.equal(second.status, 201);
      const third = await postBooking(api(), body, { key: 'retry-after-failure-1' });
      assert.equal(third.status, 201);
      assert.equal(third.headers.get('idempotent-replayed'), 'true');
      assert.equal((await json(third)).data.id, (await json(second)).data.id);

      const bookings = await db.selectFrom('bookings').select('id').where('room_id', '=', 'idemraum').execute();
      assert.equal(bookings.length, 1, 'exactly one booking');
      const receipts = await db.selectFrom('outbox').select('id').where('booking_id', '=', bookings[0]!.id).where('kind', '=', 'booking-receipt').execute();
      assert.equal(receipts.length, 1, 'and exactly one receipt');
    } finally {
      await sql`DROP TRIGGER fail_first_answer ON idempotency_keys`.execute(db);
    }
  });

  test('a key claimed by a process that died mid-request is taken over by a later retry, once', async () => {
    const db = api().database.db;
    const body = bookingRequest('idemraum', '2026-12-03T18:00:00+01:00', '2026-12-03T20:00:00+01:00');
    const fingerprint = fingerprintOf(BookingRequestInput.parse(body));
    await db.insertInto('idempotency_keys').values({ tenant_id: 'musterkreis', key: 'claimed-then-killed', fingerprint, created_at: new Date(Date.now() - 5_000) }).execute();
    assert.equal((await postBooking(api(), body, { key: 'claimed-then-killed' })).status, 409, 'a fresh claim is still in progress');
    await db.updateTable('idempotency_keys').set({ created_at: new Date(Date.now() - 120_000) }).where('key', '=', 'claimed-then-killed').execute();
    const answers = await Promise.all([postBooking(api(), body, { key: 'claimed-then-killed' }), postBooking(api(), body, { key: 'claimed-then-killed' })]);
    // Exactly one of the two takes the key over and books. The other either meets the fresh
    // claim (409, still in progress) or, if the first already finished, gets its answer replayed.
    const fresh = answers.filter((answer) => answer.status === 201 && answer.headers.get('idempotent-replayed') !== 'true');
    assert.equal(fresh.length, 1, `one fresh booking, got ${answers.map((answer) => answer.status).join(', ')}`);
    const other = answers.find((answer) => answer !== fresh[0])!;
    if (other.status === 201) {
      assert.equal(other.headers.get('idempotent-replayed'), 'true');
      assert.equal((await json(other)).data.id, (await json(fresh[0]!)).data.id);
    } else {
      assert.equal(other.status, 409);
      assert.equal((await json(other)).type, '/problems/request-in-progress');
    }
    const again = await postBooking(api(), body, { key: 'claimed-then-killed' });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const bookings = await db.selectFrom('bookings').select('id').where('room_id', '=', 'idemraum').where('starts_at', '=', new Date('2026-12-03T18:00:00+01:00')).execute();
    assert.equal(bookings.length, 1);
  });
});
