import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  RecurrenceError,
  firstOccurrence,
  occurrencesBetween,
  seriesEnd,
  untilWall,
  validateSchedule,
  type Schedule,
} from '../../packages/server/src/resources/events/recurrence.js';
import { toZonedIso } from '../../packages/server/src/time/zoned.js';

const BERLIN = 'Europe/Berlin';
const berlinIso = (instant: Date) => toZonedIso(instant, BERLIN);

const d = (iso: string) => new Date(iso);
const starts = (schedule: Schedule, from: string, to: string) =>
  occurrencesBetween(schedule, d(from), d(to)).map((o) => berlinIso(o.start));

describe('recurrence expansion', () => {
  it('returns a single event when it overlaps the window', () => {
    const single: Schedule = { start: d('2026-05-05T18:00:00+02:00'), end: d('2026-05-05T20:00:00+02:00'), allDay: false, recurrence: null, timeZone: BERLIN };
    assert.deepEqual(starts(single, '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z'), ['2026-05-05T18:00:00+02:00']);
    // Overlapping the window start counts; ending exactly at it does not.
    assert.equal(starts(single, '2026-05-05T19:00:00+02:00', '2026-05-06T00:00:00Z').length, 1);
    assert.equal(starts(single, '2026-05-05T20:00:00+02:00', '2026-05-06T00:00:00Z').length, 0);
    assert.equal(starts(single, '2026-04-01T00:00:00Z', '2026-05-05T18:00:00+02:00').length, 0);
  });

  it('keeps a weekly 18:00 event at 18:00 local time across the October change', () => {
    const weekly: Schedule = {
      start: d('2026-10-13T18:00:00+02:00'),
      end: d('2026-10-13T20:00:00+02:00'),
      allDay: false,
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', exdates: [] },
      timeZone: BERLIN,
    };
    const occurrences = occurrencesBetween(weekly, d('2026-10-01T00:00:00Z'), d('2026-12-01T00:00:00Z'));
    assert.deepEqual(
      occurrences.map((o) => o.start.toISOString()),
      ['2026-10-13T16:00:00.000Z', '2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z', '2026-11-03T17:00:00.000Z'],
    );
    assert.deepEqual(
      occurrences.map((o) => berlinIso(o.start)),
      ['2026-10-13T18:00:00+02:00', '2026-10-20T18:00:00+02:00', '2026-10-27T18:00:00+01:00', '2026-11-03T18:00:00+01:00'],
    );
    // Every occurrence lasts two hours.
    assert.ok(occurrences.every((o) => o.end.getTime() - o.start.getTime() === 2 * 3600_000));
  });

  it('keeps the local time across the March change too', () => {
    const weekly: Schedule = {
      start: d('2027-03-16T18:00:00+01:00'),
      end: d('2027-03-16T19:30:00+01:00'),
      allDay: false,
      recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20270410T000000Z', exdates: [] },
      timeZone: BERLIN,
    };
    assert.deepEqual(starts(weekly, '2027-03-01T00:00:00Z', '2027-05-01T00:00:00Z'), [
      '2027-03-16T18:00:00+01:00',
      '2027-03-23T18:00:00+01:00',
      '2027-03-30T18:00:00+02:00',
      '2027-04-06T18:00:00+02:00',
    ]);
  });

  it('drops exception dates, given with any offset', () => {
    const weekly: Schedule = {
      start: d('2026-10-13T18:00:00+02:00'),
      end: d('2026-10-13T20:00:00+02:00'),
      allDay: false,
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', exdates: ['2026-10-20T18:00:00+02:00', '2026-10-27T17:00:00Z'] },
      timeZone: BERLIN,
    };
    assert.deepEqual(starts(weekly, '2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z'), ['2026-10-13T18:00:00+02:00', '2026-11-03T18:00:00+01:00']);
  });

  it('expands monthly rules in wall time (first Monday)', () => {
    const monthly: Schedule = {
      start: d('2026-09-07T19:00:00+02:00'),
      end: d('2026-09-07T21:00:00+02:00'),
      allDay: false,
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO', exdates: [] },
      timeZone: BERLIN,
    };
    assert.deepEqual(starts(monthly, '2026-09-01T00:00:00Z', '2027-01-01T00:00:00Z'), [
      '2026-09-07T19:00:00+02:00',
      '2026-10-05T19:00:00+02:00',
      '2026-11-02T19:00:00+01:00',
      '2026-12-07T19:00:00+01:00',
    ]);
    assert.equal(seriesEnd(monthly), null);
  });

  it('includes a long-running occurrence that began before the window', () => {
    const weekly: Schedule = {
      start: d('2026-10-03T10:00:00+02:00'),
      end: d('2026-10-05T16:00:00+02:00'),
      allDay: false,
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3', exdates: [] },
      timeZone: BERLIN,
    };
    assert.deepEqual(starts(weekly, '2026-10-11T00:00:00+02:00', '2026-10-12T00:00:00+02:00'), ['2026-10-10T10:00:00+02:00']);
  });

  it('treats all-day events as whole Berlin days', () => {
    const festival: Schedule = { start: d('2026-07-10T00:00:00+02:00'), end: d('2026-07-12T00:00:00+02:00'), allDay: true, recurrence: null, timeZone: BERLIN };
    const [only] = occurrencesBetween(festival, d('2026-07-11T12:00:00Z'), d('2026-07-11T13:00:00Z'));
    assert.ok(only);
    assert.equal(berlinIso(only.start), '2026-07-10T00:00:00+02:00');
    assert.equal(berlinIso(only.end), '2026-07-12T00:00:00+02:00');
    // An end within the last day (23:59) still covers that day.
    const oneDay: Schedule = { start: d('2026-07-10T00:00:00+02:00'), end: d('2026-07-10T23:59:00+02:00'), allDay: true, recurrence: null, timeZone: BERLIN };
    assert.equal(berlinIso(firstOccurrence(oneDay).end), '2026-07-11T00:00:00+02:00');
  });

  it('repeats all-day events and honours date-only exceptions and UNTIL', () => {
    const market: Schedule = {
      start: d('2026-10-24T00:00:00+02:00'),
      end: d('2026-10-25T00:00:00+02:00'),
      allDay: true,
      recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20261114', exdates: ['2026-11-07T10:00:00+01:00'] },
      timeZone: BERLIN,
    };
    const occurrences = occurrencesBetween(market, d('2026-10-01T00:00:00Z'), d('2026-12-01T00:00:00Z'));
    assert.deepEqual(
      occurrences.map((o) => berlinIso(o.start)),
      ['2026-10-24T00:00:00+02:00', '2026-10-31T00:00:00+01:00', '2026-11-14T00:00:00+01:00'],
    );
    // The day of the clock change is still one day: 25 hours long.
    const acrossChange = occurrencesBetween({ ...market, start: d('2026-10-25T00:00:00+02:00'), end: d('2026-10-26T00:00:00+01:00'), recurrence: null }, d('2026-10-01T00:00:00Z'), d('2026-11-01T00:00:00Z'));
    assert.equal(acrossChange[0]!.end.getTime() - acrossChange[0]!.start.getTime(), 25 * 3600_000);
    assert.equal(berlinIso(seriesEnd(market)!), '2026-11-15T00:00:00+01:00');
  });

  it('computes the end of bounded series', () => {
    const counted: Schedule = {
      start: d('2026-10-13T18:00:00+02:00'),
      end: d('2026-10-13T20:00:00+02:00'),
      allDay: false,
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', exdates: [] },
      timeZone: BERLIN,
    };
    assert.equal(berlinIso(seriesEnd(counted)!), '2026-11-03T20:00:00+01:00');
    assert.equal(berlinIso(seriesEnd({ ...counted, recurrence: null })!), '2026-10-13T20:00:00+02:00');
  });

  it('reads UNTIL as an instant, as wall time or as a whole day', () => {
    assert.equal(untilWall('FREQ=WEEKLY;UNTIL=20270331T170000Z', false, BERLIN)!.toISOString(), '2027-03-31T19:00:00.000Z');
    assert.equal(untilWall('FREQ=WEEKLY;UNTIL=20270331T170000', false, BERLIN)!.toISOString(), '2027-03-31T17:00:00.000Z');
    assert.equal(untilWall('UNTIL=20270331;FREQ=DAILY', false, BERLIN)!.toISOString(), '2027-03-31T23:59:59.000Z');
    assert.equal(untilWall('FREQ=DAILY', false, BERLIN), null);
  });

  it('rejects rules that cannot work', () => {
    const base: Schedule = { start: d('2026-10-13T18:00:00+02:00'), end: d('2026-10-13T20:00:00+02:00'), allDay: false, recurrence: null, timeZone: BERLIN };
    const codeOf = (rrule: string) => {
      try {
        validateSchedule({ ...base, recurrence: { rrule, exdates: [] } });
        return 'ok';
      } catch (error) {
        assert.ok(error instanceof RecurrenceError);
        return error.code;
      }
    };
    assert.equal(codeOf('FREQ=WEEKLY;BYDAY=TU'), 'ok');
    assert.equal(codeOf('FREQ=WEEKLY;BYDAY=XX'), 'invalid_rrule');
    assert.equal(codeOf('FREQ=WEEKLY;FOO=1'), 'invalid_rrule');
    assert.equal(codeOf('FREQ=WEEKLY;BYDAY=WE'), 'start_not_in_rule');
    assert.equal(codeOf('FREQ=WEEKLY;UNTIL=20260101T000000Z'), 'no_dates');
    assert.equal(codeOf('FREQ=DAILY;COUNT=5000'), 'count_too_large');
    assert.equal(codeOf('FREQ=WEEKLY;UNTIL=20400101T000000Z'), 'until_too_far');
    // Never matches: found out by the probe, not by stepping day by day to the year 9999
    // (that walk is pinned by the fast-forward tests' timeout).
    assert.equal(codeOf('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), 'no_dates');
  });
});
