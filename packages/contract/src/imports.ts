/**
 * Bringing an office's existing list in: organisations from a CSV or XLSX
 * file, with a preview per row, duplicates and unknown values named, and one
 * transaction for the whole file.
 */
import { z } from '@hono/zod-openapi';
import { staffRoute } from './access.js';
import { Problem, TenantParam } from './common.js';

export const IMPORT_FIELDS = [
  'name',
  'types',
  'contactName',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'area',
  'languages',
  'topics',
  'offers',
  'website',
  'umbrella',
  'shortDescription',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS).openapi('ImportField');
export type ImportField = z.infer<typeof ImportField>;

/** Fields whose cells name taxonomy terms (or languages, or an umbrella) and so can hold unknown values. */
export const VOCABULARY_FIELDS = ['types', 'area', 'languages', 'topics', 'offers', 'umbrella'] as const;
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];

/** Header as in the file → field, or `null` to leave the column out. */
export const ImportColumnMapping = z.record(z.string().max(200), ImportField.nullable()).openapi('ImportColumnMapping');
export type ImportColumnMapping = z.infer<typeof ImportColumnMapping>;

/**
 * The office's decisions, savable and reusable: which column is which field,
 * and what an unknown value means (a code, or `null` to leave it out).
 */
export const ImportMapping = z
  .object({
    columns: ImportColumnMapping.default({}),
    values: z.partialRecord(z.enum(VOCABULARY_FIELDS), z.record(z.string().max(500), z.string().max(80).nullable())).default({}),
  })
  .openapi('ImportMapping');
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ON_DUPLICATE = ['skip', 'merge', 'create'] as const;
export const OnDuplicate = z.enum(ON_DUPLICATE).openapi({
  description: '`skip` leaves the existing record alone; `merge` fills it field by field (a non-empty cell wins, an empty cell never erases, lists are joined); `create` adds a second record.',
});
export type OnDuplicate = z.infer<typeof OnDuplicate>;

/**
 * The office's choice for single rows that match an existing record, keyed
 * by the row number the report names (as the spreadsheet program shows it).
 * A row without a choice follows `onDuplicate`; a choice for a row that
 * matches nothing changes nothing.
 */
export const ImportDuplicateDecisions = z
  .record(z.string().regex(/^[1-9][0-9]{0,6}$/), OnDuplicate)
  .openapi('ImportDuplicateDecisions', { example: { '7': 'merge', '8': 'skip' } });
export type ImportDuplicateDecisions = z.infer<typeof ImportDuplicateDecisions>;

export const ImportError = z
  .object({
    row: z.number().int().openapi({ description: 'Row number as the spreadsheet program shows it.' }),
    column: z.string().nullable().openapi({ description: 'Header of the column, when one column is at fault.' }),
    field: z.string().nullable(),
    message: z.string(),
  })
  .openapi('ImportError');

export const ImportDuplicate = z.object({
  id: z.string(),
  name: z.string(),
  reason: z.enum(['name', 'email', 'website']),
  similarity: z.number().openapi({ description: 'Trigram similarity of the names, 0…1.' }),
});

export const ImportRowPreview = z
  .object({
    row: z.number().int(),
    name: z.string(),
    action: z.enum(['create', 'update', 'skip']),
    id: z.string().nullable().openapi({ description: 'The record created or updated (or the one skipped for).' }),
    duplicateOf: ImportDuplicate.nullable(),
    decision: OnDuplicate.nullable().openapi({ description: 'For a duplicate: what was decided for it (its own choice, else `onDuplicate`); null for a row that matches nothing.' }),
    changedFields: z.array(z.string()).openapi({ description: 'For an update: the fields the import changes.' }),
    errors: z.array(ImportError),
  })
  .openapi('ImportRowPreview');

export const ImportUnknownValue = z
  .object({
    field: z.enum(VOCABULARY_FIELDS),
    column: z.string(),
    value: z.string(),
    rows: z.array(z.number().int()),
  })
  .openapi('ImportUnknownValue');

export const ImportColumn = z.object({
  header: z.string(),
  field: ImportField.nullable(),
  source: z.enum(['mapping', 'guess', 'none']),
});

export const ImportReport = z
  .object({
    importId: z.string(),
    dryRun: z.boolean().openapi({ description: 'True: nothing was written; the numbers say what an import would do.' }),
    committed: z.boolean().openapi({ description: 'True only when the rows were written; with errors nothing is.' }),
    file: z.object({ name: z.string(), format: z.enum(['csv', 'xlsx']), encoding: z.string().nullable(), delimiter: z.string().nullable(), headerRow: z.number().int() }),
    columns: z.array(ImportColumn),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    duplicates: z.number().int(),
    errors: z.array(ImportError),
    unknownValues: z.array(ImportUnknownValue),
    rows: z.array(ImportRowPreview),
    mapping: ImportMapping.openapi({ description: 'The mapping used, with every unknown value still undecided as `null`: save it, decide, send it again.' }),
  })
  .openapi('ImportReport');
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportRejectedProblem = Problem.extend({ report: ImportReport }).openapi('ImportRejectedProblem');

const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true')
    .openapi({ description: 'Default true: the preview. Send `false` to write.' }),
  onDuplicate: OnDuplicate.default('skip'),
  defaultType: z.string().max(80).optional().openapi({ description: 'Organisation type for rows without one (a code of `/taxonomies/organization-types`).' }),
  fileName: z.string().max(200).optional().openapi({ description: 'Name of the file for the audit trail when the body is the raw file.' }),
});

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

export const importOrganizations = staffRoute(['editor'], {
  operationId: 'importOrganizations',
  tags: ['Imports'],
  method: 'post',
  path: '/v1/{tenant}/imports/organizations',
  summary: 'Import organisations from a CSV or XLSX file (preview by default)',
  description:
    'The body is the file itself (`text/csv`, or the XLSX type) or `multipart/form-data` with `file` and optionally `mapping` (JSON of `ImportMapping`) and `duplicates` (JSON of `ImportDuplicateDecisions`: a choice per row). ' +
    'CSV may be UTF-8 (with or without BOM) or Windows-1252, separated by `;` or `,`; the header row may follow a title line. ' +
    'The whole file is one transaction: a single row with an error or an undecided unknown value and nothing is written (`committed: false`, answered 422 when not a dry run).',
  request: {
    params: TenantParam,
    query: ImportQuery,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.any().optional().openapi({ type: 'string', format: 'binary', description: 'The CSV or XLSX file.' }),
            mapping: z.string().optional().openapi({ description: 'JSON of `ImportMapping`.' }),
            duplicates: z.string().optional().openapi({ description: 'JSON of `ImportDuplicateDecisions`: skip, merge or create per row number, overriding `onDuplicate` for those rows.' }),
          }),
        },
        'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: { description: 'The report (the preview in a dry run)', content: { 'application/json': { schema: z.object({ data: ImportReport }) } } },
    400: problem('No file, an unreadable file, no header row found, or a malformed mapping or duplicate choice.'),
    404: problem('No such tenant.'),
    413: problem('The file is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`).'),
    415: problem('The body is neither CSV, XLSX nor multipart.'),
    422: {
      description: 'Not a dry run, and some rows have errors: nothing was written; `report` says why.',
      content: { 'application/problem+json': { schema: ImportRejectedProblem } },
    },
  },
});

export const importRoutes = { importOrganizations };
