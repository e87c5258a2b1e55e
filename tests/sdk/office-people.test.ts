/**
 * The SDK calls behind the office's admin, account and timeline screens,
 * against the real HTTP server: the last admin cannot be taken away (409
 * `last-admin`, the reason the staff screen shows); a room's requests and
 * confirmed bookings in one time window, as the timeline asks for them; a
 * new person's second factors and "sign out everywhere".
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiError, createClient, type TeilhabeClient } from '@teilhabe/sdk';
import { bookingRequest } from '../support/booking-fixtures.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { openRoomInput } from '../support/open-room.js';

const ROOM = 'sdk-zeitleiste-raum';
const HOUR = 3_600_000;

let live: LiveServer;
let admin: TeilhabeClient;
let anonymous: TeilhabeClient;

before(async () => {
  live = await startLiveServer();
  anonymous = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, timeoutMs: 30_000 });
  admin = anonymous.withToken(live.adminToken);
});
after(async () => {
  await live?.close();
});

test('the last admin keeps the role: 409 last-admin until another person is admin', async () => {
  const only = await admin.staff.invite({ email: 'einzige-admin@musterkreis.example', name: 'Einzige Admin', roles: ['admin'] });
  const refused = await admin.staff.update(only.data.id, { roles: ['editor'] }).catch((error: unknown) => error);
  assert.ok(refused instanceof ApiError);
  assert.equal(refused.status, 409);
  assert.match(refused.problem?.type ?? '', /last-admin/);
  const disabling = await admin.staff.update(only.data.id, { disabled: true }).catch((error: unknown) => error);
  assert.ok(disabling instanceof ApiError && disabling.status === 409);

  await admin.staff.invite({ email: 'zweite-admin@musterkreis.example', name: 'Zweite Admin', roles: ['admin', 'bookings'] });
  const changed = await admin.staff.update(only.data.id, { roles: ['editor'] });
  assert.deepEqual(changed.data.roles, ['editor']);
  const listed = (await admin.staff.list()).data.find((member) => member.id === only.data.id);
  assert.equal(listed?.status, 'invited');
});

test("a room's requests and confirmed bookings of one window, as the timeline asks for them", async () => {
  const venue = (await anonymous.rooms.list({ limit: 1 })).data[0]!.venue.id;
  await admin.rooms.put(ROOM, openRoomInput(ROOM, venue, { name: 'Raum der Zeitleiste', description: 'Ein Raum für den Test der Zeitleiste.', capacity: 20, maxAdvanceDays: 400, contactEmail: 'zeitleiste@example.org' }) as never);
  const day = new Date(Date.now() + 30 * 24 * HOUR);
  day.setUTCHours(15, 0, 0, 0);
  const at = (hours: number) => new Date(day.getTime() + hours * HOUR).toISOString().replace('.000Z', 'Z');
  const ask = (start: string, end: string, name: string) =>
    anonymous.bookings.create(bookingRequest(ROOM, start, end, { requester: { name, email: `${name.toLowerCase()}@example.org` } }) as never);
  const first = await ask(at(0), at(2), 'Erste');
  const competing = await ask(at(1), at(3), 'Zweite');
  const later = await ask(at(24 * 8), at(24 * 8 + 2), 'Spaeter');
  await admin.bookings.decide(first.data.id, { status: 'confirmed' });

  const window = await admin.bookings.queue({ status: ['requested', 'confirmed'], room: ROOM, from: at(-15), to: at(24 * 7 - 15), sort: 'start', limit: 100 });
  assert.deepEqual(
    window.data.map((booking) => [booking.requester.name, booking.status]),
    [
      ['Erste', 'confirmed'],
      ['Zweite', 'requested'],
    ],
  );
  const waiting = window.data.find((booking) => booking.id === competing.data.id)!;
  assert.deepEqual(waiting.overlaps.map((overlap) => [overlap.bookingId, overlap.status]), [[first.data.id, 'confirmed']]);
  assert.ok(!window.data.some((booking) => booking.id === later.data.id), 'a request outside the window stays out');
});

test("a new person's second factors, and signing out everywhere ends every session", async () => {
  const invited = await admin.staff.invite({ email: 'konto@musterkreis.example', name: 'Konto Probe', roles: ['bookings'] });
  await anonymous.auth.setPassword(new URL(invited.setPasswordUrl).hash.replace('#token=', ''), 'Ein Satz mit vielen Wörtern');
  const one = anonymous.withToken((await anonymous.auth.signIn('konto@musterkreis.example', 'Ein Satz mit vielen Wörtern')).token);
  const two = anonymous.withToken((await anonymous.auth.signIn('konto@musterkreis.example', 'Ein Satz mit vielen Wörtern')).token);
  const factors = await one.secondFactor.list();
  assert.deepEqual(factors.data, { totp: false, passkeys: [], recoveryCodesLeft: 0, required: false });
  const enrollment = await one.secondFactor.startTotpEnrollment();
  assert.match(enrollment.data.uri, /^otpauth:\/\/totp\/.*secret=/);
  const wrong = await one.secondFactor.confirmTotpEnrollment('000000').catch((error: unknown) => error);
  assert.ok(wrong instanceof ApiError && wrong.status === 401);

  await one.auth.signOutEverywhere();
  for (const session of [one, two]) {
    const ended = await session.auth.session().catch((error: unknown) => error);
    assert.ok(ended instanceof ApiError && ended.status === 401);
  }
});
