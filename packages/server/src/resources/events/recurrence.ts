/**
 * Expands an event (single or a series with an RRULE and exception dates) into
 * the occurrences that overlap a time window.
 *
 * The RRULE's DTSTART is the event's wall time in the tenant's zone: the rule is
 * evaluated on wall dates (see time.ts) and every occurrence is then turned
 * into its real instant, so a weekly 18:00 meeting stays at 18:00 local time
 * across the October and March clock changes.
 *
 * Rules we apply (documented for editors in the PUT validation too):
 * - A timed occurrence lasts exactly as long as the first one (RFC 5545: DTEND
 *   gives an exact duration).
 * - An all-day event covers whole local days: from local midnight of its first
 *   day to local midnight after its last day (an end at 00:00 is exclusive).
 * - UNTIL with `Z` is an instant; without `Z` it is local wall time; a date
 *   alone (UNTIL=20270331) includes that whole day.
 * - An exception date removes the occurrence that starts at that instant; for
 *   all-day events, any exception date on the same local day.
 */
import * as rruleModule from 'rrule';
import type { Options as RRuleOptions, RRule as RRuleType } from 'rrule';
import { fastForward, yieldsDatesRepeatedly } from './fast-forward.js';
import { localDateOf } from '../../time/zoned.js';
import { addMs, addWallDays, instantOfWall, startOfWallDay, wallOf } from './time.js';

// rrule ships a UMD bundle: Node's ESM loader sees only a default export,
// bundlers see the named ones.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;

const DAY_MS = 86_400_000;
/** More occurrences than this in one series count as "without end". */
const MAX_SERIES_LENGTH = 20_000;
/** An event may have at most this many occurrences in total when it has COUNT. */
export const MAX_COUNT = 1_000;
/** UNTIL may lie at most this many years after the start (leave it out for a series without end). */
export const MAX_UNTIL_YEARS = 10;
/**
 * Start times a rule may yield per day (BYHOUR × BYMINUTE × BYSECOND): one
 * editor's rule must not cost every public request seconds.
 */
export const MAX_STARTS_PER_DAY = 24;
/**
 * Dates of one series a request looks at in its window: enough for a daily
 * event over the longest window, and a bound on what one series may cost.
 */
export const MAX_OCCURRENCES_PER_WINDOW = 400;
/** Dates of one series a request examines for its filter before it gives up on that series. */
const MAX_EXAMINED_PER_WINDOW = 4 * MAX_OCCURRENCES_PER_WINDOW;
/** The first date of a rule must come within this many years (bounds the search). */
const FIRST_DATE_YEARS = 5;
const YEAR_MS = 366 * DAY_MS;

export interface Schedule {
  start: Date;
  end: Date;
  allDay: boolean;
  recurrence: { rrule: string; exdates: readonly string[] } | null;
  /** The tenant's zone: the rule counts in its wall time. */
  timeZone: string;
}

export interface Occurrence {
  start: Date;
  end: Date;
}

export class RecurrenceError extends Error {
  constructor(
    readonly code: 'invalid_rrule' | 'no_dates' | 'start_not_in_rule' | 'count_too_large' | 'until_too_far' | 'too_complex',
    message: string,
  ) {
    super(message);
  }
}

/** How long one occurrence is: exact milliseconds, or whole local days for all-day events. */
type Span = { kind: 'exact'; ms: number } | { kind: 'days'; days: number };

function spanOf(schedule: Schedule): Span {
  if (!schedule.allDay) return { kind: 'exact', ms: Math.max(0, schedule.end.getTime() - schedule.start.getTime()) };
  const firstDay = startOfWallDay(wallOf(schedule.start, schedule.timeZone));
  const endWall = wallOf(schedule.end, schedule.timeZone);
  const endDay = startOfWallDay(endWall);
  let days = Math.round((endDay.getTime() - firstDay.getTime()) / DAY_MS);
  if (endWall.getTime() > endDay.getTime() || days <= 0) days += 1;
  return { kind: 'days', days: Math.max(1, days) };
}

/** The wall date the rule starts at: the start time, or midnight for all-day events. */
function dtstartWall(schedule: Schedule): Date {
  const wall = wallOf(schedule.start, schedule.timeZone);
  return schedule.allDay ? startOfWallDay(wall) : wall;
}

function occurrenceAt(wallStart: Date, span: Span, timeZone: string): Occurrence {
  const start = instantOfWall(wallStart, timeZone);
  const end = span.kind === 'exact' ? addMs(start, span.ms) : instantOfWall(addWallDays(wallStart, span.days), timeZone);
  return { start, end };
}

/** The UNTIL of a rule as a wall date (null if none), following the rules above. */
export function untilWall(rrule: string, allDay: boolean, timeZone: string): Date | null {
  const match = /(?:^|;)UNTIL=(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?(?:;|$)/.exec(rrule);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, utc] = match;
  const date = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  if (h === undefined) return new Date(allDay ? date : date + DAY_MS - 1000);
  const wall = new Date(date + ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000);
  return utc ? wallOf(wall, timeZone) : wall;
}

/** The rule in wall time; throws a RecurrenceError for a rule rrule cannot read. */
export function wallRule(schedule: Schedule): RRuleType {
  const rrule = schedule.recurrence?.rrule ?? '';
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(rrule);
  } catch (error) {
    throw new RecurrenceError('invalid_rrule', `The RRULE cannot be read: ${(error as Error).message}.`);
  }
  if (options.byweekday && (options.byweekday as unknown[]).some((day) => day === null || day === undefined)) {
    throw new RecurrenceError('invalid_rrule', 'BYDAY has an unknown weekday; use MO, TU, WE, TH, FR, SA, SU (optionally with a number, e.g. 1MO or -1FR).');
  }
  if (options.count !== undefined && options.count !== null && options.count > MAX_COUNT) {
    throw new RecurrenceError('count_too_large', `COUNT may be at most ${MAX_COUNT}; use UNTIL or no end instead.`);
  }
  const until = untilWall(rrule, schedule.allDay, schedule.timeZone);
  try {
    // noCache: rules are remembered across requests (rememberedSeries), and rrule's own cache would keep the
    // result of every window ever asked for, without bound; the finite series' dates are listed once instead.
    return new RRule({ ...options, dtstart: dtstartWall(schedule), tzid: null, until }, true);
  } catch (error) {
    throw new RecurrenceError('invalid_rrule', `The RRULE cannot be used: ${(error as Error).message}.`);
  }
}

/**
 * Checks that a series makes sense: the rule can be read, yields dates, and
 * its first date is the event's start (RFC 5545 leaves anything else undefined,
 * and calendar apps would disagree with our list).
 */
export function validateSchedule(schedule: Schedule): void {
  if (!schedule.recurrence) return;
  const rule = wallRule(schedule);
  const starts = startsPerDay(rule);
  if (starts > MAX_STARTS_PER_DAY) {
    throw new RecurrenceError(
      'too_complex',
      `The rule yields ${starts} start times per day (BYHOUR × BYMINUTE × BYSECOND); at most ${MAX_STARTS_PER_DAY} are allowed.`,
    );
  }
  const dtstart = dtstartWall(schedule);
  const until = untilWall(schedule.recurrence.rrule, schedule.allDay, schedule.timeZone);
  if (until && until.getTime() - dtstart.getTime() > MAX_UNTIL_YEARS * YEAR_MS) {
    throw new RecurrenceError('until_too_far', `UNTIL may be at most ${MAX_UNTIL_YEARS} years after the start; leave it out for a series without end.`);
  }
  if (!satisfiable(rule, dtstart) || !yieldsDatesRepeatedly(rule)) {
    throw new RecurrenceError('no_dates', `The rule yields no dates within ${FIRST_DATE_YEARS} years (check the BY… parts).`);
  }
  let first: Date | undefined;
  try {
    // A bounded search: a rule that never matches (BYMONTHDAY=30;BYMONTH=2) would otherwise run to the year 9999.
    rule.between(dtstart, new Date(dtstart.getTime() + FIRST_DATE_YEARS * YEAR_MS), true, (date) => {
      first = date;
      return false;
    });
  } catch (error) {
    throw new RecurrenceError('invalid_rrule', `The RRULE cannot be used: ${(error as Error).message}.`);
  }
  if (!first) throw new RecurrenceError('no_dates', `The rule yields no dates within ${FIRST_DATE_YEARS} years (check UNTIL, COUNT, INTERVAL and BY… parts).`);
  if (first.getTime() !== dtstart.getTime()) {
    throw new RecurrenceError('start_not_in_rule', 'The start must be the first date of the series (e.g. a Tuesday for BYDAY=TU).');
  }
}

/** How many start times a day the rule can have: the product of its BYHOUR, BYMINUTE and BYSECOND lists. */
export function startsPerDay(rule: RRuleType): number {
  const { byhour, byminute, bysecond } = rule.origOptions;
  const size = (part: number | number[] | null | undefined) => (Array.isArray(part) ? new Set(part).size || 1 : 1);
  return size(byhour) * size(byminute) * size(bysecond);
}

/**
 * rrule only stops at UNTIL or the window end when a date matches, so a rule
 * whose BY… parts never match (BYMONTH=2;BYMONTHDAY=30) would loop day by day
 * to the year 9999. The same BY… parts under FREQ=YEARLY step a year at a
 * time and match the same days (numbered weekdays and BYSETPOS aside, which
 * only pick among them), so probing that rule first is cheap and tells us.
 */
function satisfiable(rule: RRuleType, dtstart: Date): boolean {
  const { byweekday, bysetpos, count, until, interval, freq, ...rest } = rule.origOptions;
  if (freq === RRule.YEARLY) return true;
  const plainWeekdays = byweekday
    ? (Array.isArray(byweekday) ? byweekday : [byweekday]).map((day) => (typeof day === 'object' && day !== null && 'weekday' in day ? day.weekday : day))
    : undefined;
  const probe = new RRule({ ...rest, freq: RRule.YEARLY, dtstart, tzid: null, ...(plainWeekdays ? { byweekday: plainWeekdays as number[] } : {}) });
  const horizon = new Date(dtstart.getTime() + FIRST_DATE_YEARS * YEAR_MS);
  let found = false;
  probe.between(dtstart, horizon, true, () => {
    found = true;
    return false;
  });
  return found;
}

/** A test for "this occurrence was cancelled by an exception date". */
function exdateFilter(schedule: Schedule): (occurrence: Occurrence) => boolean {
  const exdates = schedule.recurrence?.exdates ?? [];
  if (exdates.length === 0) return () => false;
  const instants = new Set(exdates.map((value) => Date.parse(value)));
  const localDate = (instant: Date) => localDateOf(instant, schedule.timeZone);
  const days = schedule.allDay ? new Set(exdates.map((value) => localDate(new Date(value)))) : new Set<string>();
  return (occurrence) => instants.has(occurrence.start.getTime()) || (schedule.allDay && days.has(localDate(occurrence.start)));
}

function overlaps(occurrence: Occurrence, from: Date, to: Date): boolean {
  if (occurrence.start.getTime() >= to.getTime()) return false;
  if (occurrence.end.getTime() > from.getTime()) return true;
  // A zero-length event belongs to the window its start is in.
  return occurrence.end.getTime() === occurrence.start.getTime() && occurrence.start.getTime() >= from.getTime();
}

/**
 * Parsed rules, and the wall dates of finite series, remembered across
 * requests: the event list expands every candidate series on each request,
 * and reading the RRULE and walking a COUNT series from its first date cost
 * more than the rest of the answer. What determines a series' dates is its
 * rule, start, all-day flag and zone, so that is the key; exception dates
 * and the end are applied per request.
 */
interface RememberedSeries {
  rule: RRuleType;
  /** Every wall date of a finite series, once made; null for a series without end or with too many dates. */
  dates?: Date[] | null;
}

/** Dates of one finite series kept in the list (a COUNT series has at most MAX_COUNT). */
const MAX_LISTED_DATES_PER_SERIES = 2 * MAX_COUNT;
/** All remembered dates together; beyond, the memory starts over (about 20 MB). */
const MAX_LISTED_DATES = 400_000;
const MAX_REMEMBERED_SERIES = 50_000;
const rememberedRules = new Map<string, RememberedSeries>();
let listedDates = 0;

function forgetSeriesWhenFull() {
  if (rememberedRules.size < MAX_REMEMBERED_SERIES && listedDates < MAX_LISTED_DATES) return;
  rememberedRules.clear();
  listedDates = 0;
}

/** The series' rule in wall time (as `wallRule`, which throws for a rule that cannot be read), parsed once. */
function rememberedSeries(schedule: Schedule): RememberedSeries {
  const key = `${schedule.timeZone}\n${schedule.allDay}\n${schedule.start.getTime()}\n${schedule.recurrence?.rrule ?? ''}`;
  let series = rememberedRules.get(key);
  if (!series) {
    series = { rule: wallRule(schedule) };
    forgetSeriesWhenFull();
    rememberedRules.set(key, series);
  }
  return series;
}

function datesOfFiniteSeries(series: RememberedSeries): Date[] | null {
  if (series.dates !== undefined) return series.dates;
  const { count, until } = series.rule.options;
  let dates: Date[] | null = null;
  if (count || until) {
    const all: Date[] = [];
    series.rule.all((date) => {
      all.push(date);
      return all.length <= MAX_LISTED_DATES_PER_SERIES;
    });
    if (all.length <= MAX_LISTED_DATES_PER_SERIES) dates = all;
  }
  series.dates = dates;
  listedDates += dates?.length ?? 0;
  return dates;
}

/** The index of the first date at or after `wall` in dates sorted ascending. */
function firstIndexNotBefore(dates: readonly Date[], wall: Date): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle]!.getTime() < wall.getTime()) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface ExpansionLimits {
  /** Stop after this many occurrences (default MAX_OCCURRENCES_PER_WINDOW). */
  limit?: number;
  /** Only occurrences that pass count; at most MAX_EXAMINED_PER_WINDOW dates are looked at. */
  accept?: (occurrence: Occurrence) => boolean;
}

/**
 * The occurrences of an event that overlap [from, to), by start: the first
 * `limit` of them, so that no series costs a request more than a bounded
 * number of dates, however often it repeats.
 */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date, limits: ExpansionLimits = {}): Occurrence[] {
  const limit = limits.limit ?? MAX_OCCURRENCES_PER_WINDOW;
  const accept = limits.accept ?? (() => true);
  const span = spanOf(schedule);
  if (!schedule.recurrence) {
    const single = occurrenceAt(dtstartWall(schedule), span, schedule.timeZone);
    return limit > 0 && overlaps(single, from, to) && accept(single) ? [single] : [];
  }
  const spanMs = span.kind === 'exact' ? span.ms : span.days * DAY_MS;
  // Search a little wider in wall time (offsets, spans), then filter exactly.
  const wallFrom = new Date(wallOf(from, schedule.timeZone).getTime() - spanMs - 2 * DAY_MS);
  const wallTo = new Date(wallOf(to, schedule.timeZone).getTime() + 2 * DAY_MS);
  const series = rememberedSeries(schedule);
  const excluded = exdateFilter(schedule);
  const found: Occurrence[] = [];
  let examined = 0;
  if (limit <= 0) return found;
  const take = (wall: Date) => {
    const occurrence = occurrenceAt(wall, span, schedule.timeZone);
    if (!excluded(occurrence) && overlaps(occurrence, from, to)) {
      examined += 1;
      if (accept(occurrence)) found.push(occurrence);
    }
    return found.length < limit && examined < MAX_EXAMINED_PER_WINDOW;
  };
  const dates = datesOfFiniteSeries(series);
  if (dates) {
    // The same dates rrule's `between` hands out, in the same order, from the list made once.
    for (let index = firstIndexNotBefore(dates, wallFrom); index < dates.length && dates[index]!.getTime() <= wallTo.getTime(); index += 1) {
      if (!take(dates[index]!)) break;
    }
  } else {
    // rrule hands out the dates in order, so stopping early keeps the first ones.
    fastForward(series.rule, wallFrom).between(wallFrom, wallTo, true, take);
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The first occurrence (the event's own start/end, normalised for all-day events). */
export function firstOccurrence(schedule: Schedule): Occurrence {
  return occurrenceAt(dtstartWall(schedule), spanOf(schedule), schedule.timeZone);
}

/**
 * When the last occurrence ends, or null for a series without end. Exception
 * dates are ignored: the value only prefilters the window query in SQL.
 */
export function seriesEnd(schedule: Schedule): Date | null {
  const span = spanOf(schedule);
  if (!schedule.recurrence) return occurrenceAt(dtstartWall(schedule), span, schedule.timeZone).end;
  const rule = wallRule(schedule);
  if (!rule.options.count && !rule.options.until) return null;
  let last: Date | null = null;
  let n = 0;
  rule.all((date) => {
    last = date;
    n += 1;
    return n <= MAX_SERIES_LENGTH;
  });
  if (n > MAX_SERIES_LENGTH) return null;
  return last ? occurrenceAt(last, span, schedule.timeZone).end : occurrenceAt(dtstartWall(schedule), span, schedule.timeZone).end;
}

/** Whether the event has at least one occurrence in [from, to). */
export function hasOccurrenceBetween(schedule: Schedule, from: Date, to: Date, accept?: (occurrence: Occurrence) => boolean): boolean {
  return occurrencesBetween(schedule, from, to, { limit: 1, accept }).length > 0;
}
