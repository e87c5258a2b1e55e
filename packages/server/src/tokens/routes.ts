/** Admins manage the tokens of programs; each change goes to the audit trail. */
import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf, recordAudit } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import { createApiToken } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, notFound } from '../http/problem.js';
import { findTokenRow, listTokenRows, revokeTokenRow, toApiToken } from './repository.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerTokenRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listTokens, async (c) => {
    const rows = await listTokenRows(db, c.get('tenant').id);
    return c.json({ data: rows.map(toApiToken) }, 200, PRIVATE);
  });

  app.openapi(routes.createToken, async (c) => {
    const { name, roles } = c.req.valid('json');
    const tenantId = c.get('tenant').id;
    const created = await inTransaction(db, async (trx) => {
      if ((await listTokenRows(trx, tenantId)).some((row) => row.name === name && !row.revoked_at)) {
        throw new ProblemError({ status: 409, type: 'token-exists', title: 'A live token has this name', errors: [{ path: 'name', code: 'taken', message: 'Revoke the old token first or choose another name.' }] });
      }
      const { id, token } = await createApiToken(trx, tenantId, name, roles);
      await recordAudit(trx, tenantId, auditActorOf(c), { recordType: 'token', recordId: id, operation: 'create', after: { name, roles } });
      return { row: (await findTokenRow(trx, tenantId, id))!, token };
    });
    return c.json({ data: toApiToken(created.row), token: created.token }, 201, PRIVATE);
  });

  app.openapi(routes.revokeToken, async (c) => {
    const { id } = c.req.valid('param');
    const tenantId = c.get('tenant').id;
    await inTransaction(db, async (trx) => {
      const row = await findTokenRow(trx, tenantId, id);
      if (!row) throw notFound('Token', id);
      if (!row.revoked_at) {
        await revokeTokenRow(trx, id, now());
        await recordAudit(trx, tenantId, auditActorOf(c), { recordType: 'token', recordId: id, operation: 'revoke', before: { name: row.name, roles: row.roles } });
      }
    });
    return c.body(null, 204, PRIVATE);
  });
}
