import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import { versionTag, writeVersioned } from '../../records/versioned-write.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { eventsCalendar } from './ical-feed.js';
import { toEvent, toOccurrence } from './mapping.js';
import { deleteEvent, findEvent, loadEventLookups, saveEvent, type EventFilters, type EventRow } from './repository.js';
import { checkEvent, eventsWithDatesIn, occurrencesInWindow } from './service.js';
import { feedWindow, listWindow } from './window.js';
import { assertEventEditable } from '../../event-sources/imported-guard.js';

function filtersOf(query: {
  topic?: string[] | undefined;
  language?: string[] | undefined;
  organizer?: string[] | undefined;
  area?: string[] | undefined;
  format?: string[] | undefined;
  free?: 'true' | 'false' | undefined;
  q?: string | undefined;
}): EventFilters {
  return {
    topic: query.topic,
    language: query.language,
    organizer: query.organizer,
    area: query.area,
    format: query.format,
    free: query.free === undefined ? undefined : query.free === 'true',
    q: query.q,
  };
}

export function registerEventRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listEvents, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const offset = decodeCursor(query.cursor);
    const window = listWindow(query, now());
    const { page, total } = await occurrencesInWindow(db, tenant.id, filtersOf(query), window, query.time, { offset, limit: query.limit });
    const lookups = await loadEventLookups(db, tenant.id, page.map(({ row }) => row.doc));
    return c.json(
      {
        data: page.map(({ row, occurrence }) => toOccurrence(row, occurrence, lookups, locale, tenant.defaultLocale)),
        meta: { total, nextCursor: nextCursor(offset, query.limit, total), locale },
      },
      200,
    );
  });

  app.openapi(routes.getEvent, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const row = await findEvent(db, tenant.id, id);
    if (!row) throw notFound('Event', id);
    const lookups = await loadEventLookups(db, tenant.id, [row.doc]);
    return c.json({ data: toEvent(row, lookups, c.get('locale'), tenant.defaultLocale) }, 200);
  });

  app.openapi(routes.eventsFeed, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    let rows: EventRow[];
    if (query.event) {
      // One event (the widget's "add to calendar"): whatever its dates.
      const row = await findEvent(db, tenant.id, query.event);
      if (!row) throw notFound('Event', query.event);
      rows = [row];
    } else {
      const window = feedWindow(query, now(), tenant.timeZone);
      rows = await eventsWithDatesIn(db, tenant.id, filtersOf(query), window, query.time);
    }
    const lookups = await loadEventLookups(db, tenant.id, rows.map((row) => row.doc));
    const body = eventsCalendar(rows, lookups, { tenant, locale: c.get('locale') });
    const headers: Record<string, string> = { 'Content-Type': 'text/calendar; charset=utf-8' };
    if (query.event) headers['Content-Disposition'] = `attachment; filename="${query.event}.ics"`;
    return c.body(body, 200, headers);
  });

  app.openapi(routes.putEvent, async (c) => {
    const { id } = c.req.valid('param');
    const record = c.req.valid('json');
    const tenant = c.get('tenant');
    await assertEventEditable(db, tenant.id, id, c.req.valid('header')['overwrite-imported'] === 'true');
    await checkEvent(db, tenant.id, id, record);
    const version = await writeVersioned(c, db, { collection: 'events', id, operation: 'put', write: (trx) => saveEvent(trx, tenant.id, record, now()) });
    const saved = (await findEvent(db, tenant.id, id))!;
    const lookups = await loadEventLookups(db, tenant.id, [saved.doc]);
    return c.json({ data: toEvent(saved, lookups, c.get('locale'), tenant.defaultLocale) }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.deleteEvent, async (c) => {
    const { id } = c.req.valid('param');
    await assertEventEditable(db, c.get('tenant').id, id, c.req.valid('header')['overwrite-imported'] === 'true');
    const deleted = await writeVersioned(c, db, { collection: 'events', id, operation: 'delete', write: (trx) => deleteEvent(trx, c.get('tenant').id, id) });
    if (deleted === undefined) throw notFound('Event', id);
    return c.body(null, 204);
  });
}
