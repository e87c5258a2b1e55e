/**
 * `POST /v1/{tenant}/imports/organizations`: the office app sends the file
 * (raw or as a form with its mapping) and gets the preview, or the report.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ImportDuplicateDecisions, ImportMapping, routes } from '@teilhabe/contract';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf } from '../audit/audit-log.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { ImportFileError, importOrganizations } from './organization-import.js';

const badFile = (detail: string) => new ProblemError({ status: 400, type: 'import-file', title: 'Die Datei lässt sich so nicht übernehmen', detail });

export function registerImportRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.importOrganizations, async (c) => {
    const query = c.req.valid('query');
    const contentType = c.req.header('content-type') ?? '';
    let bytes: Uint8Array;
    let fileName = query.fileName ?? 'Datei';
    let mapping: ImportMapping | undefined;
    let duplicateDecisions: ImportDuplicateDecisions | undefined;
    if (/^multipart\/form-data/i.test(contentType)) {
      const form = c.req.valid('form') as { file?: unknown; mapping?: string; duplicates?: string };
      if (!(form.file instanceof File)) throw badFile('Schicken Sie die Datei im Feld „file“ des Formulars.');
      bytes = new Uint8Array(await form.file.arrayBuffer());
      fileName = form.file.name || fileName;
      if (form.mapping) mapping = parseFormJson(form.mapping, 'mapping', ImportMapping);
      if (form.duplicates) duplicateDecisions = parseFormJson(form.duplicates, 'duplicates', ImportDuplicateDecisions);
    } else {
      bytes = new Uint8Array(await c.req.arrayBuffer());
    }
    try {
      const report = await importOrganizations(db, {
        tenantId: c.get('tenant').id,
        fileName,
        bytes,
        mapping,
        onDuplicate: query.onDuplicate,
        duplicateDecisions,
        dryRun: query.dryRun,
        defaultType: query.defaultType,
        actor: auditActorOf(c),
        now: now(),
      });
      if (!report.dryRun && !report.committed) {
        throw new ProblemError({
          status: 422,
          type: 'import-rejected',
          title: 'Die Datei wurde nicht übernommen',
          detail: `${report.errors.length} Fehler in ${new Set(report.errors.map((e) => e.row)).size} Zeilen; nichts wurde geschrieben. Die Fehler stehen in \`report.errors\`.`,
          report,
        });
      }
      return c.json({ data: report }, 200, { 'Cache-Control': 'private, no-store' });
    } catch (error) {
      if (error instanceof ImportFileError) throw badFile(error.message);
      throw error;
    }
  });
}

const FORM_FIELD_LABEL = { mapping: 'Die Zuordnung („mapping“)', duplicates: 'Die Wahl für die Dubletten („duplicates“)' } as const;

function parseFormJson<T>(text: string, field: keyof typeof FORM_FIELD_LABEL, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badFile(`${FORM_FIELD_LABEL[field]} ist kein JSON.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badFile(`${FORM_FIELD_LABEL[field]} hat nicht die erwartete Form: ${parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
