/**
 * Local wall time in Europe/Berlin. Recurrence rules count in wall time (an
 * 18:00 meeting stays at 18:00 across the DST change), so the expansion works
 * on "wall dates": Date objects whose UTC fields hold the Berlin wall time.
 * These helpers convert between wall dates and real instants; plain calendar
 * dates and offsets come from `src/time/zoned.ts`.
 */
import { TZDate } from '@date-fns/tz';
import { localDateOf, toZonedIso } from '../../time/zoned.js';

/** Every event is in this zone (the contract fixes it). */
export const EVENT_TIME_ZONE = 'Europe/Berlin';

const DAY_MS = 86_400_000;

/** The Berlin wall time of an instant, as a wall date. */
export function wallOf(instant: Date): Date {
  const local = new TZDate(instant.getTime(), EVENT_TIME_ZONE);
  return new Date(
    Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds()),
  );
}

/**
 * The real instant of a wall date. A wall time in the spring gap (02:30 on the
 * last Sunday of March) moves forward an hour; an ambiguous one in October
 * takes the later (standard time) instant.
 */
export function instantOfWall(wall: Date): Date {
  const zoned = new TZDate(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
    EVENT_TIME_ZONE,
  );
  return new Date(zoned.getTime());
}

/** A zoned date at this instant, as ical-generator wants it for TZID times. */
export function zoned(instant: Date): TZDate {
  return new TZDate(instant.getTime(), EVENT_TIME_ZONE);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `2026-10-27T18:00:00+01:00`: the instant in Berlin time with its offset. */
export const berlinIso = (instant: Date): string => toZonedIso(instant, EVENT_TIME_ZONE);

/** `YYYY-MM-DD` of a wall date (or any Date, by its UTC fields). */
export function isoDate(wall: Date): string {
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** The Berlin calendar date of an instant, `YYYY-MM-DD`. */
export const berlinDate = (instant: Date): string => localDateOf(instant, EVENT_TIME_ZONE);

/** Midnight (wall) of the wall date's day. */
export function startOfWallDay(wall: Date): Date {
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/** The instant a Berlin calendar day (`YYYY-MM-DD`) begins. */
export function startOfBerlinDay(date: string): Date {
  return instantOfWall(new Date(`${date}T00:00:00Z`));
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
export const addMs = (date: Date, ms: number) => new Date(date.getTime() + ms);
