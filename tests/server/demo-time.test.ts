/**
 * The demo computes its series with the server's expander and the server's
 * UNTIL rule: what the demo writes as a series' dates is what the API lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandRule, untilValue } from '../../packages/server/src/demo/time.js';
import { occurrencesBetween } from '../../packages/server/src/resources/events/recurrence.js';
import { toZonedIso } from '../../packages/server/src/time/zoned.js';

const serverDates = (rrule: string, startIso: string) => {
  const start = new Date(startIso);
  const schedule = { start, end: new Date(start.getTime() + 3_600_000), allDay: false, recurrence: { rrule, exdates: [] }, timeZone: 'Europe/Berlin' };
  return occurrencesBetween(schedule, start, new Date(start.getTime() + 400 * 86_400_000)).map((o) => toZonedIso(o.start, 'Europe/Berlin'));
};

for (const [season, start, untilDay] of [
  ['winter', '2026-12-01T23:30:00+01:00', { y: 2026, m: 11, d: 5 }],
  ['summer', '2026-07-01T23:30:00+02:00', { y: 2026, m: 6, d: 5 }],
  ['summer, after midnight', '2026-07-01T00:30:00+02:00', { y: 2026, m: 6, d: 5 }],
] as const) {
  test(`a daily series with UNTIL at the end of a Berlin day has the same dates in the demo and on the server (${season})`, () => {
    const rrule = `FREQ=DAILY;UNTIL=${untilValue(untilDay)}`;
    const demo = expandRule(rrule, start);
    assert.deepEqual(demo, serverDates(rrule, start));
    assert.equal(demo.length, 5, 'from the 1st to the 5th, both included');
    assert.equal(demo.at(-1)!.slice(0, 10), `2026-${String(untilDay.m + 1).padStart(2, '0')}-05`);
  });
}

test('a weekly series keeps its wall time across the change to summer time in the demo as on the server', () => {
  const rrule = 'FREQ=WEEKLY;BYDAY=TU;COUNT=6';
  const start = '2027-03-09T18:00:00+01:00';
  assert.deepEqual(expandRule(rrule, start), serverDates(rrule, start));
  assert.ok(expandRule(rrule, start).at(-1)!.endsWith('T18:00:00+02:00'));
});
