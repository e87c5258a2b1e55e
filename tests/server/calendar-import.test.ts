/**
 * A municipal calendar kept in step: a feed served over HTTP by the test,
 * synced twice — the second time with one event changed, one removed and
 * one new — on both backends.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../../packages/server/src/audit/audit-log.js';
import { fetchCalendar, importCalendar } from '../../packages/server/src/import/calendar-import.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const vevent = (uid: string, summary: string, start: string, end: string, extra = '') =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T080000Z', `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`, extra, 'END:VEVENT'].filter(Boolean).join('\r\n');
const calendar = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Stadt Musterstadt//Veranstaltungen//DE', ...events, 'END:VCALENDAR', ''].join('\r\n');

const FIRST = calendar(
  vevent('fest-2026@musterstadt.example', 'Fest der Kulturen', '20261205T140000Z', '20261205T200000Z', 'LOCATION:Marktplatz Musterstadt\r\nDESCRIPTION:Musik\\, Essen und Tanz aus aller Welt.'),
  vevent('lesung-2026@musterstadt.example', 'Lesung: Ankommen in Deutschland', '20261210T180000Z', '20261210T193000Z'),
);
const SECOND = calendar(
  vevent('fest-2026@musterstadt.example', 'Fest der Kulturen – mit Kinderprogramm', '20261205T130000Z', '20261205T200000Z', 'LOCATION:Marktplatz Musterstadt'),
  vevent('sprachcafe-2026@musterstadt.example', 'Sprachcafé für alle', '20261212T160000Z', '20261212T180000Z'),
);

let feed = FIRST;
let server: Server;
let feedUrl = '';
before(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8' });
    response.end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  feedUrl = `http://127.0.0.1:${address.port}/veranstaltungen.ics`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function sync(api: TestApi) {
  return importCalendar(api.database.db, {
    tenantId: 'musterkreis',
    source: feedUrl,
    text: await fetchCalendar(feedUrl),
    organizerId: 'netzwerk-mo-musterkreis',
    topics: ['culture-intercultural'],
    format: 'public-celebration',
    actor: SYSTEM_ACTOR('test'),
    now: new Date(),
  });
}

async function importedEvents(api: TestApi) {
  const result = await api.database.db.selectFrom('events').select(['id', 'doc']).where('tenant_id', '=', 'musterkreis').where('id', 'like', 'kalender-%').execute();
  return new Map(result.map((row) => [(row.doc as { title: { de: string } }).title.de, row]));
}

describeOnBothBackends('calendar import', (api) => {
  test('the first sync brings every event in; the second finds the changed, the removed and the new one by UID', async () => {
    feed = FIRST;
    const first = await sync(api());
    assert.deepEqual(first, { created: 2, updated: 0, removed: 0, unchanged: 0, errors: [] });
    const afterFirst = await importedEvents(api());
    const fest = afterFirst.get('Fest der Kulturen');
    assert.ok(fest, 'the festival is in');
    const publicFest = (await json(await api().request(`/v1/musterkreis/events/${fest.id}`))).data;
    assert.equal(publicFest.organizers[0].id, 'netzwerk-mo-musterkreis');
    assert.deepEqual(publicFest.topics, ['culture-intercultural']);
    assert.match(publicFest.description, /Musik, Essen und Tanz/);
    assert.match(publicFest.description, /Ort: Marktplatz Musterstadt/);

    assert.deepEqual(await sync(api()), { created: 0, updated: 0, removed: 0, unchanged: 2, errors: [] }, 'an unchanged feed changes nothing');

    feed = SECOND;
    const second = await sync(api());
    assert.deepEqual(second, { created: 1, updated: 1, removed: 1, unchanged: 0, errors: [] });
    const afterSecond = await importedEvents(api());
    assert.deepEqual([...afterSecond.keys()].sort(), ['Fest der Kulturen – mit Kinderprogramm', 'Sprachcafé für alle']);
    assert.equal(afterSecond.get('Fest der Kulturen – mit Kinderprogramm')!.id, fest.id, 'the same event, changed, under its id');
    assert.equal((afterSecond.get('Fest der Kulturen – mit Kinderprogramm')!.doc as { start: string }).start, '2026-12-05T13:00:00.000Z');
    const source = await sql<{ source_url: string; source_uid: string }>`SELECT source_url, source_uid FROM events WHERE id = ${fest.id}`.execute(api().database.db);
    assert.deepEqual(source.rows[0], { source_url: feedUrl, source_uid: 'fest-2026@musterstadt.example' }, 'the event carries its source');
    const audit = await api().database.db.selectFrom('audit_log').select(['operation', 'actor_name']).where('record_type', '=', 'event').where('actor_name', 'like', '%Kalender%').execute();
    assert.deepEqual(audit.map((row) => row.operation).sort(), ['create', 'create', 'create', 'delete', 'update']);
  });
});
