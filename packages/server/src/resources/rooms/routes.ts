import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import { versionTag, writeVersioned } from '../../records/versioned-write.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { toRoom, toRoomSummary } from './mapping.js';
import { findRoom, findRooms, saveRoom, saveVenue } from './repository.js';
import { checkRoom, checkVenue, freeRooms, removeRoom, roomAvailability } from './service.js';

export function registerRoomRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listRooms, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const offset = decodeCursor(query.cursor);
    const matching = await findRooms(db, tenant.id, {
      minCapacity: query.capacity,
      equipment: query.equipment,
      accessibility: query.accessibility,
      areas: query.area,
    });
    const rows = await freeRooms(db, tenant, matching, query);
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
    const availability = await roomAvailability(db, c.get('tenant'), id, from, to);
    return c.json(
      { data: availability },
      200,
      // Availability changes with every booking; caches may keep it only briefly.
      { 'Cache-Control': 'public, max-age=10' },
    );
  });

  app.openapi(routes.putVenue, async (c) => {
    const { id } = c.req.valid('param');
    const venue = c.req.valid('json');
    await checkVenue(db, c.get('tenant').id, id, venue);
    const version = await writeVersioned(c, db, { collection: 'venues', id, operation: 'put', write: (trx) => saveVenue(trx, c.get('tenant').id, venue) });
    return c.json({ data: { id } }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.putRoom, async (c) => {
    const { id } = c.req.valid('param');
    const room = c.req.valid('json');
    const tenant = c.get('tenant');
    await checkRoom(db, tenant.id, id, room);
    const version = await writeVersioned(c, db, { collection: 'rooms', id, operation: 'put', write: (trx) => saveRoom(trx, tenant.id, room, now()) });
    const saved = await findRoom(db, tenant.id, id);
    return c.json({ data: toRoom(saved!, c.get('locale'), tenant.defaultLocale) }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.deleteRoom, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await writeVersioned(c, db, { collection: 'rooms', id, operation: 'delete', write: (trx) => removeRoom(trx, c.get('tenant').id, id) });
    if (deleted === undefined) throw notFound('Room', id);
    return c.body(null, 204);
  });
}
