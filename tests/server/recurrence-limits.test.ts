/**
 * One editor entry must not stall the public API: a rule with too many start
 * times per day is refused at write time (422 naming the limit), and a heavy
 * but allowed series costs a public request only a bounded number of dates.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { MAX_OCCURRENCES_PER_WINDOW, MAX_STARTS_PER_DAY } from '../../packages/server/src/resources/events/recurrence.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const BASE = '/v1/musterkreis';
const list = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).join(',');

function series(id: string, rrule: string, start = '2026-11-23T00:00:00+01:00') {
  return {
    id,
    title: { de: 'Sprechstunde' },
    summary: { de: 'Jede Stunde offen.' },
    description: { de: 'Die Sprechstunde beginnt zu jeder vollen Stunde.' },
    start,
    end: start.replace('T00:00', 'T00:30'),
    recurrence: { rrule, exdates: [] },
    location: { kind: 'online', onlineUrl: 'https://meet.example.org/sprechstunde' },
    organizers: [{ kind: 'office', name: 'Integrationsbüro' }],
    format: 'network-meeting',
  };
}

async function put(api: TestApi, body: { id: string }) {
  return api.request(`${BASE}/events/${body.id}`, api.asEditor({ method: 'PUT', body: JSON.stringify(body) }));
}

async function timed(api: TestApi, path: string) {
  const startedAt = performance.now();
  const response = await api.request(path);
  const body = await response.text();
  return { response, body, ms: performance.now() - startedAt };
}

// Bounds here only tell a hang (the bugs took 4–60 s) from normal work, with room for a loaded machine; the
// figures themselves are printed, and `npm run bench` measures.
describeOnBothBackends('recurrence limits', (api) => {
  it('refuses the rule of every second of the day with a 422 that names the limit', async () => {
    const rule = `FREQ=DAILY;BYHOUR=${list(0, 23)};BYMINUTE=${list(0, 59)};BYSECOND=${list(0, 59)}`;
    const startedAt = performance.now();
    const response = await put(api(), series('test-jede-sekunde', rule));
    const ms = performance.now() - startedAt;
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const problem = await json(response);
    assert.equal(problem.type, '/problems/rule-too-complex');
    assert.equal(problem.maxStartsPerDay, MAX_STARTS_PER_DAY);
    assert.match(problem.detail, new RegExp(`86400 start times per day.*at most ${MAX_STARTS_PER_DAY}`));
    assert.deepEqual(problem.errors.map((e: { path: string }) => e.path), ['recurrence.rrule']);
    assert.ok(ms < 5000, `the refusal itself took ${Math.round(ms)} ms`);
    assert.equal((await api().request(`${BASE}/events/test-jede-sekunde`)).status, 404, 'nothing was stored');

    const justOver = await put(api(), series('test-zu-oft', `FREQ=DAILY;BYHOUR=${list(0, 23)};BYMINUTE=0,30`));
    assert.equal(justOver.status, 422);
  });

  it('keeps the public list fast with heavy but allowed series, each bounded per window', async () => {
    const yearWindow = `${BASE}/events?limit=100&from=2026-11-23T00:00:00%2B01:00&to=2027-11-23T00:00:00%2B01:00`;
    const totalBefore = (await json(await api().request(yearWindow))).meta.total as number;
    const hourly = `FREQ=DAILY;BYHOUR=${list(0, 23)}`;
    for (let n = 1; n <= 5; n += 1) assert.equal((await put(api(), series(`test-stuendlich-${n}`, hourly))).status, 200);

    const first = await timed(api(), `${BASE}/events?limit=1`);
    assert.equal(first.response.status, 200);
    assert.ok(first.ms < 2000, `GET /events?limit=1 took ${Math.round(first.ms)} ms`);

    const year = await timed(api(), yearWindow);
    assert.equal(year.response.status, 200);
    assert.ok(year.ms < 5000, `a year of the list took ${Math.round(year.ms)} ms`);
    // 24 dates a day for a year would be 8760 per series; each yields its first MAX_OCCURRENCES_PER_WINDOW.
    const totalAfter = (JSON.parse(year.body) as { meta: { total: number } }).meta.total;
    assert.equal(totalAfter - totalBefore, 5 * MAX_OCCURRENCES_PER_WINDOW);

    const evening = await timed(api(), `${BASE}/events?limit=5&time=evening`);
    assert.equal(evening.response.status, 200);
    assert.ok(evening.ms < 2000, `the evening filter took ${Math.round(evening.ms)} ms`);
    const evenings = JSON.parse(evening.body) as { data: Array<{ start: string }> };
    assert.ok(evenings.data.length > 0 && evenings.data.every((o) => Number(o.start.slice(11, 13)) >= 17));

    const feed = await timed(api(), `${BASE}/events.ics?time=weekend`);
    assert.equal(feed.response.status, 200);
    assert.ok(feed.ms < 1000, `the feed took ${Math.round(feed.ms)} ms`);
    assert.match(feed.body, /test-stuendlich-1/);
    console.log(`recurrence limits [${api().backend}]: 5 hourly series; /events?limit=1 ${Math.round(first.ms)} ms, a year ${Math.round(year.ms)} ms, evening ${Math.round(evening.ms)} ms, feed ${Math.round(feed.ms)} ms`);
  });

  it('expands a series begun long ago from the window, not from its first date', async () => {
    const hourly = `FREQ=DAILY;BYHOUR=${list(0, 23)}`;
    assert.equal((await put(api(), series('test-seit-2016', hourly, '2016-11-24T00:00:00+01:00'))).status, 200);
    assert.equal((await put(api(), series('test-seit-1000', 'FREQ=DAILY', '1000-01-02T00:00:00+01:00'))).status, 200);
    const first = await timed(api(), `${BASE}/events?limit=1`);
    assert.equal(first.response.status, 200);
    assert.ok(first.ms < 2000, `GET /events?limit=1 took ${Math.round(first.ms)} ms`);
    const ids = new Set((JSON.parse((await timed(api(), `${BASE}/events?limit=100&q=Sprechstunde`)).body) as { data: Array<{ eventId: string }> }).data.map((o) => o.eventId));
    assert.ok(ids.has('test-seit-2016') && ids.has('test-seit-1000'));
    console.log(`recurrence limits [${api().backend}]: series since 2016 (hourly) and since the year 1000 (daily); /events?limit=1 ${Math.round(first.ms)} ms`);
  });

  it('refuses a rule that never yields a date at once, instead of walking to the year 9999', async () => {
    for (const rrule of ['FREQ=DAILY;BYSETPOS=2', 'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=15', 'FREQ=DAILY;COUNT=5;BYSETPOS=2']) {
      const startedAt = performance.now();
      const response = await put(api(), series('test-nie', rrule));
      const ms = performance.now() - startedAt;
      assert.equal(response.status, 400, rrule);
      assert.deepEqual((await json(response)).errors.map((e: { code: string }) => e.code), ['no_dates']);
      assert.ok(ms < 5000, `${rrule} took ${Math.round(ms)} ms`);
    }
  });
});
