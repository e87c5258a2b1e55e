/** The calendar file the booking widget makes in the browser, read back with ical.js (RFC 5545). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { bookingIcs, escapeIcsText, foldIcsLine } from '../../packages/components/src/room-booking/booking-ics.js';

const booking = {
  id: '6f1c2d9e-0000-4000-8000-000000000001',
  status: 'confirmed' as const,
  createdAt: '2026-03-01T09:30:00.000Z',
  occurrences: [
    { start: '2026-03-02T18:00:00+01:00', end: '2026-03-02T20:00:00+01:00', status: 'confirmed' as const },
    { start: '2026-03-30T18:00:00+02:00', end: '2026-03-30T20:00:00+02:00', status: 'confirmed' as const },
    { start: '2026-04-06T18:00:00+02:00', end: '2026-04-06T20:00:00+02:00', status: 'cancelled' as const },
  ],
};
const texts = {
  summary: 'Raum: Gruppenraum 1',
  location: 'Gruppenraum 1, Stadtteilzentrum Neuhausen, Kölner Straße 120, 52353 Neuhausen',
  description: 'Elternabend; Thema: Schule, Ausbildung\nhttps://daten.example/v1/musterkreis/bookings/6f1c?token=bk_secret',
};

test('a booking becomes a valid VCALENDAR with one VEVENT per kept date, in UTC', () => {
  const text = bookingIcs(booking, texts);
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `folded: ${line}`);

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  assert.equal(events.length, 2, 'the cancelled date is left out');
  assert.equal(events[0]!.startDate.toJSDate().toISOString(), '2026-03-02T17:00:00.000Z');
  assert.equal(events[1]!.endDate.toJSDate().toISOString(), '2026-03-30T18:00:00.000Z', 'summer time');
  assert.equal(events[0]!.summary, texts.summary);
  assert.equal(events[0]!.location, texts.location, 'commas and umlauts survive escaping and folding');
  assert.equal(events[0]!.description, texts.description, 'semicolons and newlines survive');
  assert.notEqual(events[0]!.uid, events[1]!.uid);
  assert.equal(calendar.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('status'), 'CONFIRMED');
});

test('a request that waits for approval is TENTATIVE', () => {
  const text = bookingIcs({ ...booking, status: 'requested', occurrences: [{ ...booking.occurrences[0]!, status: 'requested' }] }, texts);
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  assert.equal(vevent.getFirstPropertyValue('status'), 'TENTATIVE');
});

test('escaping and folding follow RFC 5545', () => {
  assert.equal(escapeIcsText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  const folded = foldIcsLine(`DESCRIPTION:${'ü'.repeat(60)}`);
  assert.ok(folded.split('\r\n ').every((part) => new TextEncoder().encode(part).length <= 75));
  assert.equal(folded.split('\r\n ').join(''), `DESCRIPTION:${'ü'.repeat(60)}`);
});
