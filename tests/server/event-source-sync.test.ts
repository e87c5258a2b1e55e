/**
 * Calendars kept in step on a schedule, on both backends: a source added
 * through the SDK, synced by the server's periodic job against a feed the
 * test serves (a second run with a changed and a removed event), never twice
 * at once, a failing feed recorded on its source without stopping the
 * others — and imported events guarded against edits by hand.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { ApiError, createClient, type EventInput } from '@teilhabe/sdk';
import { claimEventSource } from '../../packages/server/src/event-sources/repository.js';
import { syncDueEventSources } from '../../packages/server/src/event-sources/sync.js';
import { periodicJobs } from '../../packages/server/src/jobs/index.js';
import { JobScheduler } from '../../packages/server/src/jobs/scheduler.js';
import { bearer } from '../support/staff.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const vevent = (uid: string, summary: string, start: string, end: string) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T080000Z', `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`, 'END:VEVENT'].join('\r\n');
const calendar = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Stadt Musterstadt//Veranstaltungen//DE', ...events, 'END:VCALENDAR', ''].join('\r\n');

const FIRST = calendar(
  vevent('markt-2027@musterstadt.example', 'Interkultureller Markt', '20270605T100000Z', '20270605T160000Z'),
  vevent('vortrag-2027@musterstadt.example', 'Vortrag: Vereinsrecht', '20270610T170000Z', '20270610T190000Z'),
);
const SECOND = calendar(vevent('markt-2027@musterstadt.example', 'Interkultureller Markt – verlängert', '20270605T100000Z', '20270605T180000Z'));

let feed = FIRST;
let feedRequests = 0;
let server: Server;
let origin = '';
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/kaputt.ics') {
      response.writeHead(503).end();
      return;
    }
    feedRequests++;
    response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8' });
    response.end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const HOUR = 3_600_000;
const editor = (api: TestApi) =>
  createClient({ baseUrl: 'http://api.test', tenant: 'musterkreis', retries: 0, timeoutMs: 60_000, fetch: async (request) => api.app.request(request) }).withToken(api.editorToken);

const source = (url: string, name: string) => ({ name, url, organizerId: 'netzwerk-mo-musterkreis', format: 'public-celebration', topics: ['culture-intercultural'], intervalMinutes: 60 });

async function importedTitles(api: TestApi, url: string) {
  const rows = await api.database.db.selectFrom('events').select(['id', 'doc']).where('tenant_id', '=', 'musterkreis').where('id', 'like', 'kalender-%').execute();
  const fromFeed = [];
  for (const row of rows) {
    const stored = await json(await api.request(`/v1/musterkreis/records/events/${row.id}`, bearer(api.editorToken)));
    if (stored.meta.source?.url === url) fromFeed.push({ id: row.id, title: (row.doc as { title: { de: string } }).title.de });
  }
  return fromFeed.sort((a, b) => a.title.localeCompare(b.title));
}

describeOnBothBackends('event sources kept in step', (api) => {
  const start = new Date(Date.now() + HOUR);
  let marketId = '';

  test('the periodic job reads a new source, then only when its interval has passed: changed and removed events by UID', async () => {
    const url = `${origin}/stadt.ics`;
    const put = await editor(api()).eventSources.put('stadtkalender', source(url, 'Veranstaltungskalender der Stadt'));
    assert.deepEqual([put.data.lastSyncedAt, put.data.lastError], [null, null]);

    feed = FIRST;
    const job = periodicJobs(api().database.db, { baseUrl: 'http://api.test', onMailQueued: () => {} }).find((j) => j.name === 'event-source-sync');
    assert.ok(job, 'the server process runs the sync among its periodic jobs');
    await new JobScheduler(api().database.db, [job], { now: () => start }).tick();
    const [listed] = (await editor(api()).eventSources.list()).data;
    assert.equal(listed!.lastSyncedAt, start.toISOString());
    assert.deepEqual(listed!.lastReport, { created: 2, updated: 0, removed: 0, unchanged: 0, errors: [] });
    const first = await importedTitles(api(), url);
    assert.deepEqual(first.map((e) => e.title), ['Interkultureller Markt', 'Vortrag: Vereinsrecht']);
    marketId = first[0]!.id;

    feed = SECOND;
    const before = feedRequests;
    assert.equal(await syncDueEventSources(api().database.db, new Date(start.getTime() + 30 * 60_000)), 0, 'not due within its interval');
    assert.equal(feedRequests, before, 'the feed was not read');
    assert.equal(await syncDueEventSources(api().database.db, new Date(start.getTime() + HOUR)), 1);
    const [second] = (await editor(api()).eventSources.list()).data;
    assert.deepEqual(second!.lastReport, { created: 0, updated: 1, removed: 1, unchanged: 0, errors: [] });
    assert.deepEqual(await importedTitles(api(), url), [{ id: marketId, title: 'Interkultureller Markt – verlängert' }], 'changed under its id; the lecture removed');
  });

  test('two syncs at once read the feed once; "sync now" while one runs is a 409', async () => {
    const now = new Date(start.getTime() + 3 * HOUR);
    const before = feedRequests;
    const [a, b] = await Promise.all([syncDueEventSources(api().database.db, now), syncDueEventSources(api().database.db, now)]);
    assert.equal(a + b, 1, 'one of the two won the source');
    assert.equal(feedRequests, before + 1);

    const later = new Date(now.getTime() + 2 * HOUR);
    assert.ok(await claimEventSource(api().database.db, 'musterkreis', 'stadtkalender', later, { onlyIfDue: true }), 'another process holds it');
    const refused = await editor(api()).eventSources.sync('stadtkalender').catch((error: unknown) => error);
    assert.ok(refused instanceof ApiError && refused.status === 409, 'sync now waits for the running sync');
  });

  test('a failing feed is recorded on its source with the reason; the other sources are synced all the same', async () => {
    await editor(api()).eventSources.put('kaputt', { ...source(`${origin}/kaputt.ics`, 'Kalender des Bürgerhauses'), intervalMinutes: 15 });
    await editor(api()).eventSources.put('zweiter', source(`${origin}/zweiter.ics`, 'Kalender der VHS'));
    const now = new Date(start.getTime() + 10 * HOUR);
    assert.equal(await syncDueEventSources(api().database.db, now), 3, 'the broken, the new and the city calendar (its claim ran out)');
    const sources = new Map((await editor(api()).eventSources.list()).data.map((s) => [s.id, s]));
    assert.match(sources.get('kaputt')!.lastError!, /antwortet 503/);
    assert.equal(sources.get('kaputt')!.lastSyncedAt, null);
    assert.equal(sources.get('zweiter')!.lastError, null);
    assert.equal(sources.get('zweiter')!.lastSyncedAt, now.toISOString());

    const invalid = await api().request('/v1/musterkreis/event-sources/falsch', {
      method: 'PUT',
      headers: { ...bearer(api().editorToken).headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...source(`${origin}/falsch.ics`, 'Falsch'), organizerId: 'gibt-es-nicht', format: 'kein-format' }),
    });
    assert.equal(invalid.status, 400);
    assert.deepEqual((await json(invalid)).errors.map((e: { path: string }) => e.path), ['organizerId', 'format']);
    const sameFeed = await editor(api()).eventSources.put('doppelt', source(`${origin}/zweiter.ics`, 'Noch einmal die VHS')).catch((error: unknown) => error);
    assert.ok(sameFeed instanceof ApiError && sameFeed.status === 409);

    // The VHS calendar moves: its events come along and the next sync finds them by UID.
    const vhsBefore = (await importedTitles(api(), `${origin}/zweiter.ics`)).map((e) => e.id);
    await editor(api()).eventSources.put('zweiter', source(`${origin}/vhs-neu.ics`, 'Kalender der VHS'));
    assert.deepEqual((await importedTitles(api(), `${origin}/vhs-neu.ics`)).map((e) => e.id), vhsBefore);
    const moved = await editor(api()).eventSources.sync('zweiter');
    assert.equal(moved.data.lastReport!.created, 0, 'no event twice');
  });

  test('an imported event names its source; a write by hand is a 409 imported-event unless it says it knows', async () => {
    const stored = await json(await api().request(`/v1/musterkreis/records/events/${marketId}`, bearer(api().editorToken)));
    assert.equal(stored.meta.source.id, 'stadtkalender');
    assert.equal(stored.meta.source.name, 'Veranstaltungskalender der Stadt');
    assert.ok(stored.meta.source.lastSyncedAt, 'the last sync');

    // A feed's LOCATION is free text; the office adds the address by hand.
    const address = { street: 'Marktplatz 1', postalCode: '52390', city: 'Musterstadt' };
    const record = { ...stored.data, title: { de: 'Interkultureller Markt (von Hand)' }, location: { kind: 'address', address } } as EventInput;
    const refused = await api().request(`/v1/musterkreis/events/${marketId}`, {
      method: 'PUT',
      headers: { ...bearer(api().editorToken).headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(record),
    });
    assert.equal(refused.status, 409);
    const problem = await json(refused);
    assert.equal(problem.type, '/problems/imported-event');
    assert.match(problem.detail, /nächste Abgleich/);
    assert.equal(problem.source.name, 'Veranstaltungskalender der Stadt');
    const refusedDelete = await editor(api()).events.delete(marketId).catch((error: unknown) => error);
    assert.ok(refusedDelete instanceof ApiError && refusedDelete.status === 409);

    const written = await editor(api()).events.put(marketId, record, { overwriteImported: true, version: stored.meta.version });
    assert.equal(written.data.title, 'Interkultureller Markt (von Hand)');

    const byHand = (await api().database.db.selectFrom('events').select('id').where('tenant_id', '=', 'musterkreis').where('id', 'not like', 'kalender-%').executeTakeFirstOrThrow()).id;
    const handStored = await json(await api().request(`/v1/musterkreis/records/events/${byHand}`, bearer(api().editorToken)));
    assert.equal(handStored.meta.source, null, 'an event entered by hand has no source');

    await editor(api()).eventSources.delete('stadtkalender');
    const released = await json(await api().request(`/v1/musterkreis/records/events/${marketId}`, bearer(api().editorToken)));
    assert.equal(released.meta.source, null, 'without its source the event is edited by hand from now on');
  });
});
