/**
 * The SDK against the real server, in-process on a loopback port with the
 * seeded `musterkreis` demo data: real round trips through every resource.
 * Record ids come from list answers, never from the demo files.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiError,
  createClient,
  type Locale,
  type OrganizationSummary,
  type Room,
  type TeilhabeClient,
} from '@teilhabe/sdk';
import { startLiveServer } from '../support/live-server.js';

type LiveServer = Awaited<ReturnType<typeof startLiveServer>>;

let live: LiveServer;
/** A public client reading in English. */
let client: TeilhabeClient;
/** An editor's client (bearer token). */
let editor: TeilhabeClient;

before(async () => {
  live = await startLiveServer();
  client = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, locale: 'en', timeoutMs: 30_000 });
  editor = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, locale: 'de', token: live.editorToken, timeoutMs: 30_000 });
});
after(async () => {
  await live?.close();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCALES: Locale[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'];

/** `2026-03-02` + `18:00` in Europe/Berlin as an ISO date-time with its offset. */
function berlinDateTime(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name === 'GMT' ? '+00:00' : (name ?? 'GMT+01:00').replace('GMT', '');
  return `${date}T${time}:00${offset}`;
}

const minutesOf = (time: string) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
};

/** Slots already handed out in this run, so that two tests never ask for the same time. */
const usedSlots: { roomId: string; start: number; end: number }[] = [];

/**
 * A free slot of `room` that keeps every rule of its booking policy: after the
 * minimum notice, within the advance limit, inside opening hours, clear of
 * busy times plus the buffer.
 */
async function findFreeSlot(room: Room): Promise<{ start: string; end: string }> {
  const policy = room.bookingPolicy;
  const earliest = Date.now() + (policy.minNoticeHours + 24) * 60 * 60 * 1000;
  const latest = Math.min(earliest + 21 * DAY_MS, Date.now() + (policy.maxAdvanceDays - 1) * DAY_MS);
  assert.ok(latest > earliest, `room ${room.id} allows no booking window`);
  const { data: availability } = await client.rooms.availability(room.id, {
    from: new Date(earliest).toISOString(),
    to: new Date(latest).toISOString(),
  });
  assert.equal(availability.roomId, room.id);
  const buffer = policy.bufferMinutes * 60 * 1000;
  const busy = [
    ...availability.busy.map((interval) => ({ start: Date.parse(interval.start), end: Date.parse(interval.end) })),
    ...usedSlots.filter((slot) => slot.roomId === room.id),
  ];
  for (const day of availability.openingHours) {
    const duration = Math.min(60, policy.maxDurationMinutes, minutesOf(day.closes) - minutesOf(day.opens));
    if (duration < 15) continue;
    const start = berlinDateTime(day.date, day.opens);
    const startMs = Date.parse(start);
    const endMs = startMs + duration * 60 * 1000;
    if (startMs < earliest || endMs > latest) continue;
    if (busy.some((interval) => interval.start < endMs + buffer && interval.end + buffer > startMs)) continue;
    usedSlots.push({ roomId: room.id, start: startMs, end: endMs });
    return { start, end: new Date(endMs).toISOString() };
  }
  throw new Error(`no free slot found for room ${room.id}`);
}

function bookingRequest(room: Room, slot: { start: string; end: string }) {
  return {
    roomId: room.id,
    start: slot.start,
    end: slot.end,
    purpose: 'Treffen des Elternvereins (SDK-Test)',
    expectedAttendees: Math.min(5, room.capacity, room.bookingPolicy.maxAttendees ?? room.capacity),
    requester: { name: 'Erika Beispiel', email: 'erika@example.org' },
    isPublic: false,
    acceptHouseRules: true as const,
  };
}

describe('tenants and taxonomies', () => {
  test('the demo tenant is listed', async () => {
    const { data } = await client.tenants.list();
    const tenant = data.find((entry) => entry.id === live.tenant);
    assert.ok(tenant, 'musterkreis is listed');
    assert.equal(tenant.defaultLocale, 'de');
  });

  test('taxonomies come labelled in the requested locale', async () => {
    const { data: english } = await client.taxonomies.get('topics');
    const { data: german } = await client.taxonomies.get('topics', { locale: 'de' });
    assert.ok(english.length >= 10);
    assert.deepEqual(english.map((term) => term.code), german.map((term) => term.code));
    const english0 = english[0]!;
    assert.equal(english0.translation.locale, 'en');
    assert.notEqual(english0.label, german[0]!.label);
    for (const name of ['organization-types', 'offers', 'equipment', 'accessibility', 'event-formats', 'funding-kinds', 'applicant-kinds', 'areas'] as const) {
      const { data } = await client.taxonomies.get(name);
      assert.ok(data.length > 0, `${name} has terms`);
    }
  });
});

describe('organisations', () => {
  let first: OrganizationSummary;

  test('a list in English with translation metadata', async () => {
    const { data, meta } = await client.organizations.list({ limit: 10 });
    assert.ok(meta.total >= 40, `total ${meta.total}`);
    assert.equal(data.length, 10);
    assert.equal(typeof meta.nextCursor, 'string');
    assert.equal(meta.locale, 'en');
    for (const organization of data) {
      assert.equal(organization.translation.locale, 'en');
      assert.equal(typeof organization.translation.fallbacks, 'object');
      assert.ok(Array.isArray(organization.translation.machineTranslated));
    }
    first = data[0]!;
  });

  test('untranslated texts fall back to German and say so', async () => {
    // The demo leaves some texts untranslated on purpose; find them in any locale.
    let fallbacks = 0;
    for (const locale of LOCALES.filter((entry) => entry !== 'de')) {
      for await (const organization of client.organizations.iterate({}, { locale })) {
        assert.equal(organization.translation.locale, locale);
        for (const [field, from] of Object.entries(organization.translation.fallbacks)) {
          assert.equal(from, 'de', `${organization.id}.${field} fell back to ${from}`);
          fallbacks++;
        }
      }
      if (fallbacks > 0) break;
    }
    assert.ok(fallbacks > 0, 'some field fell back to German');
  });

  test('one organisation in full; withLocale switches the language', async () => {
    const { data } = await client.organizations.get(first.id);
    assert.equal(data.id, first.id);
    assert.equal(data.name, first.name);
    assert.equal(typeof data.description, 'string');
    assert.ok(Array.isArray(data.contacts));
    assert.ok(Array.isArray(data.umbrellas) && Array.isArray(data.members));
    assert.equal(data.translation.locale, 'en');
    const { data: german } = await client.withLocale('de').organizations.get(first.id);
    assert.equal(german.translation.locale, 'de');
    assert.deepEqual(german.translation.fallbacks, {});
  });

  test('search with q finds an organisation by a word of its name', async () => {
    const word = first.name
      .split(/[\s.,()„“"-]+/)
      .filter((part) => part.length >= 5 && !/^(verein|e\.?v)$/i.test(part))
      .sort((a, b) => b.length - a.length)[0];
    assert.ok(word, `a searchable word in "${first.name}"`);
    const { data, meta } = await client.organizations.list({ q: word });
    assert.ok(meta.total >= 1);
    assert.ok(data.some((organization) => organization.id === first.id), `"${word}" finds ${first.id}`);
  });

  test('filters with code lists narrow the list, and facets count codes', async () => {
    const { data: topics } = await client.taxonomies.get('topics');
    const codes = topics.slice(0, 2).map((term) => term.code);
    const all = await client.organizations.list({ limit: 1 });
    const filtered = await client.organizations.list({ topic: codes, limit: 100 });
    assert.ok(filtered.meta.total <= all.meta.total);
    for (const organization of filtered.data) assert.ok(organization.topics.some((code) => codes.includes(code)), organization.id);
    if (filtered.meta.facets) assert.ok(Object.keys(filtered.meta.facets).length > 0);
  });

  test('iterate walks every page exactly once', async () => {
    const { meta } = await client.organizations.list({ limit: 1 });
    const ids: string[] = [];
    for await (const organization of client.organizations.iterate({ limit: 7 })) ids.push(organization.id);
    assert.equal(ids.length, meta.total);
    assert.equal(new Set(ids).size, ids.length, 'no organisation twice');
  });

  test('iterate honours max', async () => {
    const ids: string[] = [];
    for await (const organization of client.organizations.iterate({ limit: 7 }, { max: 10 })) ids.push(organization.id);
    assert.equal(ids.length, 10);
  });

  test('an unknown id is an ApiError 404 with problem details and a request id', async () => {
    const { error } = await client.organizations.get('gibt-es-nicht').then(
      () => ({ error: undefined }),
      (error: unknown) => ({ error }),
    );
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, 404);
    assert.equal(error.problem.status, 404);
    assert.equal(typeof error.problem.title, 'string');
    assert.equal(typeof error.requestId, 'string');
  });

  test('a bad filter is an ApiError 400 naming the parameter', async () => {
    await assert.rejects(client.organizations.list({ topic: 'NOT A CODE!' }), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.ok(error.fieldErrors.length > 0);
      assert.ok(error.fieldErrors.some((field) => field.path.startsWith('topic')), JSON.stringify(error.fieldErrors));
      return true;
    });
  });

  test('ETag revalidation: the second read is a 304 and yields the same body', async () => {
    const statuses: number[] = [];
    const cached = createClient({
      baseUrl: live.baseUrl,
      tenant: live.tenant,
      locale: 'en',
      cache: true,
      fetch: async (request) => {
        const response = await fetch(request);
        statuses.push(response.status);
        return response;
      },
    });
    const once = await cached.organizations.get(first.id);
    const twice = await cached.organizations.get(first.id);
    assert.deepEqual(twice, once);
    assert.deepEqual(statuses, [200, 304]);
  });

  test('an editor creates, reads and removes an organisation; without a token it is refused', async () => {
    const { data: types } = await client.taxonomies.get('organization-types');
    const id = `sdk-test-verein-${Date.now()}`;
    const input = {
      id,
      name: 'SDK-Testverein e.V.',
      shortDescription: { de: 'Ein Verein nur für den Test.', en: 'An association for the test only.' },
      description: { de: 'Wird gleich wieder gelöscht.' },
      types: [types[0]!.code],
    };
    await assert.rejects(client.organizations.put(id, input), (error: unknown) => error instanceof ApiError && error.status === 401);
    const { data: written } = await editor.organizations.put(id, input);
    assert.equal(written.id, id);
    const { data: read } = await client.organizations.get(id);
    assert.equal(read.shortDescription, 'An association for the test only.');
    assert.equal(read.description, 'Wird gleich wieder gelöscht.');
    assert.equal(read.translation.fallbacks.description, 'de');
    await editor.organizations.delete(id);
    await assert.rejects(client.organizations.get(id), (error: unknown) => error instanceof ApiError && error.status === 404);
  });
});

describe('rooms and bookings', () => {
  let rooms: Room[] = [];

  before(async () => {
    const list = await client.rooms.list({ limit: 100 });
    rooms = await Promise.all(list.data.map(async (summary) => (await client.rooms.get(summary.id)).data));
  });

  test('twelve rooms in five venues, each with its details', async () => {
    const { meta } = await client.rooms.list();
    assert.equal(meta.total, 12);
    assert.equal(rooms.length, 12);
    assert.equal(new Set(rooms.map((room) => room.venue.id)).size, 5);
    for (const room of rooms) {
      assert.equal(room.translation.locale, 'en');
      assert.ok(Array.isArray(room.openingHours));
      assert.equal(typeof room.bookingPolicy.needsApproval, 'boolean');
    }
  });

  test('filters: capacity and equipment', async () => {
    const { data } = await client.rooms.list({ capacity: 30 });
    for (const room of data) assert.ok(room.capacity >= 30, room.id);
    const equipped = rooms.find((room) => room.equipment.length > 0);
    if (equipped) {
      const { data: withEquipment } = await client.rooms.list({ equipment: [equipped.equipment[0]!] });
      assert.ok(withEquipment.some((room) => room.id === equipped.id));
    }
  });

  test('availability lists busy times and opening hours, never who booked', async () => {
    const room = rooms[0]!;
    const from = new Date(Date.now() + DAY_MS).toISOString();
    const to = new Date(Date.now() + 8 * DAY_MS).toISOString();
    const { data } = await client.rooms.availability(room.id, { from, to });
    assert.equal(data.roomId, room.id);
    assert.equal(data.timeZone, 'Europe/Berlin');
    for (const interval of data.busy) {
      assert.deepEqual(Object.keys(interval).sort(), ['end', 'kind', 'start']);
    }
  });

  test('a booking request: create, see it with the secret token, cancel it', async () => {
    const room = rooms.find((entry) => entry.bookingPolicy.needsApproval) ?? rooms[0]!;
    const slot = await findFreeSlot(room);
    const created = await client.bookings.create(bookingRequest(room, slot));
    assert.equal(created.data.roomId, room.id);
    assert.ok(['requested', 'confirmed'].includes(created.data.status));
    assert.equal(typeof created.manageUrl, 'string');

    const { data: seen } = await client.bookings.get(created.data.id, { token: created.manageToken });
    assert.equal(seen.id, created.data.id);
    assert.equal(seen.purpose, 'Treffen des Elternvereins (SDK-Test)');

    const { data: cancelled } = await client.bookings.cancel(created.data.id, { token: created.manageToken });
    assert.equal(cancelled.status, 'cancelled');

    await assert.rejects(client.bookings.get(created.data.id, { token: 'x'.repeat(40) }), (error: unknown) => error instanceof ApiError && error.status === 404);
  });

  test('the same idempotency key never books twice', async () => {
    const room = rooms.find((entry) => !entry.bookingPolicy.needsApproval) ?? rooms[1]!;
    const slot = await findFreeSlot(room);
    const request = bookingRequest(room, slot);
    const idempotencyKey = `sdk-live-${Date.now()}`;
    const first = await client.bookings.create(request, { idempotencyKey });
    const again = await client.bookings.create(request, { idempotencyKey });
    assert.equal(again.data.id, first.data.id);
    await client.bookings.cancel(first.data.id, { token: first.manageToken });
  });

  test('a taken time is an ApiError 409 with the conflicts and alternatives', async (t) => {
    const room = rooms.find((entry) => !entry.bookingPolicy.needsApproval);
    if (!room) {
      t.skip('every demo room needs approval; requests may overlap');
      return;
    }
    const slot = await findFreeSlot(room);
    const first = await client.bookings.create(bookingRequest(room, slot));
    assert.equal(first.data.status, 'confirmed');
    try {
      await assert.rejects(client.bookings.create(bookingRequest(room, slot)), (error: unknown) => {
        assert.ok(error instanceof ApiError, String(error));
        assert.equal(error.status, 409);
        assert.ok(Array.isArray(error.problem.alternatives), JSON.stringify(error.problem));
        return true;
      });
    } finally {
      await client.bookings.cancel(first.data.id, { token: first.manageToken });
    }
  });

  test('an editor approves a request', async () => {
    const room = rooms.find((entry) => entry.bookingPolicy.needsApproval);
    assert.ok(room, 'a demo room needs approval');
    const slot = await findFreeSlot(room);
    const created = await client.bookings.create(bookingRequest(room, slot));
    assert.equal(created.data.status, 'requested');
    await assert.rejects(client.bookings.decide(created.data.id, { status: 'confirmed' }), (error: unknown) => error instanceof ApiError && error.status === 401);
    const { data: decided } = await editor.bookings.decide(created.data.id, { status: 'confirmed', note: 'Passt.' });
    assert.equal(decided.status, 'confirmed');
    const { data: seenByEditor } = await editor.bookings.get(created.data.id);
    assert.equal(seenByEditor.status, 'confirmed');
    await editor.bookings.cancel(created.data.id);
  });

  test('the queue shows competing requests; approving one and declining the rest with one reason', async () => {
    const room = rooms.find((entry) => entry.bookingPolicy.needsApproval);
    assert.ok(room, 'a demo room needs approval');
    const slot = await findFreeSlot(room);
    const first = await client.bookings.create({ ...bookingRequest(room, slot), requester: { name: 'Erste Anfrage', email: 'erste@example.org' } });
    const second = await client.bookings.create({ ...bookingRequest(room, slot), requester: { name: 'Zweite Anfrage', email: 'zweite@example.org' } });
    await assert.rejects(client.bookings.queue(), (error: unknown) => error instanceof ApiError && error.status === 401);

    const { data, meta } = await editor.bookings.queue({ status: ['requested'], room: room.id, q: 'Anfrage' });
    const mine = data.filter((b) => b.id === first.data.id || b.id === second.data.id);
    assert.equal(mine.length, 2, JSON.stringify(data.map((b) => b.requester.name)));
    assert.ok(meta.total >= 2);
    const queued = mine.find((b) => b.id === first.data.id)!;
    assert.equal(queued.requester.email, 'erste@example.org', 'the office sees the contact');
    assert.ok(queued.overlaps.some((o) => o.bookingId === second.data.id), 'and what competes');

    await editor.bookings.decide(first.data.id, { status: 'confirmed' });
    const declined = await editor.bookings.declineConflicting(first.data.id, 'Der Raum ist zu dieser Zeit schon vergeben.');
    assert.deepEqual(declined.data.map((d) => d.id), [second.data.id]);
    const { data: after } = await editor.bookings.queue({ status: 'declined', room: room.id });
    assert.equal(after.find((b) => b.id === second.data.id)?.decisionReason, 'Der Raum ist zu dieser Zeit schon vergeben.');
    await editor.bookings.cancel(first.data.id);
  });

  test('an invalid booking request is an ApiError 400 naming the fields', async () => {
    const room = rooms[0]!;
    const slot = { start: new Date(Date.now() + 30 * DAY_MS).toISOString(), end: new Date(Date.now() + 30 * DAY_MS + 3600_000).toISOString() };
    const invalid = { ...bookingRequest(room, slot), requester: { name: 'E', email: 'keine-adresse' } };
    await assert.rejects(client.bookings.create(invalid), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.ok(error.fieldErrors.some((field) => field.path === 'requester.email'), JSON.stringify(error.fieldErrors));
      return true;
    });
  });
});

describe('events', () => {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 31 * DAY_MS).toISOString();

  test('occurrences in a window, by start time, with the event behind them', async () => {
    const { data, meta } = await client.events.list({ from, to, limit: 100 });
    assert.ok(meta.total > 0);
    assert.equal(meta.locale, 'en');
    const starts = data.map((occurrence) => Date.parse(occurrence.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    for (const occurrence of data) {
      assert.ok(Date.parse(occurrence.end) >= Date.parse(from), occurrence.occurrenceId);
      assert.ok(Date.parse(occurrence.start) <= Date.parse(to), occurrence.occurrenceId);
    }
    const { data: event } = await client.events.get(data[0]!.eventId);
    assert.equal(event.id, data[0]!.eventId);
    assert.equal(event.timeZone, 'Europe/Berlin');
  });

  test('recurring events are expanded and iterate reaches every occurrence', async () => {
    const { meta } = await client.events.list({ from, to: new Date(Date.now() + 90 * DAY_MS).toISOString(), limit: 1 });
    let count = 0;
    let recurring = 0;
    for await (const occurrence of client.events.iterate({ from, to: new Date(Date.now() + 90 * DAY_MS).toISOString(), limit: 25 })) {
      count++;
      if (occurrence.recurring) recurring++;
    }
    assert.equal(count, Math.min(meta.total, 1_000));
    assert.ok(recurring > 0, 'some occurrences come from recurring events');
  });

  test('the feed URL serves text/calendar in the requested language', async () => {
    const url = client.events.feedUrl({});
    assert.match(url, /\/events\.ics\?locale=en$/);
    assert.match(client.events.feedUrl({}, { webcal: true }), /^webcal:\/\//);
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    const body = await response.text();
    assert.match(body, /^BEGIN:VCALENDAR/);
    assert.match(body, /BEGIN:VEVENT/);
  });
});

describe('funding', () => {
  test('at least twenty programmes; one in full', async () => {
    const { data, meta } = await client.funding.list({ limit: 100 });
    assert.ok(meta.total >= 20, `total ${meta.total}`);
    assert.equal(data.length, meta.total);
    const { data: program } = await client.funding.get(data[0]!.id);
    assert.equal(program.id, data[0]!.id);
    assert.ok(Array.isArray(program.applicationSteps));
    assert.equal(program.translation.locale, 'en');
  });

  test('match ranks every programme a page at a time, with a verdict per criterion', async () => {
    const { data: applicantKinds } = await client.taxonomies.get('applicant-kinds');
    const { data: areas } = await client.taxonomies.get('areas');
    const { meta: listMeta } = await client.funding.list({ limit: 1 });
    const profile = { applicantKind: applicantKinds[0]!.code, area: areas[0]!.code, needs: ['money' as const], nonProfit: true };
    const { data: firstPage, meta } = await client.funding.match(profile, { limit: 5 });
    assert.equal(meta.total, listMeta.total, 'every programme is ranked');
    assert.equal(firstPage.length, 5);
    assert.equal(meta.fits.eligible + meta.fits.partial + meta.fits.ineligible, meta.total);
    const data = [];
    for await (const match of client.funding.iterateMatches(profile)) data.push(match);
    assert.equal(data.length, listMeta.total, 'iterateMatches goes through every page');
    assert.deepEqual(data.slice(0, 5).map((match) => match.program.id), firstPage.map((match) => match.program.id));
    const verdicts = new Set<string>();
    for (const match of data) {
      assert.ok(['eligible', 'partial', 'ineligible'].includes(match.fit));
      assert.ok(match.criteria.length > 0);
      for (const criterion of match.criteria) {
        assert.ok(['met', 'not-met', 'unknown'].includes(criterion.verdict));
        assert.equal(typeof criterion.reason, 'string');
        verdicts.add(criterion.verdict);
      }
    }
    assert.ok(verdicts.has('met'));
    const scores = data.map((match) => match.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best fit first');
  });

  test('the deadlines feed URL serves text/calendar', async () => {
    const response = await fetch(client.funding.feedUrl({}));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
  });
});
