/**
 * Another time or room before approving a single date: the form's fields as
 * the office types them (a local date and times in the tenant's zone) and
 * their conversion to the instants the API takes.
 */
import { msg } from '@lit/localize';
import type { StaffBooking } from '@teilhabe/sdk';
import { localDate } from '../shared/booking-format.js';

const TIME_ZONE = 'Europe/Berlin';

export interface ChangeFields {
  roomId: string;
  date: string;
  from: string;
  to: string;
}

const timeOf = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });

/** The fields filled with the booking as requested, so the office only changes what differs. */
export function fieldsOf(booking: StaffBooking): ChangeFields {
  return { roomId: booking.roomId, date: localDate(booking.start), from: timeOf.format(new Date(booking.start)), to: timeOf.format(new Date(booking.end)) };
}

/** `2027-01-12` and `18:00` in Berlin as an ISO instant; the offset is the zone's at that moment (summer or winter time). */
export function zonedIso(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(asUtc))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - asUtc;
  return new Date(asUtc - offset).toISOString().replace('.000Z', 'Z');
}

/** The field errors of the change, keyed by the field's id. */
export function changeErrors(fields: ChangeFields): Map<string, string> {
  const errors = new Map<string, string>();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) errors.set('change-date', msg('Geben Sie das Datum an', { id: 'change.date.missing' }));
  if (!/^\d{2}:\d{2}$/.test(fields.from)) errors.set('change-from', msg('Geben Sie an, wann es beginnt', { id: 'change.from.missing' }));
  if (!/^\d{2}:\d{2}$/.test(fields.to)) errors.set('change-to', msg('Geben Sie an, wann es endet', { id: 'change.to.missing' }));
  else if (!errors.has('change-from') && fields.to <= fields.from) errors.set('change-to', msg('Das Ende muss nach dem Beginn liegen', { id: 'change.to.before' }));
  return errors;
}

/** Whether the fields differ from the request at all. */
export function changesAnything(booking: StaffBooking, fields: ChangeFields): boolean {
  const asked = fieldsOf(booking);
  return asked.roomId !== fields.roomId || asked.date !== fields.date || asked.from !== fields.from || asked.to !== fields.to;
}
