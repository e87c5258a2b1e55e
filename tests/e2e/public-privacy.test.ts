/**
 * Over real HTTP, after staff signed in and residents asked for rooms: the
 * public answers (widgets' routes, feeds, pages) set no cookie and carry no
 * personal data — no requester, no contact person without consent, no staff.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

let live: LiveServer;
before(async () => {
  live = await startLiveServer();
});
after(async () => {
  await live?.close();
});

const json = { 'Content-Type': 'application/json' };

test('public answers set no cookie and show no personal data, also while staff are signed in', async () => {
  const base = `${live.baseUrl}/v1/musterkreis`;
  const staffEmail = 'geheim.buero@musterkreis.example';
  const invited = await (await fetch(`${base}/staff`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${live.adminToken}` }, body: JSON.stringify({ email: staffEmail, name: 'Vertrauliche Person', roles: ['bookings'] }) })).json();
  const linkToken = new URL(invited.setPasswordUrl).hash.replace('#token=', '');
  assert.equal((await fetch(`${base}/auth/password`, { method: 'POST', headers: json, body: JSON.stringify({ token: linkToken, password: 'Ein sehr geheimer Satz hier' }) })).status, 204);
  const signIn = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: json, body: JSON.stringify({ email: staffEmail, password: 'Ein sehr geheimer Satz hier' }) });
  assert.equal(signIn.headers.get('set-cookie'), null, 'staff sessions are bearer secrets, not cookies');

  const rooms = (await (await fetch(`${base}/rooms?limit=1`)).json()).data;
  // A Wednesday evening between one and two weeks ahead: inside every demo room's notice and opening hours.
  const day = new Date(Date.now() + 7 * 86_400_000);
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  const booking = await fetch(`${base}/bookings`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      roomId: rooms[0].id, start: `${date}T18:00:00Z`, end: `${date}T19:00:00Z`, purpose: 'Vertrauliches Treffen', expectedAttendees: 3, isPublic: false, acceptHouseRules: true,
      requester: { name: 'Leyla Privat', email: 'leyla.privat@example.org', phone: '+49 170 0000000' },
    }),
  });
  assert.equal(booking.status, 201, await booking.clone().text());
  assert.equal(booking.headers.get('set-cookie'), null);

  const orgs = (await (await fetch(`${base}/organizations?limit=100`)).json()).data as Array<{ id: string }>;
  const event = (await (await fetch(`${base}/events?limit=1`)).json()).data[0];
  const program = (await (await fetch(`${base}/funding-programs?limit=1`)).json()).data[0];
  const paths = [
    '/v1/tenants', '/v1/openapi.json', '/', '/reference',
    `${'/v1/musterkreis'}/taxonomies/topics`, '/v1/musterkreis/organizations?limit=100', '/v1/musterkreis/rooms',
    `/v1/musterkreis/rooms/${rooms[0].id}`, `/v1/musterkreis/rooms/${rooms[0].id}/availability?from=2026-12-01T00:00:00%2B01:00&to=2026-12-08T00:00:00%2B01:00`,
    '/v1/musterkreis/events', `/v1/musterkreis/events/${event.eventId ?? event.id}`, '/v1/musterkreis/events.ics',
    '/v1/musterkreis/funding-programs', `/v1/musterkreis/funding-programs/${program.id}`, '/v1/musterkreis/funding-programs.ics',
    ...orgs.map((org) => `/v1/musterkreis/organizations/${org.id}`),
  ];
  const secrets = ['Leyla Privat', 'leyla.privat@example.org', '+49 170 0000000', 'Vertrauliches Treffen', staffEmail, 'Vertrauliche Person', 'Olena Kovalenko', 'Andrii Melnyk', '+49 2421 000212'];
  for (const path of paths) {
    const response = await fetch(`${live.baseUrl}${path}`, { headers: { Origin: 'https://www.musterkreis.example' } });
    assert.ok(response.status < 400, `${path} → ${response.status}`);
    assert.equal(response.headers.get('set-cookie'), null, `${path} sets a cookie`);
    const text = await response.text();
    for (const secret of secrets) assert.ok(!text.includes(secret), `${path} shows "${secret}"`);
  }
});
