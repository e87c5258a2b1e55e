/**
 * A small iCalendar (RFC 5545) file for a booking, made in the browser: one
 * VEVENT per date, times in UTC, lines folded at 75 octets and ended by CRLF,
 * texts escaped. No server round trip and no third party involved.
 */
import type { Booking } from './booking-api.js';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20260302T170000Z` */
function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface IcsTexts {
  /** The event title, e.g. "Raumbuchung: Ratssaal". */
  summary: string;
  /** Where, e.g. the room and venue. */
  location: string;
  /** Free text, e.g. the purpose and the status. */
  description: string;
}

/** The calendar file of a booking: every date that is not declined or cancelled. */
export function bookingIcs(booking: Pick<Booking, 'id' | 'occurrences' | 'status' | 'createdAt'>, texts: IcsTexts): string {
  const stamp = utcStamp(booking.createdAt);
  const status = booking.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Teilhabe-Kit//Raumbuchung//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  booking.occurrences
    .filter((occurrence) => occurrence.status === 'requested' || occurrence.status === 'confirmed')
    .forEach((occurrence, index) => {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${booking.id}-${index}@teilhabe-kit`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${utcStamp(occurrence.start)}`,
        `DTEND:${utcStamp(occurrence.end)}`,
        `SUMMARY:${escapeIcsText(texts.summary)}`,
        `LOCATION:${escapeIcsText(texts.location)}`,
        `DESCRIPTION:${escapeIcsText(texts.description)}`,
        `STATUS:${occurrence.status === 'confirmed' ? 'CONFIRMED' : status}`,
        'END:VEVENT',
      );
    });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
