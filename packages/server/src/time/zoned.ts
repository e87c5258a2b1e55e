/**
 * Wall-clock dates and times in a tenant's time zone (an IANA name) and the
 * instants they stand for. Opening hours, closures and series are wall-clock
 * rules: "Tuesdays 18:00" stays 18:00 across the change to summer time.
 */
import { TZDate } from '@date-fns/tz';
import { instantMsOfSteadyWall, isoOffsetMinutesAt, wallMsOf } from './offsets.js';

/** `YYYY-MM-DD` */
export type LocalDate = string;
/** `HH:MM` */
export type LocalTime = string;

export function zonedInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  // Away from a clock change the offset alone gives the instant (offsets.ts); near one, TZDate's rules decide.
  const steady = year >= 100 ? instantMsOfSteadyWall(Date.UTC(year, month - 1, day, hours, minutes), timeZone) : undefined;
  if (steady !== undefined) return new Date(steady);
  // 24:00 is the end of the day: midnight of the next one.
  const zoned = new TZDate(year, month - 1, day, hours === 24 ? 0 : hours, minutes, timeZone);
  return new Date(hours === 24 ? new TZDate(year, month - 1, day + 1, 0, 0, timeZone).getTime() : zoned.getTime());
}

/** The wall fields of an instant in the zone, as the UTC fields of a Date. */
const wallOf = (instant: Date, timeZone: string) => new Date(wallMsOf(instant.getTime(), timeZone));

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallOf(instant, timeZone);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const wall = wallOf(instant, timeZone);
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Every calendar date from `from` to `to`, both included. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** An instant as ISO 8601 with the zone's offset, e.g. `2026-12-03T18:00:00+01:00`. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const offset = isoOffsetMinutesAt(instant.getTime(), timeZone);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const wall = wallOf(instant, timeZone);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return `${date}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
