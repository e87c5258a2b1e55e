/**
 * Many people ask for one slot of a room that books at once, over HTTP, on a
 * real PostgreSQL server: exactly one gets it, everyone else a clear 409 —
 * never a 500 (concurrent inserts checked by the exclusion constraint could
 * deadlock before the writes of one room were made to take turns).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { createTestDatabase } from '../support/postgres-cluster.js';

const ROOM = 'stz-neuhausen-gruppenraum'; // books without approval in the demo data

let server: LiveServer;
before(async () => {
  server = await startLiveServer({ databaseUrl: await createTestDatabase() });
});
after(async () => {
  await server?.close();
});

/** A 10:00–11:00 slot 20+ days ahead that nobody holds yet. */
async function freeSlot(daysAhead: number) {
  for (let days = daysAhead; days < daysAhead + 30; days += 1) {
    const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const url = `${server.baseUrl}/v1/musterkreis/rooms/${ROOM}/availability?from=${date}T00:00:00Z&to=${date}T23:00:00Z`;
    const { data } = (await (await fetch(url)).json()) as { data: { busy: unknown[]; openingHours: unknown[] } };
    if (data.busy.length === 0 && data.openingHours.length > 0) return date;
  }
  throw new Error('no free day found');
}

test('200 simultaneous requests for one slot: one booking, 199 conflicts, no server error', { timeout: 120_000 }, async () => {
  for (const daysAhead of [20, 60]) {
    const date = await freeSlot(daysAhead);
    const body = JSON.stringify({
      roomId: ROOM,
      start: new Date(`${date}T10:00:00+01:00`).toISOString(),
      end: new Date(`${date}T11:00:00+01:00`).toISOString(),
      purpose: 'Vorstandssitzung',
      expectedAttendees: 5,
      requester: { name: 'Test Person', email: 'test@example.org' },
      isPublic: false,
      acceptHouseRules: true,
    });
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        fetch(`${server.baseUrl}/v1/musterkreis/bookings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `contention-${date}-${i}` },
          body,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1, `${date}: ${JSON.stringify(statuses)}`);
    assert.equal(statuses.filter((s) => s === 409).length, 199, `${date}: ${JSON.stringify(statuses.filter((s) => s !== 201 && s !== 409))}`);
    await Promise.all(responses.map((r) => r.arrayBuffer()));
  }
});
