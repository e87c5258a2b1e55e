/**
 * Booking under contention: N concurrent public requests for the same slot of a
 * room that needs no approval. The exclusion constraint must let exactly one win.
 */
import { randomUUID } from 'node:crypto';
import { summarize, type Summary } from '../lib/stats.js';
import { berlinIso, isoDay, TENANT } from './queries.js';

export const CONTENTION_ROOM = 'rathaus-sitzungszimmer'; // needsApproval: false

export interface Contention {
  slot: { start: string; end: string };
  successes: number;
  conflicts: number;
  other: Record<string, number>;
  latency: Summary;
  wallMs: number;
}

interface Availability {
  openingHours: Array<{ date: string; opens: string; closes: string }>;
  busy: Array<{ start: string; end: string; kind: string }>;
}

/** A free hour (with 30 minutes either side) on an open day, at least `minDays` ahead; skips `taken`. */
async function freeSlot(base: string, minDays: number, taken: Set<string>) {
  const DAY = 86_400_000;
  const from = new Date(Date.now() + minDays * DAY);
  const to = new Date(from.getTime() + 40 * DAY);
  const url = `${base}/v1/${TENANT}/rooms/${CONTENTION_ROOM}/availability?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const availability = ((await (await fetch(url)).json()) as { data: Availability }).data;
  const busy = availability.busy.filter((b) => b.kind !== 'requested').map((b) => [Date.parse(b.start), Date.parse(b.end)] as const);
  for (const day of availability.openingHours) {
    for (const hour of ['10', '13', '16', '19']) {
      if (`${hour}:00` < day.opens || `${String(Number(hour) + 1).padStart(2, '0')}:00` > day.closes) continue;
      const start = berlinIso(day.date, `${hour}:00`);
      const end = berlinIso(day.date, `${String(Number(hour) + 1).padStart(2, '0')}:00`);
      const s = Date.parse(start) - 30 * 60_000;
      const e = Date.parse(end) + 30 * 60_000;
      // The window's first day starts at `from`, not at midnight: an hour before it is not covered by `busy`.
      if (s < from.getTime() || taken.has(start) || busy.some(([bs, be]) => bs < e && be > s)) continue;
      taken.add(start);
      return { start, end };
    }
  }
  throw new Error(`no free hour found in ${CONTENTION_ROOM} (${isoDay(from)} – ${isoDay(to)})`);
}

export async function measureContention(base: string, concurrent: number, rounds: number): Promise<Contention[]> {
  const taken = new Set<string>();
  const out: Contention[] = [];
  for (let round = 0; round < rounds; round++) {
    const slot = await freeSlot(base, 5 + round * 7, taken);
    const body = (i: number) =>
      JSON.stringify({
        roomId: CONTENTION_ROOM,
        start: slot.start,
        end: slot.end,
        purpose: `Benchmark ${round}-${i}`,
        expectedAttendees: 8,
        isPublic: false,
        acceptHouseRules: true,
        requester: { name: `Bench Person ${i}`, email: `bench-${i}@example.org` },
      });
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrent }, async (_, i) => {
        const start = performance.now();
        try {
          const response = await fetch(`${base}/v1/${TENANT}/bookings`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
            body: body(i),
          });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        } catch {
          const key = `network error`;
          statuses[key] = (statuses[key] ?? 0) + 1;
        }
        latencies.push(performance.now() - start);
      }),
    );
    const wallMs = performance.now() - t0;
    const { 201: created = 0, 409: conflicts = 0, ...other } = statuses as Record<string, number>;
    out.push({ slot, successes: created, conflicts, other, latency: summarize(latencies), wallMs });
  }
  return out;
}
