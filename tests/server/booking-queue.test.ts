/**
 * The office's booking queue on both backends: competing requests side by
 * side with the requester's contact (only here), decisions date by date with
 * a reason for the resident, moving a request before approving it, declining
 * the competitors in one step, and roles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestRoom } from '../support/booking-fixtures.js';
import { bearer, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const ROOM = 'queue-raum';

async function ask(api: TestApi, name: string, start: string, end: string, extra: Record<string, unknown> = {}) {
  const response = await api.request('/v1/musterkreis/bookings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      roomId: ROOM,
      start,
      end,
      purpose: `Treffen von ${name}`,
      expectedAttendees: 10,
      requester: { name, email: `${name.toLowerCase().replace(/\W/g, '')}@example.org`, organizationName: `Verein ${name}` },
      isPublic: false,
      acceptHouseRules: true,
      ...extra,
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await json(response)).data.id as string;
}

describeOnBothBackends('booking queue', (api) => {
  test('the queue shows competing requests side by side, with contacts for staff only', async () => {
    await createTestRoom(api(), ROOM, { minNoticeHours: 24, maxAdvanceDays: 200, maxDurationMinutes: 300 });
    const ayse = await ask(api(), 'Ayse', '2026-12-05T14:00:00+01:00', '2026-12-05T17:00:00+01:00');
    const omar = await ask(api(), 'Omar', '2026-12-05T16:00:00+01:00', '2026-12-05T19:00:00+01:00');
    const bookings = await tokenWith(api(), ['bookings']);
    const editor = await tokenWith(api(), ['editor']);
    assert.equal((await api().request('/v1/musterkreis/bookings', bearer(editor))).status, 403);
    assert.equal((await api().request('/v1/musterkreis/bookings')).status, 401);

    const queue = await json(await api().request(`/v1/musterkreis/bookings?room=${ROOM}&sort=arrival`, bearer(bookings)));
    assert.deepEqual(queue.data.map((b: { id: string }) => b.id), [ayse, omar]);
    const first = queue.data[0];
    assert.equal(first.requester.email, 'ayse@example.org');
    assert.deepEqual(first.overlaps.map((o: { bookingId: string; requesterName: string }) => [o.bookingId, o.requesterName]), [[omar, 'Omar']]);
    assert.equal(typeof first.waitingDays, 'number');

    const found = await json(await api().request(`/v1/musterkreis/bookings?q=${encodeURIComponent('Verein Omar')}`, bearer(bookings)));
    assert.deepEqual(found.data.map((b: { id: string }) => b.id), [omar]);
    // The public never sees who asked.
    const availability = await api().request(`/v1/musterkreis/rooms/${ROOM}/availability?from=2026-12-05T00:00:00%2B01:00&to=2026-12-06T00:00:00%2B01:00`);
    assert.ok(!(await availability.text()).includes('Ayse'));
  });

  test('approve one, the competitor stays marked, then decline the competitors in one step with a reason', async () => {
    const bookings = await tokenWith(api(), ['bookings']);
    const queue = await json(await api().request(`/v1/musterkreis/bookings?room=${ROOM}&sort=arrival`, bearer(bookings)));
    const [ayse, omar] = queue.data.map((b: { id: string }) => b.id) as [string, string];
    const approved = await api().request(`/v1/musterkreis/bookings/${ayse}`, bearer(bookings, { method: 'PATCH', body: JSON.stringify({ status: 'confirmed', note: 'Schlüssel beim Hausmeister' }) }));
    assert.equal(approved.status, 200, await approved.clone().text());
    const body = await json(approved);
    assert.equal(body.data.status, 'confirmed');
    assert.equal(body.data.officeNote, 'Schlüssel beim Hausmeister');

    const stillWaiting = await json(await api().request(`/v1/musterkreis/bookings?room=${ROOM}`, bearer(bookings)));
    assert.deepEqual(stillWaiting.data.map((b: { id: string }) => b.id), [omar]);
    assert.equal(stillWaiting.data[0].overlaps[0].status, 'confirmed', 'marked as conflicting with a confirmed booking');

    const refused = await api().request(`/v1/musterkreis/bookings/${omar}`, bearer(bookings, { method: 'PATCH', body: JSON.stringify({ status: 'confirmed' }) }));
    assert.equal(refused.status, 409, 'the database refuses the double booking');
    assert.ok((await json(refused)).conflicts.length >= 1);

    const withoutReason = await api().request(`/v1/musterkreis/bookings/${ayse}/decline-conflicting`, bearer(bookings, { method: 'POST', body: '{}' }));
    assert.equal(withoutReason.status, 400);
    const declined = await json(await api().request(`/v1/musterkreis/bookings/${ayse}/decline-conflicting`, bearer(bookings, { method: 'POST', body: JSON.stringify({ reason: 'Der Raum ist zu dieser Zeit schon vergeben.' }) })));
    assert.deepEqual(declined.data, [{ id: omar }]);
    const omarNow = await json(await api().request(`/v1/musterkreis/bookings/${omar}`, bearer(bookings)));
    assert.equal(omarNow.data.status, 'declined');
    assert.equal(omarNow.data.decisionReason, 'Der Raum ist zu dieser Zeit schon vergeben.');
  });

  test('a series decided date by date; a decline needs a reason for the resident', async () => {
    const bookings = await tokenWith(api(), ['bookings']);
    const series = await ask(api(), 'Elternverein', '2026-12-07T18:00:00+01:00', '2026-12-07T20:00:00+01:00', { recurrence: { frequency: 'weekly', until: '2026-12-28' } });
    const patch = (body: unknown) => api().request(`/v1/musterkreis/bookings/${series}`, bearer(bookings, { method: 'PATCH', body: JSON.stringify(body) }));
    const noReason = await patch({ status: 'confirmed', dates: { '2026-12-21': 'declined' } });
    assert.equal(noReason.status, 400);
    assert.equal((await json(noReason)).errors[0].path, 'reason');
    assert.equal((await patch({ status: 'confirmed', dates: { '2026-12-22': 'declined' }, reason: 'Falscher Tag.' })).status, 400, 'a date the series does not have');
    const decided = await patch({ status: 'confirmed', dates: { '2026-12-21': 'declined', '2026-12-28': 'declined' }, reason: 'In den Weihnachtsferien ist das Haus geschlossen.' });
    assert.equal(decided.status, 200, await decided.clone().text());
    const data = (await json(decided)).data;
    assert.equal(data.status, 'confirmed');
    assert.deepEqual(
      data.occurrences.map((o: { start: string; status: string }) => [o.start.slice(0, 10), o.status]),
      [['2026-12-07', 'confirmed'], ['2026-12-14', 'confirmed'], ['2026-12-21', 'declined'], ['2026-12-28', 'declined']],
    );
    assert.equal(data.decisionReason, 'In den Weihnachtsferien ist das Haus geschlossen.');
    const audit = await json(await api().request(`/v1/musterkreis/audit?recordType=booking&recordId=${series}`, bearer(await tokenWith(api(), ['admin']))));
    assert.equal(audit.data[0].operation, 'approve-partly');
    assert.deepEqual(audit.data[0].changes.declinedDates.after, ['2026-12-21', '2026-12-28']);
  });

  test('the office may move a request to another time before approving; the change is kept for the resident', async () => {
    const bookings = await tokenWith(api(), ['bookings']);
    const id = await ask(api(), 'Chor', '2026-12-10T10:00:00+01:00', '2026-12-10T12:00:00+01:00');
    const moved = await api().request(`/v1/musterkreis/bookings/${id}`, bearer(bookings, { method: 'PATCH', body: JSON.stringify({ status: 'confirmed', change: { start: '2026-12-10T18:00:00+01:00', end: '2026-12-10T20:00:00+01:00' } }) }));
    assert.equal(moved.status, 200, await moved.clone().text());
    const data = (await json(moved)).data;
    assert.equal(data.start, '2026-12-10T18:00:00+01:00');
    const stored = await api().database.db.selectFrom('bookings').select('doc').where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual((stored.doc as { changes: unknown }).changes, {
      before: { roomId: ROOM, start: '2026-12-10T10:00:00+01:00', end: '2026-12-10T12:00:00+01:00' },
      after: { roomId: ROOM, start: '2026-12-10T18:00:00+01:00', end: '2026-12-10T20:00:00+01:00' },
    });
    const again = await api().request(`/v1/musterkreis/bookings/${id}`, bearer(bookings, { method: 'PATCH', body: JSON.stringify({ status: 'declined', reason: 'Doch nicht.' }) }));
    assert.equal(again.status, 409, 'a decided booking is no longer a request');
  });
});
