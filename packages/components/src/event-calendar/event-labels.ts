/** Visible names of filters, statuses and cooperation forms, and the calendar's date formats. */
import { msg } from '@lit/localize';
import { dateLocale } from '../shared/format.js';
import type { EventOccurrence } from './calendar-api.js';
import { noonOf, type DayKey } from './calendar-dates.js';
import type { FilterKey } from './calendar-state.js';

const TIME_ZONE = 'Europe/Berlin';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let value = formatters.get(key);
  if (!value) formatters.set(key, (value = new Intl.DateTimeFormat(dateLocale(locale), options)));
  return value;
}

/** `Dienstag, 3. März 2026`. */
export function formatDayLong(day: DayKey, locale: string): string {
  return formatter(locale, 'day-long', { dateStyle: 'full', timeZone: 'UTC' }).format(noonOf(day));
}

/** `3. März`. */
export function formatDayShort(day: DayKey, locale: string): string {
  return formatter(locale, 'day-short', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noonOf(day));
}

/** The number of the day in the locale's digits (`٣` in Arabic). */
export function formatDayNumber(day: DayKey, locale: string): string {
  return formatter(locale, 'day-number', { day: 'numeric', timeZone: 'UTC' }).format(noonOf(day));
}

/** `März 2026`. */
export function formatMonth(day: DayKey, locale: string): string {
  return formatter(locale, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonOf(day));
}

/** Short and long weekday names of a day. */
export function formatWeekdayName(day: DayKey, locale: string, style: 'short' | 'long'): string {
  return formatter(locale, `weekday-${style}`, { weekday: style, timeZone: 'UTC' }).format(noonOf(day));
}

/** `18:30` (or `6:30 PM`) in Berlin time. */
export function formatTime(instant: number, locale: string): string {
  return formatter(locale, 'time', { hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE }).format(instant);
}

/** The whole date and time of an occurrence, e.g. `Dienstag, 3. März 2026, 18:30–21:00`. */
export function formatWhen(occurrence: Pick<EventOccurrence, 'start' | 'end' | 'allDay'>, locale: string): string {
  const start = new Date(occurrence.start);
  const end = new Date(occurrence.end);
  if (occurrence.allDay) {
    const lastMoment = new Date(Math.max(start.getTime(), end.getTime() - 1));
    return formatter(locale, 'range-day', { dateStyle: 'full', timeZone: TIME_ZONE }).formatRange(start, lastMoment);
  }
  return formatter(locale, 'range-time', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).formatRange(start, end);
}

/** A date and time such as a registration deadline. */
export function formatDateTime(iso: string, locale: string): string {
  return formatter(locale, 'date-time', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function filterName(key: FilterKey): string {
  switch (key) {
    case 'topic':
      return msg('Thema', { id: 'filters.topic' });
    case 'language':
      return msg('Sprache der Veranstaltung', { id: 'calendar.filters.language' });
    case 'organizer':
      return msg('Veranstalter', { id: 'calendar.filters.organizer' });
    case 'area':
      return msg('Ort', { id: 'filters.area' });
    case 'format':
      return msg('Art der Veranstaltung', { id: 'calendar.filters.format' });
    case 'free':
      return msg('Eintritt', { id: 'calendar.filters.price' });
    case 'time':
      return msg('Uhrzeit', { id: 'calendar.filters.time' });
  }
}

/** Labels of the built-in filter values ("kostenlos", "abends", "am Wochenende", the municipal office). */
export function builtInLabel(key: FilterKey, code: string): string | undefined {
  if (key === 'free' && code === 'true') return msg('Kostenlos', { id: 'calendar.free' });
  if (key === 'time' && code === 'evening') return msg('Abends (ab 17 Uhr)', { id: 'calendar.time.evening' });
  if (key === 'time' && code === 'weekend') return msg('Am Wochenende', { id: 'calendar.time.weekend' });
  if (key === 'organizer' && code === 'office') return msg('Städtische Stellen', { id: 'calendar.organizer.office' });
  return undefined;
}

/** "Abgesagt" / "Verschoben" (text, never colour alone); nothing for a scheduled event. */
export function statusLabel(status: EventOccurrence['status']): string | undefined {
  if (status === 'cancelled') return msg('Abgesagt', { id: 'calendar.status.cancelled' });
  if (status === 'postponed') return msg('Verschoben', { id: 'calendar.status.postponed' });
  return undefined;
}

export function cooperationLabel(form: NonNullable<EventOccurrence['cooperation']>): string {
  switch (form) {
    case 'municipal-with-mo':
      return msg('Veranstaltung der Kommune mit Migrantenorganisationen', { id: 'calendar.cooperation.municipal-with-mo' });
    case 'mo-with-municipal':
      return msg('Veranstaltung einer Migrantenorganisation mit der Kommune', { id: 'calendar.cooperation.mo-with-municipal' });
    case 'joint':
      return msg('Gemeinsam geplant', { id: 'calendar.cooperation.joint' });
  }
}
