import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
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
});
