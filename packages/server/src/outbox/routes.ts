/** Staff routes of the outbox: see the mails that could not be sent, and send one again. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { routes } from '@teilhabe/contract';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, notFound } from '../http/problem.js';
import { listOutbox, retryFailedMail } from './outbox.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerOutboxRoutes(app: OpenAPIHono<AppEnv>, { db, mail }: AppDependencies) {
  app.openapi(routes.listOutbox, async (c) => {
    const { status, limit } = c.req.valid('query');
    const data = await listOutbox(db, c.get('tenant').id, { statuses: status?.length ? status : ['failed'] }, limit);
    return c.json({ data }, 200, PRIVATE);
  });

  app.openapi(routes.retryOutboxMail, async (c) => {
    const { id } = c.req.valid('param');
    const tenantId = c.get('tenant').id;
    const retried = await retryFailedMail(db, tenantId, id);
    const [entry] = await listOutbox(db, tenantId, { id }, 1);
    if (!entry) throw notFound('Mail', id);
    if (!retried) throw new ProblemError({ status: 409, type: 'mail-not-failed', title: 'Only a failed mail can be sent again', detail: `This mail is ${entry.status}.` });
    mail.wake();
    return c.json({ data: entry }, 200, PRIVATE);
  });
}
