/**
 * Wall time for recurrence rules. A rule counts in the wall time of the
 * tenant's zone (an 18:00 meeting stays at 18:00 across the change to summer
 * time), so the expansion works on "wall dates": Date objects whose UTC fields
 * hold the wall time. These helpers convert between wall dates and instants;
 * calendar dates, days and offsets come from `src/time/zoned.ts`.
 */
import { TZDate } from '@date-fns/tz';
import { instantMsOfSteadyWall, wallMsOf } from '../../time/offsets.js';

const DAY_MS = 86_400_000;

/** The wall time of an instant in the zone, as a wall date. */
export function wallOf(instant: Date, timeZone: string): Date {
  const wall = new Date(wallMsOf(instant.getTime(), timeZone));
  // Date.UTC reads the years 0-99 as 1900-1999, which is what this gave before it skipped TZDate.
  return wall.getUTCFullYear() >= 0 && wall.getUTCFullYear() < 100 ? new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds())) : wall;
}

/**
 * The real instant of a wall date in the zone. A wall time in the spring gap
 * (02:30 on the last Sunday of March in Berlin) moves forward an hour; an
 * ambiguous one in October takes the later (standard time) instant.
 */
export function instantOfWall(wall: Date, timeZone: string): Date {
  // Away from a clock change the offset alone gives the instant; near one, TZDate's rules decide.
  const steady = wall.getUTCFullYear() >= 100 ? instantMsOfSteadyWall(wall.getTime(), timeZone) : undefined;
  if (steady !== undefined) return new Date(steady);
  const zoned = new TZDate(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
    timeZone,
  );
  return new Date(zoned.getTime());
}

/** A zoned date at this instant, as ical-generator wants it for TZID times. */
export function zoned(instant: Date, timeZone: string): TZDate {
  return new TZDate(instant.getTime(), timeZone);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `YYYY-MM-DD` of a wall date (or any Date, by its UTC fields). */
export function isoDate(wall: Date): string {
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** Midnight (wall) of the wall date's day. */
export function startOfWallDay(wall: Date): Date {
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/** Whole days on a wall date: wall time has no clock change, so a day is 24 hours here (and only here). */
export const addWallDays = (wall: Date, days: number) => new Date(wall.getTime() + days * DAY_MS);
export const addMs = (date: Date, ms: number) => new Date(date.getTime() + ms);
