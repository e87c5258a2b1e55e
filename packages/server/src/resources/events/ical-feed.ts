/**
 * The events as an RFC 5545 iCalendar feed in one language, built with
 * ical-generator. Series stay series (RRULE + EXDATE, not expanded), with
 * DTSTART/DTEND in the tenant's local time (TZID) and, for Europe/Berlin, a
 * VTIMEZONE, so that calendar apps keep the local time across the clock
 * changes; other zones rely on the calendar app knowing the IANA name.
 */
import type { Locale } from '@teilhabe/contract';
import ical, { ICalEventStatus } from 'ical-generator';
import { Localizer } from '../../i18n/localizer.js';
import { locationOf } from './mapping.js';
import { firstOccurrence, untilWall, type Schedule } from './recurrence.js';
import { scheduleOf, type EventLookups, type EventRow } from './repository.js';
import { instantOfWall, isoDate, startOfWallDay, wallOf, zoned } from './time.js';

export const PRODUCT_ID = '//Teilhabe-Kit//Data API//DE';

/**
 * Europe/Berlin as VTIMEZONE: the EU rules in force since 1996 (summer time
 * from the last Sunday of March 02:00 to the last Sunday of October 03:00).
 */
export const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const CALENDAR_NAMES: Record<Locale, string> = {
  de: 'Veranstaltungen',
  en: 'Events',
  tr: 'Etkinlikler',
  ar: 'الفعاليات',
  uk: 'Заходи',
  ru: 'Мероприятия',
  fa: 'رویدادها',
};

const STATUS: Record<string, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const pad = (value: number) => String(value).padStart(2, '0');
/** `20261027T180000` of a wall date. */
const basicWall = (wall: Date) =>
  `${isoDate(wall).replaceAll('-', '')}T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`;
/** `20261027T170000Z` of an instant. */
const basicUtc = (instant: Date) => `${basicWall(instant)}Z`;
/** A Date at UTC midnight of a wall date's day: ical-generator writes it as a DATE without zone. */
const dateValue = (wall: Date) => startOfWallDay(wall);

/**
 * RRULE and EXDATE lines of a series. UNTIL is rewritten as RFC 5545 wants it
 * next to a zoned DTSTART (UTC), or as a DATE for all-day events.
 */
export function recurrenceLines(schedule: Schedule): string | null {
  if (!schedule.recurrence) return null;
  const parts = schedule.recurrence.rrule.split(';').filter((part) => !part.startsWith('UNTIL='));
  const until = untilWall(schedule.recurrence.rrule, schedule.allDay, schedule.timeZone);
  if (until) parts.push(`UNTIL=${schedule.allDay ? isoDate(until).replaceAll('-', '') : basicUtc(instantOfWall(until, schedule.timeZone))}`);
  const lines = [`RRULE:${parts.join(';')}`];
  const exdates = schedule.recurrence.exdates.map((value) => wallOf(new Date(value), schedule.timeZone));
  if (exdates.length) {
    lines.push(
      schedule.allDay
        ? `EXDATE;VALUE=DATE:${[...new Set(exdates.map((wall) => isoDate(wall).replaceAll('-', '')))].join(',')}`
        : `EXDATE;TZID=${schedule.timeZone}:${exdates.map(basicWall).join(',')}`,
    );
  }
  return lines.join('\r\n');
}

export interface FeedOptions {
  tenant: { id: string; name: string; defaultLocale: Locale };
  locale: Locale;
}

function locationText(row: EventRow, lookups: EventLookups): string | null {
  const location = locationOf(row.doc, lookups);
  const place = [
    location.roomName,
    location.venueName,
    location.address ? `${location.address.street}, ${location.address.postalCode} ${location.address.city}` : undefined,
  ].filter(Boolean);
  const parts = [...(place.length ? [place.join(', ')] : []), ...(location.onlineUrl ? [location.onlineUrl] : [])];
  return parts.length ? parts.join(' / ') : null;
}

/** One VEVENT per event (or series), texts in the feed's locale with per-field fallback. */
export function eventsCalendar(rows: readonly EventRow[], lookups: EventLookups, options: FeedOptions): string {
  const calendar = ical({
    name: `${options.tenant.name}: ${CALENDAR_NAMES[options.locale]}`,
    prodId: PRODUCT_ID,
    ttl: 60 * 60,
    timezone: { name: null, generator: (zone) => (zone === 'Europe/Berlin' ? BERLIN_VTIMEZONE : null) },
  });
  for (const row of rows) {
    const { doc } = row;
    const localizer = new Localizer(options.locale, options.tenant.defaultLocale, doc.machineTranslated);
    const schedule = scheduleOf(doc, row.time_zone);
    const first = firstOccurrence(schedule);
    const summary = localizer.text('summary', doc.summary);
    const description = localizer.text('description', doc.description);
    const updated = new Date(row.updated_at);
    calendar.createEvent({
      id: `${row.id}@${options.tenant.id}.teilhabe-kit`,
      ...(doc.allDay
        ? { allDay: true, start: dateValue(wallOf(first.start, row.time_zone)), end: dateValue(wallOf(first.end, row.time_zone)) }
        : { timezone: row.time_zone, start: zoned(first.start, row.time_zone), end: zoned(first.end, row.time_zone) }),
      summary: localizer.text('title', doc.title),
      description: description && description !== summary ? `${summary}\n\n${description}` : summary,
      location: locationText(row, lookups),
      url: doc.location.onlineUrl ?? doc.registration.url ?? null,
      status: STATUS[doc.status] ?? ICalEventStatus.CONFIRMED,
      repeating: recurrenceLines(schedule),
      stamp: updated,
      lastModified: updated,
    });
  }
  return calendar.toString();
}
