/**
 * rrule walks every date from DTSTART on, also the ones before the window it
 * is asked about: an hourly series begun ten years ago costs each request
 * 87 000 dates, a daily one from the year 1000 seconds. A rule without COUNT
 * repeats with its period (INTERVAL × FREQ), so the same rule started at the
 * beginning of a later period yields the same dates from there on: that is
 * what `fastForward` builds.
 *
 * The later rule must not depend on DTSTART any more. rrule fills the parts
 * a rule leaves out from DTSTART (the time of day; the weekday of a weekly
 * rule; the day and month of a monthly or yearly one), so those are copied
 * into the new rule as explicit parts. Starting exactly at a period's
 * beginning keeps BYSETPOS picking from the whole period.
 */
import * as rruleModule from 'rrule';
import type { Options as RRuleOptions, RRule as RRuleType } from 'rrule';

const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;

const DAY_MS = 86_400_000;

const notEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
const isPresent = (value: unknown) => value !== null && value !== undefined;

/** rrule's own test for "the rule names no day": then it takes the days from DTSTART. */
function takesDaysFromStart(options: Partial<RRuleOptions>): boolean {
  return !(
    Boolean(options.byweekno) ||
    notEmpty(options.byweekno) ||
    notEmpty(options.byyearday) ||
    Boolean(options.bymonthday) ||
    notEmpty(options.bymonthday) ||
    isPresent(options.byweekday) ||
    isPresent(options.byeaster)
  );
}

const dayIndex = (wall: Date) => Math.floor(wall.getTime() / DAY_MS);
/** The first day of the week `wall` is in, weeks beginning on `wkst` (0 = Monday, as rrule counts). */
const weekStartDay = (wall: Date, wkst: number) => dayIndex(wall) - ((((wall.getUTCDay() + 6) % 7) - wkst + 7) % 7);

/** Whole periods of the rule's frequency from the period of `start` to the period of `until`, and where the k-th begins. */
function periods(freq: number, wkst: number, start: Date): { between: (until: Date) => number; beginning: (k: number) => number } {
  switch (freq) {
    case RRule.DAILY:
      return { between: (until) => dayIndex(until) - dayIndex(start), beginning: (k) => (dayIndex(start) + k) * DAY_MS };
    case RRule.WEEKLY: {
      const first = weekStartDay(start, wkst);
      return { between: (until) => Math.floor((weekStartDay(until, wkst) - first) / 7), beginning: (k) => (first + 7 * k) * DAY_MS };
    }
    case RRule.MONTHLY: {
      const first = start.getUTCFullYear() * 12 + start.getUTCMonth();
      return {
        between: (until) => until.getUTCFullYear() * 12 + until.getUTCMonth() - first,
        beginning: (k) => Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, 1),
      };
    }
    case RRule.YEARLY:
      return { between: (until) => until.getUTCFullYear() - start.getUTCFullYear(), beginning: (k) => Date.UTC(start.getUTCFullYear() + k, 0, 1) };
    default:
      return { between: () => 0, beginning: () => start.getTime() };
  }
}

/** The rule, started at the beginning of the last of its periods that begins on or before `wallFrom`; the rule itself when that gains nothing. */
export function fastForward(rule: RRuleType, wallFrom: Date): RRuleType {
  const parsed = rule.options;
  if (parsed.count !== null && parsed.count !== undefined) return rule;
  const interval = Math.max(1, parsed.interval ?? 1);
  const { between, beginning } = periods(parsed.freq, parsed.wkst ?? 0, parsed.dtstart);
  const skip = Math.floor(between(wallFrom) / interval) * interval;
  if (!(skip > 0)) return rule;
  const original = rule.origOptions;
  const days: Partial<RRuleOptions> = {};
  if (takesDaysFromStart(original)) {
    if (parsed.freq === RRule.YEARLY) Object.assign(days, { bymonth: parsed.bymonth, bymonthday: parsed.bymonthday });
    if (parsed.freq === RRule.MONTHLY) days.bymonthday = parsed.bymonthday;
    if (parsed.freq === RRule.WEEKLY) days.byweekday = parsed.byweekday;
  }
  return new RRule({
    ...original,
    ...days,
    byhour: parsed.byhour,
    byminute: parsed.byminute,
    bysecond: parsed.bysecond,
    // rrule gives every date the milliseconds of DTSTART.
    dtstart: new Date(beginning(skip) + (((parsed.dtstart.getTime() % 1000) + 1000) % 1000)),
    tzid: null,
  });
}

/** The probe of `yieldsDatesRepeatedly` looks at the years from here to the end of rrule's calendar (9999). */
const PROBE_FROM = new Date(Date.UTC(9992, 0, 1));
const PROBE_TO = new Date(Date.UTC(9999, 11, 31));

/**
 * Whether the rule's pattern yields a date in every few years. rrule stops
 * a search only at a date it yields, so a rule that never yields one (BYSETPOS=2
 * on a single date a day) runs to the year 9999: 30 seconds for a daily rule.
 * Moved to the last years of rrule's calendar, the same pattern runs out of
 * calendar within eight years, so this probe is cheap; a rule that passes
 * yields its next date within about eight years of any date.
 */
export function yieldsDatesRepeatedly(rule: RRuleType): boolean {
  const endless = new RRule({ ...rule.origOptions, dtstart: rule.options.dtstart, count: null, until: null, tzid: null });
  let found = false;
  fastForward(endless, PROBE_FROM).between(PROBE_FROM, PROBE_TO, true, () => {
    found = true;
    return false;
  });
  return found;
}
