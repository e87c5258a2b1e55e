/**
 * The rules of rooms and venues: which rooms are free in a wanted time, what
 * a room's availability shows, and what a stored room or venue must satisfy
 * beyond its schema. Refusals are domain errors; the routes only translate.
 */
import type { Availability, RoomRecord, VenueInput } from '@teilhabe/contract';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { Conflict, Invalid, idMismatch, notFoundError, type FieldError } from '../../domain/errors.js';
import type { Tenant } from '../../domain/tenant.js';
import { addDays, datesBetween, localDateOf, toZonedIso, zonedInstant, type LocalDate, type LocalTime } from '../../time/zoned.js';
import { busyTimesOf, findSlots } from '../occupancy.js';
import { unknownCodeErrors } from '../taxonomies/repository.js';
import type { RoomDoc, RoomRow } from './mapping.js';
import { deleteRoom, findRoom, venueExists } from './repository.js';
import { closureOn, freeDates, openingHoursOn } from './schedule.js';

const MAX_FREE_SEARCH_DAYS = 62;
const MAX_AVAILABILITY_DAYS = 62;

const invalidRequest = (errors: FieldError[]) => new Invalid('The request is invalid', errors);

/** The wanted time of the free-room search, as the list's query gives it. */
export interface WantedTime {
  freeFrom?: LocalDate | undefined;
  freeTo?: LocalDate | undefined;
  freeStart?: LocalTime | undefined;
  freeEnd?: LocalTime | undefined;
  freeWeekdays?: readonly string[] | undefined;
}

/** The rooms free on at least one day of the wanted time; all of them when no time is wanted. */
export async function freeRooms(db: Kysely<DatabaseSchema>, tenant: Tenant, rooms: RoomRow[], wanted: WantedTime): Promise<RoomRow[]> {
  const timeWindowGiven = wanted.freeTo || wanted.freeStart || wanted.freeEnd || wanted.freeWeekdays?.length;
  if (timeWindowGiven && !wanted.freeFrom) throw invalidRequest([{ path: 'freeFrom', code: 'required', message: 'Give the first day (freeFrom) of the wanted time.' }]);
  if (!wanted.freeFrom) return rooms;
  const from = wanted.freeFrom;
  const to = wanted.freeTo ?? from;
  if (to < from) throw invalidRequest([{ path: 'freeTo', code: 'before_start', message: 'freeTo must not be before freeFrom.' }]);
  if (datesBetween(from, to).length > MAX_FREE_SEARCH_DAYS) {
    throw invalidRequest([{ path: 'freeTo', code: 'too_long', message: `Search at most ${MAX_FREE_SEARCH_DAYS} days at once.` }]);
  }
  if (wanted.freeStart && wanted.freeEnd && wanted.freeEnd <= wanted.freeStart) {
    throw invalidRequest([{ path: 'freeEnd', code: 'before_start', message: 'freeEnd must be after freeStart.' }]);
  }
  const slots = await findSlots(
    db,
    tenant.id,
    rooms.map((row) => row.id),
    zonedInstant(from, '00:00', tenant.timeZone),
    zonedInstant(addDays(to, 1), '00:00', tenant.timeZone),
    ['confirmed'],
  );
  const window = { from, to, start: wanted.freeStart, end: wanted.freeEnd, weekdays: wanted.freeWeekdays?.map(Number) };
  return rooms.filter((row) => freeDates(row.doc as RoomDoc, window, busyTimesOf(slots, row.id), tenant.timeZone).length > 0);
}

/** Opening hours and busy times of one room in [from, to): when, never who (no booking ids, names or purposes). */
export async function roomAvailability(db: Kysely<DatabaseSchema>, tenant: Tenant, id: string, from: string, to: string): Promise<Availability> {
  const start = new Date(from);
  const end = new Date(to);
  if (end <= start) throw invalidRequest([{ path: 'to', code: 'before_start', message: '`to` must be after `from`.' }]);
  if (end.getTime() - start.getTime() > MAX_AVAILABILITY_DAYS * 86_400_000) {
    throw invalidRequest([{ path: 'to', code: 'too_long', message: `Ask for at most ${MAX_AVAILABILITY_DAYS} days at once.` }]);
  }
  const row = await findRoom(db, tenant.id, id);
  if (!row) throw notFoundError('Room', id);
  const doc = row.doc as RoomDoc;
  const slots = await findSlots(db, tenant.id, [id], start, end);
  const dates = datesBetween(localDateOf(start, tenant.timeZone), localDateOf(new Date(end.getTime() - 1), tenant.timeZone));
  const closed = dates
    .filter((date) => closureOn(doc, date))
    .map((date) => ({
      start: toZonedIso(zonedInstant(date, '00:00', tenant.timeZone), tenant.timeZone),
      end: toZonedIso(zonedInstant(date, '24:00', tenant.timeZone), tenant.timeZone),
      kind: 'closed' as const,
    }));
  const booked = slots.map((slot) => ({
    start: toZonedIso(slot.start, tenant.timeZone),
    end: toZonedIso(slot.status === 'confirmed' ? slot.blocked_end : slot.end, tenant.timeZone),
    kind: slot.status === 'confirmed' ? ('booked' as const) : ('requested' as const),
  }));
  return {
    roomId: id,
    from: toZonedIso(start, tenant.timeZone),
    to: toZonedIso(end, tenant.timeZone),
    timeZone: tenant.timeZone,
    openingHours: dates.flatMap((date) => openingHoursOn(doc, date).map((hours) => ({ date, ...hours }))),
    busy: [...closed, ...booked].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    bookingPolicy: doc.bookingPolicy,
  };
}

/** Refuses a venue whose id differs from the path's or whose area is no known code. */
export async function checkVenue(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, venue: VenueInput) {
  if (venue.id !== pathId) throw invalidRequest([idMismatch(pathId)]);
  const errors = await unknownCodeErrors(db, tenantId, [{ path: 'address.area', taxonomy: 'areas', codes: venue.address.area ? [venue.address.area] : [] }]);
  if (errors.length) throw new Invalid('The venue is invalid', errors.map((e) => ({ ...e, path: 'address.area' })));
}

/** Refuses a room naming another id, an unknown venue or codes, opening hours or closures that end before they start, or a photo not on https. */
export async function checkRoom(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, room: RoomRecord) {
  const errors: FieldError[] = [];
  if (room.id !== pathId) errors.push(idMismatch(pathId));
  if (!(await venueExists(db, tenantId, room.venueId))) errors.push({ path: 'venueId', code: 'unknown_venue', message: `There is no venue "${room.venueId}".` });
  room.openingHours.forEach((hours, index) => {
    if (hours.closes <= hours.opens) errors.push({ path: `openingHours.${index}.closes`, code: 'before_start', message: 'A room must close after it opens.' });
  });
  room.closures.forEach((closure, index) => {
    if (closure.to < closure.from) errors.push({ path: `closures.${index}.to`, code: 'before_start', message: 'A closure must not end before it starts.' });
  });
  // The widgets run on https pages, where an http image is blocked or marked insecure.
  room.photos.forEach((photo, index) => {
    if (!photo.url.startsWith('https://')) errors.push({ path: `photos.${index}.url`, code: 'not_https', message: 'A photo must be an https address.' });
  });
  errors.push(
    ...(await unknownCodeErrors(db, tenantId, [
      { path: 'equipment', taxonomy: 'equipment', codes: room.equipment },
      { path: 'accessibility', taxonomy: 'accessibility', codes: room.accessibility },
    ])),
  );
  if (errors.length) throw new Invalid('The room is invalid', errors);
}

/** Deletes the room; false when there is none; refused while bookings refer to it. */
export async function removeRoom(trx: Transaction<DatabaseSchema>, tenantId: string, id: string): Promise<boolean> {
  const outcome = await deleteRoom(trx, tenantId, id);
  if (outcome === 'has-bookings') throw new Conflict('The room has bookings', { type: 'room-in-use', detail: 'Cancel or decline its bookings first.' });
  return outcome === 'deleted';
}
