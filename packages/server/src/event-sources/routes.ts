/** `/v1/{tenant}/event-sources`: the calendars kept in step, their last sync, and "sync now". */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { routes } from '@teilhabe/contract';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf } from '../audit/audit-log.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/problem.js';
import { deleteEventSource, listEventSources, toEventSource } from './repository.js';
import { saveCheckedEventSource } from './service.js';
import { syncEventSourceNow } from './sync.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerEventSourceRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listEventSources, async (c) => {
    const rows = await listEventSources(db, c.get('tenant').id);
    return c.json({ data: rows.map(toEventSource) }, 200, PRIVATE);
  });

  app.openapi(routes.putEventSource, async (c) => {
    const { id } = c.req.valid('param');
    const row = await saveCheckedEventSource(db, c.get('tenant').id, id, c.req.valid('json'));
    return c.json({ data: toEventSource(row) }, 200, PRIVATE);
  });

  app.openapi(routes.deleteEventSource, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await deleteEventSource(db, c.get('tenant').id, id))) throw notFound('Event source', id);
    return c.body(null, 204);
  });

  app.openapi(routes.syncEventSource, async (c) => {
    const { id } = c.req.valid('param');
    const actor = auditActorOf(c);
    const source = await syncEventSourceNow(db, c.get('tenant').id, id, now(), { actor: { ...actor, name: `${actor.name} · Kalender-Abgleich` } });
    return c.json({ data: source }, 200, PRIVATE);
  });
}
