/**
 * A series started long ago is expanded from a later start of its period:
 * for any rule without COUNT and any window, the dates must be exactly the
 * ones the rule from its own DTSTART gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as rruleModule from 'rrule';
import { fastForward, yieldsDatesRepeatedly } from '../../packages/server/src/resources/events/fast-forward.js';

const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;
const SEED = Number(process.env.FUZZ_SEED ?? 20261215);
const DAY_MS = 86_400_000;

const subset = <T>(values: readonly T[], max = 3) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: max });
const part = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const ruleText = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    byday: part(subset(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', '1MO', '-1FR', '2TU', '3SA'])),
    bymonthday: part(subset([1, 2, 15, 28, 29, 30, 31, -1, -2])),
    bymonth: part(subset([1, 2, 3, 6, 10, 12])),
    byhour: part(subset([0, 7, 18, 23])),
    byminute: part(subset([0, 30])),
    bysetpos: part(fc.constantFrom(1, -1, 2)),
    wkst: part(fc.constantFrom('MO', 'SU', 'WE')),
  })
  .map(({ freq, interval, byday, bymonthday, bymonth, byhour, byminute, bysetpos, wkst }) => {
    const parts = [`FREQ=${freq}`, `INTERVAL=${interval}`];
    // Numbered weekdays belong to monthly and yearly rules only.
    const days = byday?.filter((day) => freq === 'MONTHLY' || freq === 'YEARLY' || /^[A-Z]{2}$/.test(day));
    if (days?.length) parts.push(`BYDAY=${days.join(',')}`);
    if (bymonthday && freq !== 'WEEKLY') parts.push(`BYMONTHDAY=${bymonthday.join(',')}`);
    if (bymonth) parts.push(`BYMONTH=${bymonth.join(',')}`);
    if (byhour) parts.push(`BYHOUR=${byhour.join(',')}`);
    if (byminute) parts.push(`BYMINUTE=${byminute.join(',')}`);
    if (bysetpos && (days?.length || bymonthday)) parts.push(`BYSETPOS=${bysetpos}`);
    if (wkst) parts.push(`WKST=${wkst}`);
    return parts.join(';');
  });

const wallStart = fc
  .record({ day: fc.integer({ min: 0, max: 16 * 365 }), minute: fc.integer({ min: 0, max: 24 * 60 - 1 }), ms: fc.constantFrom(0, 0, 0, 250) })
  .map(({ day, minute, ms }) => new Date(Date.UTC(2010, 0, 1) + day * DAY_MS + minute * 60_000 + ms));

test('a fast-forwarded rule yields the same dates in the window as the rule from its start', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(ruleText, wallStart, fc.integer({ min: -40, max: 4 * 365 }), fc.integer({ min: 1, max: 400 }), fc.option(fc.integer({ min: 30, max: 6 * 365 }), { nil: undefined }), (text, dtstart, fromOffsetDays, windowDays, untilDays) => {
      const until = untilDays === undefined ? null : new Date(dtstart.getTime() + untilDays * DAY_MS);
      const rule = new RRule({ ...RRule.parseString(text), dtstart, tzid: null, until });
      // The write-time check refuses rules that never yield a date; rrule would walk them to the year 9999.
      fc.pre(yieldsDatesRepeatedly(rule));
      const wallFrom = new Date(dtstart.getTime() + fromOffsetDays * DAY_MS);
      const wallTo = new Date(wallFrom.getTime() + windowDays * DAY_MS);
      const expected = rule.between(wallFrom, wallTo, true).map((d) => d.toISOString());
      const actual = fastForward(rule, wallFrom).between(wallFrom, wallTo, true).map((d) => d.toISOString());
      assert.deepEqual(actual, expected, `${text} from ${dtstart.toISOString()}, window ${wallFrom.toISOString()} + ${windowDays} days`);
    }),
    { seed: SEED, numRuns: 1000 },
  );
});

test('fast-forwarding saves the walk: an hourly series begun ten years ago costs a window, not ten years', () => {
  const dtstart = new Date(Date.UTC(2016, 10, 24));
  const rule = new RRule({ ...RRule.parseString(`FREQ=DAILY;BYHOUR=${Array.from({ length: 24 }, (_, h) => h).join(',')}`), dtstart, tzid: null });
  const wallFrom = new Date(Date.UTC(2026, 10, 23));
  const forwarded = fastForward(rule, wallFrom);
  assert.equal(forwarded.options.dtstart.toISOString(), '2026-11-23T00:00:00.000Z');
  // The forwarded start above is the saving itself; no stopwatch (a loaded machine would break one).
  assert.equal(forwarded.between(wallFrom, new Date(wallFrom.getTime() + 31 * DAY_MS), true).length, 31 * 24 + 1, "both ends of the window count");
  // COUNT counts from the first date: such a rule is left as it is.
  const counted = new RRule({ ...RRule.parseString('FREQ=DAILY;COUNT=1000'), dtstart, tzid: null });
  assert.equal(fastForward(counted, wallFrom), counted);
});

// A walk to the year 9999 takes about 30 s per rule on an idle machine, the probe milliseconds:
// the test's timeout catches the walk without a stopwatch that a loaded machine could break.
test('a rule that never yields a date is recognised without a walk to the year 9999', { timeout: 20_000 }, () => {
  const dtstart = new Date(Date.UTC(2026, 10, 23, 18));
  for (const [text, yields] of [
    ['FREQ=DAILY;BYSETPOS=2', false],
    ['FREQ=DAILY;COUNT=5;BYSETPOS=2', false],
    ['FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=15', false],
    ['FREQ=WEEKLY;BYDAY=MO;BYSETPOS=3', false],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', true],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR', true],
  ] as const) {
    assert.equal(yieldsDatesRepeatedly(new RRule({ ...RRule.parseString(text), dtstart, tzid: null })), yields, text);
  }
});
