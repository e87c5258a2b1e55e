/** `GET /v1/{tenant}/exports/organizations`: the filtered directory as a file. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { routes } from '@teilhabe/contract';
import type { AppDependencies } from '../app-dependencies.js';
import { authenticate } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { csvFile, xlsxFile } from './files.js';
import { organizationTable } from './organization-table.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerExportRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.exportOrganizations, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    // A bearer secret is optional here; one that is sent must be valid (no silent public file instead).
    const staff = await authenticate(c, db, now());
    const withContacts = Boolean(staff && !staff.secondFactorPending);
    const table = await organizationTable(
      db,
      tenant.id,
      { q: query.q, filters: { topic: query.topic, type: query.type, language: query.language, area: query.area, offer: query.offer }, updatedSince: query.updatedSince },
      { locale: c.get('locale'), defaultLocale: tenant.defaultLocale, withContacts },
    );
    const day = now().toISOString().slice(0, 10);
    const name = `organisationen-${tenant.id}-${day}.${query.format}`;
    const bytes = query.format === 'xlsx' ? await xlsxFile(table, 'Organisationen') : csvFile(table);
    return c.body(bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': query.format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      Vary: 'Authorization, Accept-Language',
      ...(withContacts ? { 'Cache-Control': 'private, no-store' } : {}),
    });
  });
}
