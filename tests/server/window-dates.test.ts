import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { ScheduleDoc } from '../../packages/server/src/resources/events/repository.js';
import { occurrencesBetween } from '../../packages/server/src/resources/events/recurrence.js';
import { scheduleOf } from '../../packages/server/src/resources/events/repository.js';
import { datesInWindow, forgetAll } from '../../packages/server/src/resources/events/window-dates.js';
import { toZonedIso } from '../../packages/server/src/time/zoned.js';

const BERLIN = 'Europe/Berlin';
const DECEMBER = { from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') };
const weekly: ScheduleDoc = {
  start: '2026-11-05T18:00:00+01:00',
  end: '2026-11-05T20:00:00+01:00',
  allDay: false,
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TH', exdates: [] },
};
const startsOf = (dates: ReturnType<typeof datesInWindow>, zone = BERLIN) => dates.map((date) => toZonedIso(date.start, zone));

describe('remembered dates of a series in a window', () => {
  beforeEach(forgetAll);

  it('gives the dates the expansion gives, and the same list for the same window again', () => {
    const first = datesInWindow(weekly, BERLIN, DECEMBER, undefined);
    assert.deepEqual(first, occurrencesBetween(scheduleOf(weekly, BERLIN), DECEMBER.from, DECEMBER.to));
    assert.deepEqual(startsOf(first), ['2026-12-03T18:00:00+01:00', '2026-12-10T18:00:00+01:00', '2026-12-17T18:00:00+01:00', '2026-12-24T18:00:00+01:00', '2026-12-31T18:00:00+01:00']);
    assert.equal(datesInWindow(weekly, BERLIN, DECEMBER, undefined), first, 'the second request reuses the first expansion');
  });

  it('never answers a changed series, zone, window or time filter with the dates remembered for the old one', () => {
    datesInWindow(weekly, BERLIN, DECEMBER, undefined);
    const withException = { ...weekly, recurrence: { rrule: weekly.recurrence!.rrule, exdates: ['2026-12-24T18:00:00+01:00'] } };
    assert.equal(datesInWindow(withException, BERLIN, DECEMBER, undefined).length, 4);
    const moved = { ...weekly, start: '2026-11-05T19:00:00+01:00', end: '2026-11-05T21:00:00+01:00' };
    assert.equal(startsOf(datesInWindow(moved, BERLIN, DECEMBER, undefined))[0], '2026-12-03T19:00:00+01:00');
    const fortnightly = { ...weekly, recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', exdates: [] } };
    assert.equal(datesInWindow(fortnightly, BERLIN, DECEMBER, undefined).length, 3);
    // A series begun in summer time keeps its wall time in Berlin but not in Istanbul, which has no clock change.
    const sinceOctober = { ...weekly, start: '2026-10-01T18:00:00+02:00', end: '2026-10-01T20:00:00+02:00' };
    assert.equal(datesInWindow(sinceOctober, BERLIN, DECEMBER, undefined)[0]!.start.toISOString(), '2026-12-03T17:00:00.000Z');
    assert.equal(datesInWindow(sinceOctober, 'Europe/Istanbul', DECEMBER, undefined)[0]!.start.toISOString(), '2026-12-03T16:00:00.000Z');
    assert.equal(datesInWindow(weekly, BERLIN, { from: DECEMBER.from, to: new Date('2026-12-15T23:00:00Z') }, undefined).length, 2);
    assert.equal(datesInWindow(weekly, BERLIN, DECEMBER, ['weekend']).length, 0);
    assert.equal(datesInWindow(weekly, BERLIN, DECEMBER, ['evening']).length, 5);
  });

  it('remembers a single event under its start and end', () => {
    const single: ScheduleDoc = { start: '2026-12-05T10:00:00+01:00', end: '2026-12-05T12:00:00+01:00', allDay: false, recurrence: null };
    const first = datesInWindow(single, BERLIN, DECEMBER, undefined);
    assert.deepEqual(startsOf(first), ['2026-12-05T10:00:00+01:00']);
    assert.equal(datesInWindow(single, BERLIN, DECEMBER, undefined), first);
    const moved = { ...single, start: '2027-01-05T10:00:00+01:00', end: '2027-01-05T12:00:00+01:00' };
    assert.deepEqual(datesInWindow(moved, BERLIN, DECEMBER, undefined), []);
  });
});
