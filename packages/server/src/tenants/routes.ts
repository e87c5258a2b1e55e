/** Admins read and change their tenant's settings. */
import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf, recordAudit } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import type { AppEnv } from '../http/env.js';
import { readSettings, writeSettings } from './settings.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerSettingsRoutes(app: OpenAPIHono<AppEnv>, { db, tenants }: AppDependencies) {
  app.openapi(routes.getSettings, async (c) => c.json({ data: await readSettings(db, c.get('tenant').id) }, 200, PRIVATE));

  app.openapi(routes.patchSettings, async (c) => {
    const tenantId = c.get('tenant').id;
    const after = await inTransaction(db, async (trx) => {
      const change = await writeSettings(trx, tenantId, c.req.valid('json'));
      await recordAudit(trx, tenantId, auditActorOf(c), { recordType: 'settings', recordId: tenantId, operation: 'update', before: change.before, after: change.after });
      return change.after;
    });
    // CORS origins and locales are read per request from the tenant cache.
    tenants.forget();
    return c.json({ data: after }, 200, PRIVATE);
  });
}
