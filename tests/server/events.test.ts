import assert from 'node:assert/strict';
import { it } from 'node:test';
import ICAL from 'ical.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import type { Event, EventOccurrence, ListResponse, Problem } from '@teilhabe/sdk';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const BASE = '/v1/musterkreis';

/** A weekly Tuesday meeting across the March 2027 clock change, one date cancelled. */
const weeklySeries = {
  id: 'test-zebrafink-treffen',
  title: { de: 'Zebrafink-Treffen', en: 'Zebra finch meeting' },
  summary: { de: 'Ein Testtreffen jede Woche.', en: 'A weekly test meeting.' },
  description: { de: 'Wir treffen uns jeden Dienstag um 18 Uhr.' },
  start: '2027-03-16T18:00:00+01:00',
  end: '2027-03-16T20:00:00+01:00',
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', exdates: ['2027-03-23T18:00:00+01:00'] },
  location: { kind: 'hybrid', roomId: 'rathaus-ratssaal', onlineUrl: 'https://meet.example.org/zebrafink' },
  organizers: [{ kind: 'office', name: 'Integrationsbüro' }],
  format: 'network-meeting',
  topics: ['society-politics'],
  languages: ['de', 'tr'],
  areas: ['musterstadt'],
  price: { free: false, amountEur: 3 },
};

/** A two-day festival (all day), cancelled. */
const festival = {
  id: 'test-zebrafink-fest',
  title: { de: 'Zebrafink-Fest' },
  summary: { de: 'Zwei Tage Fest.' },
  description: { de: 'Ein Fest über zwei Tage.' },
  start: '2027-01-09T00:00:00+01:00',
  end: '2027-01-10T23:59:00+01:00',
  allDay: true,
  location: { kind: 'address', address: { street: 'Marktplatz 1', postalCode: '52349', city: 'Musterstadt', area: 'musterstadt' } },
  organizers: [{ kind: 'office', name: 'Integrationsbüro' }],
  format: 'public-celebration',
  status: 'cancelled',
};

async function put(api: TestApi, path: string, body: unknown, init: RequestInit = {}) {
  return api.request(path, api.asEditor({ method: 'PUT', body: JSON.stringify(body), ...init }));
}

async function list(api: TestApi, query: string) {
  const response = await api.request(`${BASE}/events?${query}`);
  assert.equal(response.status, 200, await response.clone().text());
  return json<ListResponse<EventOccurrence>>(response);
}

const problemOf = (response: Response) => json<Problem>(response);
const eventOf = (response: Response) => json<{ data: Event }>(response);

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

describeOnBothBackends('events', (api) => {
  it('lists occurrences of the next 31 days by start, with stable occurrence ids', async () => {
    const body = await list(api(), 'limit=100');
    assert.ok(body.meta.total > 0);
    assert.equal(body.meta.locale, 'de');
    const now = api().clock.now.getTime();
    const starts = body.data.map((o) => Date.parse(o.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    for (const occurrence of body.data) {
      assert.equal(occurrence.occurrenceId, `${occurrence.eventId}@${new Date(occurrence.start).toISOString()}`);
      assert.ok(Date.parse(occurrence.end) >= now, 'ends after now');
      assert.ok(Date.parse(occurrence.start) < now + 31 * 86_400_000, 'starts within 31 days');
      assert.equal(occurrence.timeZone, 'Europe/Berlin');
    }
    assert.ok(body.data.some((o) => o.recurring), 'some recurring events are expanded');
  });

  it('filters by time of day for volunteers: evenings from 17:00, weekends, or either', async () => {
    const berlin = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23', weekday: 'short' }).formatToParts(new Date(iso));
    const part = (iso: string, type: string) => berlin(iso).find((p) => p.type === type)!.value;
    const evening = (await list(api(), 'limit=100&time=evening')).data as Array<{ start: string; allDay: boolean }>;
    assert.ok(evening.length > 0);
    for (const o of evening) assert.ok(!o.allDay && Number(part(o.start, 'hour')) >= 17, `${o.start} is not an evening`);
    const weekend = (await list(api(), 'limit=100&time=weekend')).data as Array<{ start: string; allDay: boolean }>;
    assert.ok(weekend.length > 0);
    for (const o of weekend.filter((w) => !w.allDay)) assert.ok(['Sat', 'Sun'].includes(part(o.start, 'weekday')), `${o.start} is not at a weekend`);
    const either = (await list(api(), 'limit=100&time=evening,weekend')).meta.total;
    const all = (await list(api(), 'limit=1')).meta.total;
    assert.ok(either >= Math.max(evening.length, weekend.length) && either < all);
    const feed = async (query: string) => (await (await api().request(`${BASE}/events.ics?${query}`)).text()).split('BEGIN:VEVENT').length - 1;
    assert.ok((await feed('time=weekend')) < (await feed('')), 'the feed honours the filter');
    assert.equal((await api().request(`${BASE}/events?time=midnight`)).status, 400);
  });

  it('pages through the window with cursors', async () => {
    const first = await list(api(), 'limit=5');
    assert.ok(first.meta.nextCursor);
    const second = await list(api(), `limit=5&cursor=${first.meta.nextCursor}`);
    assert.equal(second.meta.total, first.meta.total);
    const ids = new Set([...first.data, ...second.data].map((o) => o.occurrenceId));
    assert.equal(ids.size, 10);
  });

  it('leaves out the exception dates of demo series', async () => {
    const body = await list(api(), `from=${api().clock.now.toISOString()}&to=${new Date(api().clock.now.getTime() + 120 * 86_400_000).toISOString()}&limit=100`);
    let checked = 0;
    for (const eventId of new Set(body.data.filter((o) => o.recurring).map((o) => o.eventId))) {
      const event = (await eventOf(await api().request(`${BASE}/events/${eventId}`))).data;
      const all = await list(api(), `from=${api().clock.now.toISOString()}&to=${new Date(api().clock.now.getTime() + 360 * 86_400_000).toISOString()}&limit=100&q=${encodeURIComponent(event.title.split(' ')[0]!)}`);
      const starts = new Set(all.data.filter((o) => o.eventId === eventId).map((o) => Date.parse(o.start)));
      for (const exdate of event.recurrence!.exdates ?? []) {
        assert.ok(!starts.has(Date.parse(exdate)), `${eventId} still lists ${exdate}`);
        checked += 1;
      }
    }
    assert.ok(checked > 0, 'the demo data has exception dates');
  });

  it('stores an event and expands it in local time across the clock change, without its exception date', async () => {
    const saved = await put(api(), `${BASE}/events/${weeklySeries.id}`, weeklySeries);
    assert.equal(saved.status, 200, await saved.clone().text());
    const event = (await eventOf(saved)).data;
    assert.equal(event.location.roomName, 'Ratssaal');
    assert.equal(event.location.venueName, 'Rathaus Musterstadt');
    assert.deepEqual(event.organizers, [{ kind: 'office', name: 'Integrationsbüro' }]);

    const body = await list(api(), 'from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z&q=zebrafink');
    assert.deepEqual(
      body.data.map((o) => o.start),
      ['2027-03-16T18:00:00+01:00', '2027-03-30T18:00:00+02:00', '2027-04-06T18:00:00+02:00'],
    );
    assert.deepEqual(body.data.map((o) => o.occurrenceId), [
      'test-zebrafink-treffen@2027-03-16T17:00:00.000Z',
      'test-zebrafink-treffen@2027-03-30T16:00:00.000Z',
      'test-zebrafink-treffen@2027-04-06T16:00:00.000Z',
    ]);
    assert.ok(body.data.every((o) => o.recurring && o.end.endsWith('20:00:00' + o.start.slice(-6))));
  });

  it('includes multi-day and all-day events that overlap the window, cancelled ones with their status', async () => {
    const savedFestival = await put(api(), `${BASE}/events/${festival.id}`, festival);
    assert.equal(savedFestival.status, 200, await savedFestival.clone().text());
    const body = await list(api(), 'from=2027-01-10T12:00:00Z&to=2027-01-10T13:00:00Z&q=zebrafink');
    assert.equal(body.data.length, 1);
    const occurrence = body.data[0]!;
    assert.equal(occurrence.status, 'cancelled');
    assert.equal(occurrence.allDay, true);
    assert.equal(occurrence.start, '2027-01-09T00:00:00+01:00');
    assert.equal(occurrence.end, '2027-01-11T00:00:00+01:00');
    const after = await list(api(), 'from=2027-01-11T00:00:00%2B01:00&to=2027-01-12T00:00:00%2B01:00&q=zebrafink');
    assert.equal(after.data.length, 0);
  });

  it('filters by topic, language, organiser, area, format, price and text', async () => {
    const window = `from=${api().clock.now.toISOString()}&to=${new Date(api().clock.now.getTime() + 90 * 86_400_000).toISOString()}&limit=100`;
    const all = await list(api(), window);
    const sample = all.data.find((o) => o.organizers.some((g) => g.kind === 'organization'))!;
    const orgId = sample.organizers.flatMap((g) => (g.kind === 'organization' ? [g.id] : []))[0]!;
    const cases: Array<[string, (o: EventOccurrence) => boolean]> = [
      [`topic=${sample.topics[0]}`, (o) => o.topics.includes(sample.topics[0]!)],
      [`language=${sample.languages[0]}`, (o) => o.languages.includes(sample.languages[0]!)],
      [`organizer=${orgId}`, (o) => o.organizers.some((g) => g.kind === 'organization' && g.id === orgId)],
      ['organizer=office', (o) => o.organizers.some((g) => g.kind === 'office')],
      [`format=${sample.format}`, (o) => o.format === sample.format],
      ['free=false', (o) => o.price.free === false],
      ['free=true', (o) => o.price.free === true],
      ['area=lindenberg', (o) => o.areas.includes('lindenberg') || o.location.address?.area === 'lindenberg'],
    ];
    for (const [filter, holds] of cases) {
      const body = await list(api(), `${window}&${filter}`);
      assert.ok(body.meta.total > 0, `${filter} finds something`);
      assert.ok(body.meta.total < all.meta.total, `${filter} narrows the list`);
      for (const occurrence of body.data) assert.ok(holds(occurrence), `${filter}: ${occurrence.occurrenceId}`);
    }
    const text = await list(api(), `${window}&q=${encodeURIComponent(sample.title.split(' ')[0]!)}`);
    assert.ok(text.data.some((o) => o.eventId === sample.eventId));
  });

  it('answers bad windows and parameters with a 400 problem naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['from=2027-01-10T00:00:00Z&to=2027-01-01T00:00:00Z', 'to'],
      ['from=2027-01-01T00:00:00Z&to=2028-01-03T00:00:00Z', 'to'],
      ['from=yesterday', 'from'],
      ['from=2090-01-01T00:00:00Z&to=2090-02-01T00:00:00Z', 'to'],
      ['from=1990-01-01T00:00:00Z', 'from'],
      ['limit=1000', 'limit'],
      ['free=maybe', 'free'],
      ['topic=Not%20A%20Code', 'topic.0'],
      ['cursor=nonsense', 'cursor'],
    ];
    for (const [query, field] of cases) {
      const response = await api().request(`${BASE}/events?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = await problemOf(response);
      assert.ok(problem.errors!.some((e) => e.path === field), `${query}: ${JSON.stringify(problem.errors)}`);
    }
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await api().request(`${BASE}/events?from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await api().request(`${BASE}/events?from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const detail = await api().request(`${BASE}/events/${weeklySeries.id}`);
    const detailAgain = await api().request(`${BASE}/events/${weeklySeries.id}`, { headers: { 'If-None-Match': detail.headers.get('etag')! } });
    assert.equal(detailAgain.status, 304);
  });

  it('shows one event with texts falling back per field', async () => {
    const response = await api().request(`${BASE}/events/${weeklySeries.id}?locale=en`);
    const event = (await eventOf(response)).data;
    assert.equal(event.title, 'Zebra finch meeting');
    assert.equal(event.description, 'Wir treffen uns jeden Dienstag um 18 Uhr.');
    assert.equal(event.translation.fallbacks.description, 'de');
    assert.equal(event.translation.fallbacks.title, undefined);
    assert.deepEqual(event.recurrence, weeklySeries.recurrence);
    assert.equal(event.start, weeklySeries.start);
    assert.equal((await api().request(`${BASE}/events/no-such-event`)).status, 404);
  });

  it('serves one series as iCalendar with RRULE, EXDATE and local times calendar apps expand correctly', async () => {
    const response = await api().request(`${BASE}/events.ics?event=${weeklySeries.id}&locale=en`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.match(response.headers.get('content-disposition') ?? '', /filename="test-zebrafink-treffen\.ics"/);
    const calendar = parseCalendar(await response.text());
    const [vevent, ...others] = calendar.getAllSubcomponents('vevent');
    assert.ok(vevent);
    assert.equal(others.length, 0);
    const event = new ICAL.Event(vevent);
    assert.equal(event.summary, 'Zebra finch meeting');
    assert.equal(event.startDate.zone?.tzid, 'Europe/Berlin');
    assert.match(String(vevent.getFirstPropertyValue('location')), /Ratssaal, Rathaus Musterstadt, Marktplatz 1/);
    assert.equal(String(vevent.getFirstPropertyValue('url')), 'https://meet.example.org/zebrafink');
    const exdates = vevent.getAllProperties('exdate').flatMap((p) => p.getValues()).map((t) => (t as ICAL.Time).toJSDate().toISOString());
    assert.deepEqual(exdates, ['2027-03-23T17:00:00.000Z']);
    const expanded: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && expanded.length < 10; next = iterator.next()) expanded.push(next.toJSDate().toISOString());
    assert.deepEqual(expanded, ['2027-03-16T17:00:00.000Z', '2027-03-30T16:00:00.000Z', '2027-04-06T16:00:00.000Z']);
  });

  it('serves the filtered feed in one language with cancelled events marked', async () => {
    const response = await api().request(`${BASE}/events.ics?organizer=office&from=2026-11-01&to=2027-06-30&locale=tr`);
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get('content-disposition'), null);
    const calendar = parseCalendar(await response.text());
    const vevents = calendar.getAllSubcomponents('vevent');
    const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    assert.ok(uids.includes('test-zebrafink-fest@musterkreis.teilhabe-kit'));
    const fest = vevents.find((v) => String(v.getFirstPropertyValue('uid')).startsWith('test-zebrafink-fest'))!;
    assert.equal(fest.getFirstPropertyValue('status'), 'CANCELLED');
    const festStart = fest.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(festStart.isDate, true);
    assert.equal(festStart.toString(), '2027-01-09');
    assert.equal((fest.getFirstPropertyValue('dtend') as ICAL.Time).toString(), '2027-01-11');
    // Every event of the feed is one of the office's events.
    const officeEvents = await list(api(), `organizer=office&from=2026-11-01T00:00:00%2B01:00&to=2027-07-01T00:00:00%2B02:00&limit=100`);
    const officeIds = new Set(officeEvents.data.map((o) => `${o.eventId}@musterkreis.teilhabe-kit`));
    for (const uid of uids) assert.ok(officeIds.has(uid), uid);
    // Turkish where translated, German otherwise: never empty.
    assert.ok(vevents.every((v) => String(v.getFirstPropertyValue('summary')).length > 0));
  });

  it('rejects feeds with bad parameters and unknown events', async () => {
    assert.equal((await api().request(`${BASE}/events.ics?from=2027-02-01&to=2027-01-01`)).status, 400);
    assert.equal((await api().request(`${BASE}/events.ics?from=tomorrow`)).status, 400);
    // The last representable day: refused as out of range, not a 500 from day arithmetic past the year 9999.
    const farOff = await api().request(`${BASE}/events.ics?from=9999-12-31`);
    assert.equal(farOff.status, 400);
    assert.equal((await json<Problem>(farOff)).errors?.[0]?.code, 'out_of_range');
    assert.equal((await api().request(`${BASE}/events.ics?event=no-such-event`)).status, 404);
  });

  it('validates writes: taxonomy codes, organisers, rooms, location, recurrence, id', async () => {
    const bad = {
      ...weeklySeries,
      id: 'test-other-id',
      format: 'rave',
      topics: ['society-politics', 'astrology'],
      organizers: [{ kind: 'organization', id: 'no-such-organisation' }],
      location: { kind: 'room', roomId: 'no-such-room' },
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', exdates: [] },
    };
    const response = await put(api(), `${BASE}/events/${weeklySeries.id}`, bad);
    assert.equal(response.status, 400);
    const paths = (await problemOf(response)).errors!.map((e) => e.path).sort();
    assert.deepEqual(paths, ['format', 'id', 'location.roomId', 'organizers.0.id', 'recurrence.rrule', 'topics.1']);
    const online = await put(api(), `${BASE}/events/test-online`, { ...weeklySeries, id: 'test-online', location: { kind: 'online' } });
    assert.deepEqual((await problemOf(online)).errors!.map((e) => e.path), ['location.onlineUrl']);
    const schema = await put(api(), `${BASE}/events/test-bad`, { ...weeklySeries, id: 'test-bad', end: '2027-03-15T00:00:00+01:00' });
    assert.equal(schema.status, 400);
    assert.ok((await problemOf(schema)).errors!.some((e) => e.path === 'end'));
  });

  it('needs an editor token of this tenant to write or delete', async () => {
    const path = `${BASE}/events/${festival.id}`;
    const noToken = await api().request(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(festival) });
    assert.equal(noToken.status, 401);
    const badToken = await api().request(path, { method: 'DELETE', headers: { Authorization: 'Bearer tk_nonsense' } });
    assert.equal(badToken.status, 401);
    await api().database.db.insertInto('tenants').values({ id: 'andere-stadt', name: 'Andere Stadt', default_locale: 'de', locales: ['de'], time_zone: 'Europe/Berlin', cors_origins: [] }).onConflict((oc) => oc.doNothing()).execute();
    const otherToken = (await createApiToken(api().database.db, 'andere-stadt', 'tests')).token;
    const forbidden = await api().request(path, { method: 'DELETE', headers: { Authorization: `Bearer ${otherToken}` } });
    assert.equal(forbidden.status, 403);
    assert.equal((await api().request(path, api().asEditor({ method: 'DELETE' }))).status, 204);
    assert.equal((await api().request(path)).status, 404);
    assert.equal((await api().request(path, api().asEditor({ method: 'DELETE' }))).status, 404);
  });
});
