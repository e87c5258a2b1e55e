import { RoomInput, VenueInput, routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import { versionTag, writeVersioned } from '../../records/versioned-write.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { ProblemError, notFound, type FieldError } from '../../http/problem.js';
import { addDays, datesBetween, localDateOf, toZonedIso, zonedInstant } from '../../time/zoned.js';
import { unknownCodeErrors } from '../taxonomies/repository.js';
import { toRoom, toRoomSummary, type RoomDoc } from './mapping.js';
import { deleteRoom, findRoom, findRooms, findSlots, saveRoom, saveVenue, venueExists } from './repository.js';
import { closureOn, freeDates, openingHoursOn } from './schedule.js';

const MAX_FREE_SEARCH_DAYS = 62;
const MAX_AVAILABILITY_DAYS = 62;

const invalid = (errors: FieldError[], title = 'The request is invalid') => new ProblemError({ status: 400, type: 'validation', title, errors });

export function registerRoomRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listRooms, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const offset = decodeCursor(query.cursor);
    let rows = await findRooms(db, tenant.id, {
      minCapacity: query.capacity,
      equipment: query.equipment,
      accessibility: query.accessibility,
      areas: query.area,
    });

    const timeWindowGiven = query.freeTo || query.freeStart || query.freeEnd || query.freeWeekdays?.length;
    if (timeWindowGiven && !query.freeFrom) throw invalid([{ path: 'freeFrom', code: 'required', message: 'Give the first day (freeFrom) of the wanted time.' }]);
    if (query.freeFrom) {
      const from = query.freeFrom;
      const to = query.freeTo ?? from;
      if (to < from) throw invalid([{ path: 'freeTo', code: 'before_start', message: 'freeTo must not be before freeFrom.' }]);
      if (datesBetween(from, to).length > MAX_FREE_SEARCH_DAYS) {
        throw invalid([{ path: 'freeTo', code: 'too_long', message: `Search at most ${MAX_FREE_SEARCH_DAYS} days at once.` }]);
      }
      if (query.freeStart && query.freeEnd && query.freeEnd <= query.freeStart) {
        throw invalid([{ path: 'freeEnd', code: 'before_start', message: 'freeEnd must be after freeStart.' }]);
      }
      const slots = await findSlots(
        db,
        tenant.id,
        rows.map((row) => row.id),
        zonedInstant(from, '00:00', tenant.timeZone),
        zonedInstant(addDays(to, 1), '00:00', tenant.timeZone),
        ['confirmed'],
      );
      const window = { from, to, start: query.freeStart, end: query.freeEnd, weekdays: query.freeWeekdays?.map(Number) };
      rows = rows.filter((row) => {
        const busy = slots.filter((slot) => slot.room_id === row.id).map((slot) => ({ start: slot.blocked_start, end: slot.blocked_end }));
        return freeDates(row.doc as RoomDoc, window, busy, tenant.timeZone).length > 0;
      });
    }

    const page = rows.slice(offset, offset + query.limit);
    return c.json(
      {
        data: page.map((row) => toRoomSummary(row, locale, tenant.defaultLocale)),
        meta: { total: rows.length, nextCursor: nextCursor(offset, query.limit, rows.length), locale },
      },
      200,
    );
  });

  app.openapi(routes.getRoom, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const row = await findRoom(db, tenant.id, id);
    if (!row) throw notFound('Room', id);
    return c.json({ data: toRoom(row, c.get('locale'), tenant.defaultLocale) }, 200);
  });

  app.openapi(routes.getRoomAvailability, async (c) => {
    const { id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const tenant = c.get('tenant');
    const start = new Date(from);
    const end = new Date(to);
    if (end <= start) throw invalid([{ path: 'to', code: 'before_start', message: '`to` must be after `from`.' }]);
    if (end.getTime() - start.getTime() > MAX_AVAILABILITY_DAYS * 86_400_000) {
      throw invalid([{ path: 'to', code: 'too_long', message: `Ask for at most ${MAX_AVAILABILITY_DAYS} days at once.` }]);
    }
    const row = await findRoom(db, tenant.id, id);
    if (!row) throw notFound('Room', id);
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
    // Busy times say when, never who: no booking ids, names or purposes.
    const booked = slots.map((slot) => ({
      start: toZonedIso(slot.start, tenant.timeZone),
      end: toZonedIso(slot.status === 'confirmed' ? slot.blocked_end : slot.end, tenant.timeZone),
      kind: slot.status === 'confirmed' ? ('booked' as const) : ('requested' as const),
    }));
    return c.json(
      {
        data: {
          roomId: id,
          from: toZonedIso(start, tenant.timeZone),
          to: toZonedIso(end, tenant.timeZone),
          timeZone: tenant.timeZone,
          openingHours: dates.flatMap((date) => openingHoursOn(doc, date).map((hours) => ({ date, ...hours }))),
          busy: [...closed, ...booked].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
          bookingPolicy: doc.bookingPolicy,
        },
      },
      200,
      // Availability changes with every booking; caches may keep it only briefly.
      { 'Cache-Control': 'public, max-age=10' },
    );
  });

  app.openapi(routes.putVenue, async (c) => {
    const { id } = c.req.valid('param');
    const venue = VenueInput.parse(c.req.valid('json'));
    if (venue.id !== id) throw invalid([{ path: 'id', code: 'id_mismatch', message: `The body's id must be "${id}", as in the path.` }]);
    const errors = await unknownCodeErrors(db, c.get('tenant').id, [{ path: 'address.area', taxonomy: 'areas', codes: venue.address.area ? [venue.address.area] : [] }]);
    if (errors.length) throw invalid(errors.map((e) => ({ ...e, path: 'address.area' })), 'The venue is invalid');
    const version = await writeVersioned(c, db, { collection: 'venues', id, operation: 'put', write: (trx) => saveVenue(trx, c.get('tenant').id, venue) });
    return c.json({ data: { id } }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.putRoom, async (c) => {
    const { id } = c.req.valid('param');
    const room = RoomInput.parse(c.req.valid('json'));
    const tenant = c.get('tenant');
    const errors: FieldError[] = [];
    if (room.id !== id) errors.push({ path: 'id', code: 'id_mismatch', message: `The body's id must be "${id}", as in the path.` });
    if (!(await venueExists(db, tenant.id, room.venueId))) errors.push({ path: 'venueId', code: 'unknown_venue', message: `There is no venue "${room.venueId}".` });
    room.openingHours.forEach((hours, index) => {
      if (hours.closes <= hours.opens) errors.push({ path: `openingHours.${index}.closes`, code: 'before_start', message: 'A room must close after it opens.' });
    });
    errors.push(
      ...(await unknownCodeErrors(db, tenant.id, [
        { path: 'equipment', taxonomy: 'equipment', codes: room.equipment },
        { path: 'accessibility', taxonomy: 'accessibility', codes: room.accessibility },
      ])),
    );
    if (errors.length) throw invalid(errors, 'The room is invalid');
    const version = await writeVersioned(c, db, { collection: 'rooms', id, operation: 'put', write: (trx) => saveRoom(trx, tenant.id, room, now()) });
    const saved = await findRoom(db, tenant.id, id);
    return c.json({ data: toRoom(saved!, c.get('locale'), tenant.defaultLocale) }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.deleteRoom, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await writeVersioned(c, db, {
      collection: 'rooms',
      id,
      operation: 'delete',
      write: async (trx) => {
        const outcome = await deleteRoom(trx, c.get('tenant').id, id);
        if (outcome === 'has-bookings') {
          throw new ProblemError({ status: 409, type: 'room-in-use', title: 'The room has bookings', detail: 'Cancel or decline its bookings first.' });
        }
        return outcome === 'deleted';
      },
    });
    if (deleted === undefined) throw notFound('Room', id);
    return c.body(null, 204);
  });
}
