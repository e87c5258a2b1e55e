/**
 * Dates and times as the office types them (German order, `24.12.2027`,
 * `18:30`) and as the API stores them (`2027-12-24`, an instant with the
 * offset of the tenant's zone). The zone arithmetic is the server's own.
 * What cannot be read is handed back unchanged, so the form keeps it and
 * the server names it.
 */
import { localDateOf, localTimeOf, toZonedIso, zonedInstant } from '@teilhabe/server/domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;

const pad = (value: number | string) => String(value).padStart(2, '0');

function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `24.12.2027` or `2027-12-24` → `2027-12-24`; anything else → undefined. */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const german = GERMAN_DATE.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
  if (!year || !month || !day || !realDate(Number(year), Number(month), Number(day))) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2027-12-24` → `24.12.2027`; a text that is no ISO date stays as it is. */
export function dateText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const iso = ISO_DATE.exec(value);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}

/** `18:30`, `9.15` → `18:30`, `09:15`; anything else → undefined. */
export function parseTimeText(text: string): string | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

/** The wall date and time of an instant in the zone, as the office reads them. */
export function wallParts(instant: string, timeZone: string): { date: string; time: string } | undefined {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return undefined;
  return { date: dateText(localDateOf(at, timeZone)), time: localTimeOf(at, timeZone) };
}

/** A wall date (`YYYY-MM-DD`) and time (`HH:MM`) in the zone as the API's instant with offset. */
export const instantText = (date: string, time: string, timeZone: string) => toZonedIso(zonedInstant(date, time, timeZone), timeZone);
