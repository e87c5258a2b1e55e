/** The real HTTP server over loopback: pages, document, caching and a booking round trip. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

describe('HTTP server', () => {
  let server: LiveServer;
  before(async () => {
    server = await startLiveServer();
  });
  after(async () => {
    await server?.close();
  });

  test('the landing page links the API, the document and the reference, with a strict CSP', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const html = await response.text();
    for (const link of ['/v1/openapi.json', '/reference', '/v1/tenants']) assert.ok(html.includes(`href="${link}"`), link);
    assert.ok(!/https?:\/\/(?!127\.0\.0\.1)/.test(html.replace(/<p>.*?<\/p>/gs, '')), 'no third-party URLs');
  });

  test('the API reference is rendered locally from the OpenAPI document', async () => {
    const html = await (await fetch(`${server.baseUrl}/reference`)).text();
    assert.ok(html.includes('/v1/{tenant}/organizations'));
    assert.ok(html.includes('matchFundingPrograms'));
    assert.ok(!html.includes('<script'), 'no script needed');
  });

  test('/v1/openapi.json is the committed document', async () => {
    const served = await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json();
    const committed = JSON.parse(readFileSync(new URL('../../packages/contract/openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(served, committed);
  });

  test('ETag revalidation works over the wire', async () => {
    const url = `${server.baseUrl}/v1/musterkreis/taxonomies/topics?locale=ar`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    assert.equal((await fetch(url, { headers: { 'If-None-Match': etag } })).status, 304);
  });

  test('a booking request over HTTP returns a working secret link', async () => {
    const rooms = (await (await fetch(`${server.baseUrl}/v1/musterkreis/rooms?limit=100`)).json()) as { data: Array<{ id: string; bookingPolicy: { minNoticeHours: number }; capacity: number }> };
    const room = rooms.data.find((r) => r.capacity >= 5)!;
    const room_ = (await (await fetch(`${server.baseUrl}/v1/musterkreis/rooms/${room.id}`)).json()) as { data: { openingHours: Array<{ weekday: number; opens: string; closes: string }> } };
    // Find a date at least a week ahead on which the room opens, and ask for its first hour.
    for (let days = 7; days < 40; days += 1) {
      const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const hours = room_.data.openingHours.find((h) => h.weekday === weekday);
      if (!hours) continue;
      const start = new Date(`${date}T${hours.opens}:00+01:00`);
      const end = new Date(start.getTime() + 60 * 60_000);
      const response = await fetch(`${server.baseUrl}/v1/musterkreis/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: 'https://www.example.de' },
        body: JSON.stringify({
          roomId: room.id,
          start: start.toISOString(),
          end: end.toISOString(),
          purpose: 'Probe des Chors',
          expectedAttendees: 5,
          requester: { name: 'Test Person', email: 'test@example.org' },
          isPublic: false,
          acceptHouseRules: true,
        }),
      });
      if (response.status === 409 || response.status === 422) continue;
      assert.equal(response.status, 201, await response.clone().text());
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const created = (await response.json()) as { manageUrl: string; data: { id: string } };
      assert.ok(created.manageUrl.startsWith(server.baseUrl));
      const seen = await fetch(created.manageUrl);
      assert.equal(seen.status, 200);
      assert.equal(((await seen.json()) as { data: { id: string } }).data.id, created.data.id);
      return;
    }
    assert.fail('found no bookable hour in the demo rooms');
  });
});
