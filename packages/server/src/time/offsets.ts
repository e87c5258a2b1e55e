/**
 * UTC offsets of a time zone, remembered per UTC day. Asking `Intl` for an
 * offset (what `TZDate` does on every construction) costs microseconds, and
 * an event list converts thousands of instants per request; a zone's offset
 * changes a few times a year, so nearly every day has one offset all day.
 *
 * A day counts as "one offset" when the offsets at each of its 25 full hours
 * (00:00 to 24:00 UTC) agree: no zone changes its offset and back within an
 * hour. Days with a change are not remembered; their instants are asked
 * exactly, and wall times near them are left to `TZDate` (gaps and repeated
 * hours keep its rules).
 */
import { tzOffset } from '@date-fns/tz';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Offsets reach at most ±14 hours; a wall time lies within this much of its instant. */
const MAX_OFFSET_MS = 15 * HOUR_MS;
/** Remembered days per zone before the memory starts over (about 140 years). */
const MAX_DAYS = 50_000;

/** Per zone: UTC day number → the offset in minutes that holds all day, or null for a day with a change. */
const days = new Map<string, Map<number, number | null>>();

function offsetOfDay(day: number, timeZone: string): number | null {
  let known = days.get(timeZone);
  if (!known) days.set(timeZone, (known = new Map()));
  const remembered = known.get(day);
  if (remembered !== undefined) return remembered;
  const first = tzOffset(timeZone, new Date(day * DAY_MS));
  let offset: number | null = Number.isFinite(first) ? first : null;
  for (let hour = 1; hour <= 24 && offset !== null; hour += 1) {
    if (tzOffset(timeZone, new Date(day * DAY_MS + hour * HOUR_MS)) !== first) offset = null;
  }
  if (known.size >= MAX_DAYS) known.clear();
  known.set(day, offset);
  return offset;
}

/** The offset of the zone at the instant, in minutes (as `tzOffset`: +60 for Berlin in winter). */
export function offsetMinutesAt(instantMs: number, timeZone: string): number {
  return offsetOfDay(Math.floor(instantMs / DAY_MS), timeZone) ?? tzOffset(timeZone, new Date(instantMs));
}

/** The wall time of the instant in the zone, as milliseconds whose UTC fields are the wall fields (as `TZDate` rounds historical offsets). */
export function wallMsOf(instantMs: number, timeZone: string): number {
  return instantMs - Math.round(-offsetMinutesAt(instantMs, timeZone) * 60) * 1000;
}

/**
 * The instant of a wall time (ms with the wall fields in UTC), when the zone
 * keeps one whole-minute offset for 15 hours on either side of it, which makes
 * the instant unique; undefined otherwise (near a change: ask `TZDate`).
 */
export function instantMsOfSteadyWall(wallMs: number, timeZone: string): number | undefined {
  if (!Number.isFinite(wallMs)) return undefined;
  const firstDay = Math.floor((wallMs - MAX_OFFSET_MS) / DAY_MS);
  const lastDay = Math.floor((wallMs + MAX_OFFSET_MS) / DAY_MS);
  const offset = offsetOfDay(firstDay, timeZone);
  if (offset === null || !Number.isInteger(offset)) return undefined;
  for (let day = firstDay + 1; day <= lastDay; day += 1) if (offsetOfDay(day, timeZone) !== offset) return undefined;
  return wallMs - offset * 60_000;
}

/** The offset `TZDate#getTimezoneOffset` reports, sign as in ISO 8601 (+60 for Berlin in winter): whole minutes. */
export function isoOffsetMinutesAt(instantMs: number, timeZone: string): number {
  const reported = -offsetMinutesAt(instantMs, timeZone);
  return -(reported > 0 ? Math.floor(reported) : Math.ceil(reported));
}
