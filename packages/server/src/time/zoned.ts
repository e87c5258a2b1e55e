/**
 * Wall-clock dates and times in a tenant's time zone (an IANA name) and the
 * instants they stand for. Opening hours, closures and series are wall-clock
 * rules: "Tuesdays 18:00" stays 18:00 across the change to summer time.
 */
import { TZDate } from '@date-fns/tz';

/** `YYYY-MM-DD` */
export type LocalDate = string;
/** `HH:MM` */
export type LocalTime = string;

export function zonedInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  // 24:00 is the end of the day: midnight of the next one.
  const zoned = new TZDate(year, month - 1, day, hours === 24 ? 0 : hours, minutes, timeZone);
  return new Date(hours === 24 ? new TZDate(year, month - 1, day + 1, 0, 0, timeZone).getTime() : zoned.getTime());
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}

export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
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
  const zoned = new TZDate(instant.getTime(), timeZone);
  const offset = -zoned.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${localDateOf(instant, timeZone)}T${localTimeOf(instant, timeZone)}:${pad(zoned.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
