/** Staff read the audit trail: by record, by person or token, by time. */
import { routes, type AuditEntry } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, { db }: AppDependencies) {
  app.openapi(routes.listAudit, async (c) => {
    const query = c.req.valid('query');
    // The cursor is the id of the last entry seen: newest first, stable while new entries arrive.
    const before = query.cursor === undefined ? undefined : Number(query.cursor);
    if (before !== undefined && !Number.isSafeInteger(before)) {
      throw new ProblemError({ status: 400, type: 'validation', title: 'The cursor is malformed', errors: [{ path: 'cursor', code: 'malformed', message: 'Pass meta.nextCursor of the previous page.' }] });
    }
    let select = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', c.get('tenant').id);
    if (query.recordType) select = select.where('record_type', '=', query.recordType);
    if (query.recordId) select = select.where('record_id', '=', query.recordId);
    if (query.actor) select = select.where((eb) => eb.or([eb('actor_id', '=', query.actor!), eb('actor_name', '=', query.actor!)]));
    if (query.from) select = select.where('at', '>=', new Date(query.from));
    if (query.to) select = select.where('at', '<', new Date(query.to));
    if (before !== undefined) select = select.where('id', '<', before);
    const rows = await select.orderBy('id', 'desc').limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    const data: AuditEntry[] = page.map((row) => ({
      id: Number(row.id),
      at: new Date(row.at).toISOString(),
      actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
      recordType: row.record_type as AuditEntry['recordType'],
      recordId: row.record_id,
      operation: row.operation,
      changes: row.changes,
      requestId: row.request_id,
    }));
    return c.json({ data, meta: { nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.id) : null } }, 200, PRIVATE);
  });
}
