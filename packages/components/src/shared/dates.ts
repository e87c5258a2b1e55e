/**
 * Calendar dates and wall-clock times of the tenant's time zone, for every
 * widget (`Europe/Berlin` until the tenant's own zone is known). The API answers with zoned ISO strings such as
 * `2026-03-02T18:00:00+01:00`, whose local date and time can be read off the
 * string; requests need the right offset for a local date and time, which
 * `Intl` tells us (summer time included).
 */
import { dateLocale } from './format.js';

/** `YYYY-MM-DD` */
export type LocalDate = string;
/** `HH:MM` */
export type LocalTime = string;

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** The local date of a zoned ISO string (`2026-03-02T18:00:00+01:00` → `2026-03-02`). */
export const localDatePart = (iso: string): LocalDate => iso.slice(0, 10);
/** The local time of a zoned ISO string (`…T18:00:00+01:00` → `18:00`). */
export const localTimePart = (iso: string): LocalTime => iso.slice(11, 16);

/** Minutes since midnight of `HH:MM` (`24:00` → 1440). */
export function minutesOf(time: LocalTime): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** `HH:MM` of minutes since midnight. */
export function timeOf(minutes: number): LocalTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week a date is in. */
export const mondayOf = (date: LocalDate): LocalDate => addDays(date, 1 - isoWeekday(date));

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return Math.round((asUtc - instant) / 60_000);
}

/** The zoned ISO string of a local date and time: `2026-07-01`, `18:00` → `2026-07-01T18:00:00+02:00`. */
export function zonedIso(date: LocalDate, time: LocalTime, timeZone = DEFAULT_TIME_ZONE): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const minutes = minutesOf(time);
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  let offset = offsetMinutes(wall, timeZone);
  offset = offsetMinutes(wall - offset * 60_000, timeZone);
  if (minutes === 24 * 60) return zonedIso(addDays(date, 1), '00:00', timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${timeOf(minutes)}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Today's date in the zone. */
export function todayIn(timeZone = DEFAULT_TIME_ZONE, now = new Date()): LocalDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `2026-03-02` as `Montag, 2. März` in the reader's language. */
export function formatDayLong(date: LocalDate, locale: string): string {
  return cachedFormat(`dl:${locale}`, () => new Intl.DateTimeFormat(dateLocale(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })).format(utcDate(date));
}

/** `2026-03-02` as `Mo., 2. März 2026`. */
export function formatDateFull(date: LocalDate, locale: string): string {
  return cachedFormat(`df:${locale}`, () => new Intl.DateTimeFormat(dateLocale(locale), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(utcDate(date));
}

/** `2026-03-02` as `Mo., 2.3.` for a narrow column head. */
export function formatDayShort(date: LocalDate, locale: string): string {
  return cachedFormat(`ds:${locale}`, () => new Intl.DateTimeFormat(dateLocale(locale), { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' })).format(utcDate(date));
}

const formats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format;
}

function utcDate(date: LocalDate): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The local date and minutes since midnight of an instant in the zone. */
export function localDateTimeOf(instant: Date, timeZone = DEFAULT_TIME_ZONE): { date: LocalDate; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}
