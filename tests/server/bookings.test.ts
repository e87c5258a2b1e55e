import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeOnBothBackends, json, openTestApi, type TestApi } from '../support/test-api.js';

/** A test room whose rules the tests know, in a demo venue. */
async function createTestRoom(api: TestApi, id: string, policy: Partial<Record<string, unknown>> = {}) {
  const venues = await api.database.db.selectFrom('venues').select('id').where('tenant_id', '=', 'musterkreis').limit(1).execute();
  const response = await api.request(`/v1/musterkreis/rooms/${id}`, api.asEditor({
    method: 'PUT',
    body: JSON.stringify({
      id,
      venueId: venues[0]!.id,
      name: `Testraum ${id}`,
      description: { de: 'Ein Raum für Tests.' },
      capacity: 30,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
      closures: [{ from: '2026-12-24', to: '2026-12-26', reason: { de: 'Weihnachten' } }],
      bookingPolicy: { needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 120, maxDurationMinutes: 240, bufferMinutes: 30, ...policy },
      fees: { standardEurPerHour: 25, rules: [{ applicantKinds: ['migrant-organization'], eurPerHour: 0 }] },
      houseRules: { de: 'Den Raum aufgeräumt verlassen.' },
      contactOffice: { name: 'Integrationsbüro', email: 'raum@example.org' },
    }),
  }));
  assert.equal(response.status, 200, await response.clone().text());
}

const request = (roomId: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  roomId,
  start,
  end,
  purpose: 'Treffen des Vorstands',
  expectedAttendees: 12,
  requester: { name: 'Maryam Beispiel', email: 'maryam@example.org', applicantKind: 'migrant-organization' },
  isPublic: false,
  acceptHouseRules: true,
  ...extra,
});

const post = (api: TestApi, body: unknown, key?: string) =>
  api.request('/v1/musterkreis/bookings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });

/** A decline always tells the resident why. */
const decide = (api: TestApi, id: string, status: 'confirmed' | 'declined') =>
  api.request(`/v1/musterkreis/bookings/${id}`, api.asEditor({ method: 'PATCH', body: JSON.stringify(status === 'declined' ? { status, reason: 'Der Raum ist schon vergeben.' } : { status }) }));

describeOnBothBackends('bookings', (api) => {
  test('a request is stored, free for an MO, and visible as busy without names', async () => {
    await createTestRoom(api(), 'testraum-a');
    const response = await post(api(), request('testraum-a', '2026-12-01T18:00:00+01:00', '2026-12-01T20:00:00+01:00'));
    assert.equal(response.status, 201);
    const created = await json(response);
    assert.equal(created.data.status, 'requested');
    assert.equal(created.data.feeEurPerHour, 0);
    assert.match(created.manageUrl, new RegExp(`/v1/musterkreis/bookings/${created.data.id}\\?token=bk_`));

    const availability = await api().request('/v1/musterkreis/rooms/testraum-a/availability?from=2026-12-01T00:00:00%2B01:00&to=2026-12-02T00:00:00%2B01:00');
    const text = await availability.text();
    assert.ok(!text.includes('Maryam') && !text.includes('maryam@') && !text.includes('Vorstand') && !text.includes(created.data.id));
    assert.deepEqual(JSON.parse(text).data.busy, [{ start: '2026-12-01T18:00:00+01:00', end: '2026-12-01T20:00:00+01:00', kind: 'requested' }]);

    const seen = await api().request(`/v1/musterkreis/bookings/${created.data.id}?token=${created.manageToken}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.headers.get('cache-control'), 'private, no-store');
    assert.equal((await api().request(`/v1/musterkreis/bookings/${created.data.id}`)).status, 404, 'no token, no booking');
  });

  test('the rules of the room are enforced and explained', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['min-notice', request('testraum-a', '2026-11-24T10:00:00+01:00', '2026-11-24T11:00:00+01:00'), 'start'],
      ['max-advance', request('testraum-a', '2027-06-01T10:00:00+02:00', '2027-06-01T11:00:00+02:00'), 'start'],
      ['max-duration', request('testraum-a', '2026-12-03T09:00:00+01:00', '2026-12-03T15:00:00+01:00'), 'end'],
      ['opening-hours', request('testraum-a', '2026-12-03T21:00:00+01:00', '2026-12-03T23:00:00+01:00'), 'start'],
      ['closure', request('testraum-a', '2026-12-25T10:00:00+01:00', '2026-12-25T12:00:00+01:00'), 'start'],
      ['max-attendees', request('testraum-a', '2026-12-03T10:00:00+01:00', '2026-12-03T12:00:00+01:00', { expectedAttendees: 31 }), 'expectedAttendees'],
    ];
    for (const [rule, body, field] of cases) {
      const response = await post(api(), body);
      assert.equal(response.status, 422, rule);
      const problem = await json(response);
      assert.equal(problem.type, '/problems/booking-rules');
      assert.deepEqual(problem.errors.map((e: { code: string; path: string }) => [e.code, e.path]), [[rule, field]], rule);
    }
  });

  test('field errors name every invalid field', async () => {
    const response = await post(api(), { ...request('testraum-a', '2026-12-01T18:00:00+01:00', '2026-12-01T17:00:00+01:00'), acceptHouseRules: false, requester: { name: 'M', email: 'x' } });
    assert.equal(response.status, 400);
    const paths = (await json(response)).errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['acceptHouseRules', 'requester.email', 'requester.name']);
    const end = await post(api(), request('testraum-a', '2026-12-01T18:00:00+01:00', '2026-12-01T17:00:00+01:00'));
    assert.deepEqual((await json(end)).errors.map((e: { path: string }) => e.path), ['end']);
  });

  test('the same Idempotency-Key never books twice; another body under it is refused', async () => {
    await createTestRoom(api(), 'testraum-b', { needsApproval: false });
    const body = request('testraum-b', '2026-12-04T10:00:00+01:00', '2026-12-04T12:00:00+01:00');
    const [first, second] = await Promise.all([post(api(), body, 'same-key-0001'), post(api(), body, 'same-key-0001')]);
    const statuses = [first.status, second.status].sort();
    // The second either replays the first answer or is told to retry while the first is in flight.
    assert.ok(statuses[0] === 201 && (statuses[1] === 201 || statuses[1] === 409), JSON.stringify(statuses));
    const again = await post(api(), body, 'same-key-0001');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const count = await api().database.db.selectFrom('bookings').select(({ fn }) => fn.countAll<number>().as('n')).where('room_id', '=', 'testraum-b').executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
    const reused = await post(api(), { ...body, purpose: 'Etwas ganz anderes' }, 'same-key-0001');
    assert.equal(reused.status, 422);
    assert.equal((await json(reused)).type, '/problems/idempotency-key-reused');
  });

  test('a taken time is a 409 with the conflict and free alternatives', async () => {
    const response = await post(api(), request('testraum-b', '2026-12-04T11:00:00+01:00', '2026-12-04T13:00:00+01:00'));
    assert.equal(response.status, 409);
    const problem = await json(response);
    assert.equal(problem.type, '/problems/booking-conflict');
    assert.deepEqual(problem.conflicts, [{ start: '2026-12-04T11:00:00+01:00', end: '2026-12-04T13:00:00+01:00' }]);
    assert.ok(problem.alternatives.length > 0);
    for (const alternative of problem.alternatives) {
      const retry = await post(api(), request(alternative.roomId, alternative.start, alternative.end));
      assert.equal(retry.status, 201, `alternative ${JSON.stringify(alternative)} must be bookable`);
      const created = await json(retry);
      await api().request(`/v1/musterkreis/bookings/${created.data.id}?token=${created.manageToken}`, { method: 'DELETE' });
    }
  });

  test('the buffer after a booking is kept free', async () => {
    const tooClose = await post(api(), request('testraum-b', '2026-12-04T12:15:00+01:00', '2026-12-04T13:00:00+01:00'));
    assert.equal(tooClose.status, 409);
    const afterBuffer = await post(api(), request('testraum-b', '2026-12-04T12:30:00+01:00', '2026-12-04T13:00:00+01:00'));
    assert.equal(afterBuffer.status, 201);
  });

  test('a weekly series lists its taken dates, and can leave them out', async () => {
    const series = request('testraum-b', '2026-11-27T10:00:00+01:00', '2026-11-27T12:00:00+01:00', { recurrence: { frequency: 'weekly', until: '2026-12-18' } });
    const conflict = await post(api(), series);
    assert.equal(conflict.status, 409);
    const problem = await json(conflict);
    assert.deepEqual(problem.conflicts.map((c: { start: string }) => c.start), ['2026-12-04T10:00:00+01:00']);
    const created = await post(api(), { ...series, excludeDates: ['2026-12-04'] });
    assert.equal(created.status, 201);
    const booking = (await json(created)).data;
    assert.deepEqual(booking.occurrences.map((o: { start: string }) => o.start), ['2026-11-27T10:00:00+01:00', '2026-12-11T10:00:00+01:00', '2026-12-18T10:00:00+01:00']);
    assert.equal(booking.status, 'confirmed');
  });

  test('50 concurrent requests for one slot, approved in parallel: exactly one is confirmed', async () => {
    await createTestRoom(api(), 'testraum-c');
    const body = request('testraum-c', '2026-12-08T18:00:00+01:00', '2026-12-08T21:00:00+01:00');
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(api(), body, `race-${api().backend}-${i}-key`)));
    assert.deepEqual([...new Set(responses.map((r) => r.status))], [201], 'requests may overlap each other');
    const ids: string[] = await Promise.all(responses.map(async (r) => (await json(r)).data.id));
    assert.equal(new Set(ids).size, 50);

    const decisions = await Promise.all(ids.map((id) => decide(api(), id, 'confirmed')));
    const statuses = decisions.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    for (const response of decisions.filter((r) => r.status === 409)) {
      const problem = await json(response);
      assert.equal(problem.type, '/problems/booking-conflict');
      assert.ok(problem.detail);
    }
    const rows = await sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM booking_slots WHERE room_id = 'testraum-c' GROUP BY status ORDER BY status`.execute(api().database.db);
    assert.deepEqual(rows.rows, [
      { status: 'confirmed', n: 1 },
      { status: 'requested', n: 49 },
    ], 'the others are still requests: nothing lost or changed');
  });

  test('a decided booking cannot be decided again; declining frees nothing twice', async () => {
    const created = await json(await post(api(), request('testraum-c', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00')));
    assert.equal((await decide(api(), created.data.id, 'declined')).status, 200);
    const again = await decide(api(), created.data.id, 'confirmed');
    assert.equal(again.status, 409);
    assert.equal((await json(again)).type, '/problems/booking-not-pending');
  });

  test('the secret link cancels, and the time becomes free again', async () => {
    const created = await json(await post(api(), request('testraum-b', '2026-12-10T10:00:00+01:00', '2026-12-10T11:00:00+01:00')));
    assert.equal(created.data.status, 'confirmed');
    const cancelled = await api().request(`/v1/musterkreis/bookings/${created.data.id}?token=${created.manageToken}`, { method: 'DELETE' });
    assert.equal(cancelled.status, 200);
    assert.equal((await json(cancelled)).data.status, 'cancelled');
    assert.equal((await post(api(), request('testraum-b', '2026-12-10T10:00:00+01:00', '2026-12-10T11:00:00+01:00'))).status, 201);
    const wrongToken = await api().request(`/v1/musterkreis/bookings/${created.data.id}?token=bk_${'x'.repeat(43)}`, { method: 'DELETE' });
    assert.equal(wrongToken.status, 404);
  });

  test('the secret link opens a page for people, with a cancel button that works', async () => {
    const created = await json(await post(api(), request('testraum-b', '2026-12-11T16:00:00+01:00', '2026-12-11T17:00:00+01:00', { purpose: 'Chorprobe <script>alert(1)</script>' })));
    const url = new URL(created.manageUrl);
    const page = await api().request(`${url.pathname}${url.search}`, { headers: { Accept: 'text/html,application/xhtml+xml', 'Accept-Language': 'de' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /form-action 'self'/);
    assert.equal(page.headers.get('cache-control'), 'private, no-store');
    const html = await page.text();
    assert.ok(html.includes('Testraum testraum-b') && html.includes('Gebucht'));
    assert.ok(html.includes('Chorprobe &lt;script&gt;') && !html.includes('<script>alert'), 'escaped');
    const question = await api().request(`/v1/musterkreis/bookings/${created.data.id}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'de' },
      body: new URLSearchParams({ token: created.manageToken }).toString(),
    });
    assert.equal(question.status, 200, 'the button first asks');
    assert.ok((await question.text()).includes('Ja, absagen'));
    assert.equal((await json(await api().request(`${url.pathname}${url.search}`))).data.status, 'confirmed', 'asking cancels nothing');
    const cancel = await api().request(`/v1/musterkreis/bookings/${created.data.id}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: created.manageToken, confirm: 'yes' }).toString(),
    });
    assert.equal(cancel.status, 303);
    const after = await api().request(cancel.headers.get('location')!, { headers: { Accept: 'text/html' } });
    assert.ok((await after.text()).includes('Die Buchung ist abgesagt.'));
    const arabic = await (await api().request(`${url.pathname}${url.search}`, { headers: { Accept: 'text/html', 'Accept-Language': 'ar' } })).text();
    assert.ok(arabic.includes('<html lang="ar" dir="rtl">') && arabic.includes('ملغى'), 'the page speaks the reader\'s language');
    const asJson = await json(await api().request(`${url.pathname}${url.search}`));
    assert.equal(asJson.data.status, 'cancelled');
    const forged = await api().request(`/v1/musterkreis/bookings/${created.data.id}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'token=bk_forged',
    });
    assert.equal(forged.status, 404);
  });

  test('free-room search only lists rooms free in the whole time window', async () => {
    const ids = async (query: string) => (await json(await api().request(`/v1/musterkreis/rooms?limit=100&${query}`))).data.map((r: { id: string }) => r.id);
    const evening = await ids('freeFrom=2026-12-04&freeStart=10:00&freeEnd=12:00');
    assert.ok(!evening.includes('testraum-b'), 'booked 10–12 that day');
    assert.ok((await ids('freeFrom=2026-12-04&freeStart=18:00')).includes('testraum-b'), 'free in the evening');
    assert.ok(!(await ids('freeFrom=2026-12-25&freeTo=2026-12-25')).includes('testraum-a'), 'closed at Christmas');
    assert.ok((await ids('freeFrom=2026-12-21&freeTo=2026-12-27&freeWeekdays=6,7&freeStart=10:00&freeEnd=14:00')).includes('testraum-a'), 'Saturday 26th closed, Sunday 27th free');
    const bad = await api().request('/v1/musterkreis/rooms?freeFrom=2026-12-04&freeTo=2026-12-01');
    assert.equal(bad.status, 400);
    assert.equal((await api().request('/v1/musterkreis/rooms?freeStart=18:00')).status, 400);
  });
});

test('public booking requests are rate-limited per client with Retry-After', async () => {
  const api = await openTestApi('pglite', { bookingRateLimit: { max: 2, windowMs: 60_000 } });
  try {
    const body = { roomId: 'nowhere', start: '2026-12-01T18:00:00+01:00', end: '2026-12-01T19:00:00+01:00' };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(api, request(body.roomId, body.start, body.end))).status);
    assert.deepEqual(statuses, [404, 404, 429]);
    const limited = await post(api, request(body.roomId, body.start, body.end));
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  } finally {
    await api.close();
  }
});
