/** `GET /v1/{tenant}/exports/organizations`: the filtered directory as a file. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { routes } from '@teilhabe/contract';
import type { AppDependencies } from '../app-dependencies.js';
import { authenticate } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { csvFile, xlsxFile } from './files.js';
import { organizationTable } from './organization-table.js';
import { DIRECTORY_PRINT_CSS, PRINT_STYLESHEET_PATH, directoryPrintPage } from './print-view.js';
import { PAGE_SECURITY_HEADERS } from '../pages/html.js';

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
    const privacy = { Vary: 'Authorization, Accept-Language', ...(withContacts ? { 'Cache-Control': 'private, no-store' } : {}) };
    if (query.format === 'html') {
      const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: tenant.timeZone }).format(now());
      const filters = await filterLabels(db, tenant.id, query);
      return c.html(directoryPrintPage(table, { tenantName: tenant.name, date, filters }), 200, { ...PAGE_SECURITY_HEADERS, ...privacy });
    }
    const day = now().toISOString().slice(0, 10);
    const name = `organisationen-${tenant.id}-${day}.${query.format}`;
    const bytes = query.format === 'xlsx' ? await xlsxFile(table, 'Organisationen') : csvFile(table);
    return c.body(bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': query.format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      ...privacy,
    });
  });

  app.get(PRINT_STYLESHEET_PATH, (c) => c.body(DIRECTORY_PRINT_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
}

const FILTER_TAXONOMIES = { topic: ['Thema', 'topics'], type: ['Art', 'organization-types'], area: ['Stadtteil', 'areas'], offer: ['Angebot', 'offers'] } as const;

/** The filters of the printed list in words, so a reader knows which part of the directory it is. */
async function filterLabels(db: AppDependencies['db'], tenantId: string, query: { q?: string; topic?: string[]; type?: string[]; area?: string[]; offer?: string[]; language?: string[] }): Promise<string[]> {
  const labels: string[] = [];
  if (query.q) labels.push(`Suche „${query.q}“`);
  for (const [key, [label, taxonomy]] of Object.entries(FILTER_TAXONOMIES) as Array<[keyof typeof FILTER_TAXONOMIES, readonly [string, string]]>) {
    const codes = query[key] ?? [];
    if (!codes.length) continue;
    const terms = await db.selectFrom('taxonomy_terms').select(['code', 'label']).where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).where('code', 'in', codes).execute();
    const named = codes.map((code) => (terms.find((t) => t.code === code)?.label as Record<string, string> | undefined)?.['de'] ?? code);
    labels.push(`${label}: ${named.join(', ')}`);
  }
  if (query.language?.length) {
    const names = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });
    labels.push(`Sprache: ${query.language.map((code) => names.of(code) ?? code).join(', ')}`);
  }
  return labels;
}
