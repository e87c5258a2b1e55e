/** The `.ics` attached to a confirmation: one event per booked date, in UTC so every calendar reads the same instants. */
import ical, { ICalEventStatus } from 'ical-generator';
import type { MailAttachment } from '../outbox/outbox.js';

export function bookingCalendar(options: {
  bookingId: string;
  calendarName: string;
  summary: string;
  location: string;
  description: string;
  dates: Array<{ start: Date; end: Date }>;
}): MailAttachment {
  const calendar = ical({ name: options.calendarName, prodId: '//Teilhabe-Kit//Room booking//DE' });
  for (const date of options.dates) {
    calendar.createEvent({
      id: `${options.bookingId}-${date.start.toISOString()}@teilhabe-kit`,
      start: date.start,
      end: date.end,
      summary: options.summary,
      location: options.location,
      description: options.description,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return { filename: 'raumbuchung.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: calendar.toString() };
}
