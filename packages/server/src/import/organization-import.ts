/**
 * Organisations from an office's CSV or XLSX file: read, find the header,
 * map columns and values, compare with the directory, preview every row —
 * and, unless it is a dry run and only when no row has an error, write the
 * whole file in one transaction with an audit row per record.
 */
import { randomUUID } from 'node:crypto';
import {
  ImportMapping,
  OrganizationInput,
  VOCABULARY_FIELDS,
  type ImportDuplicateDecisions,
  type ImportField,
  type ImportReport,
  type OnDuplicate,
  type VocabularyField,
} from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import { changesBetween, type AuditActor } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { loadStoredRecord } from '../records/stored-records.js';
import { findHeaderRow, foldText, resolveColumns, type ResolvedColumn } from './columns.js';
import { comparableEmail, comparableWebsite, findDuplicates, loadExistingOrganizations, type DuplicateMatch } from './duplicates.js';
import { mergeIntoExisting, newRecordFrom } from './merge.js';
import { parseRow, type ParsedRow, type Vocabularies } from './row-record.js';
import { readTable, type Table, type TableRow } from './table.js';
import { Vocabulary, languageVocabulary, type VocabularyTerm } from './vocabulary.js';
import { writeImportedOrganizations, type ImportWrite } from './write.js';

/** A file the import cannot work with at all: the operator's problem, a 400 or exit code 2. */
export class ImportFileError extends Error {}

export interface OrganizationImportRequest {
  tenantId: string;
  fileName: string;
  bytes: Uint8Array;
  mapping?: ImportMapping;
  onDuplicate: OnDuplicate;
  /** The office's choice for single duplicate rows (by row number); the others follow `onDuplicate`. */
  duplicateDecisions?: ImportDuplicateDecisions;
  dryRun: boolean;
  /** Organisation type for rows that name none. */
  defaultType?: string;
  actor: AuditActor;
  now: Date;
}

type RowPreview = ImportReport['rows'][number];
type ImportErrorEntry = ImportReport['errors'][number];

const TAXONOMY_OF: Record<Exclude<VocabularyField, 'languages' | 'umbrella'>, string> = {
  types: 'organization-types',
  topics: 'topics',
  offers: 'offers',
  area: 'areas',
};

const FIELD_LABEL: Record<VocabularyField, string> = {
  types: 'Art',
  area: 'Stadtteil',
  languages: 'Sprachen',
  topics: 'Themen',
  offers: 'Angebote',
  umbrella: 'Dachverband',
};

/**
 * Reads and writes in one transaction, also for a dry run: the preview is
 * what the database held at that moment, and the write sees the same state
 * its decisions were made on.
 */
export function importOrganizations(db: Kysely<DatabaseSchema>, request: OrganizationImportRequest): Promise<ImportReport> {
  return inTransaction(db, (trx) => importInTransaction(trx, request));
}

async function importInTransaction(db: Kysely<DatabaseSchema>, request: OrganizationImportRequest): Promise<ImportReport> {
  const importId = randomUUID();
  const mapping = ImportMapping.parse(request.mapping ?? {});
  const table = await readTableOrFail(request.bytes);
  const headerIndex = findHeaderRow(table.rows, mapping.columns);
  if (headerIndex < 0) throw new ImportFileError('Die Datei hat keine Kopfzeile, die wir erkennen (z. B. „Name“, „E-Mail“, „Ort“). Geben Sie die Spalten mit einer Zuordnungsdatei an (--mapping).');
  const header = table.rows[headerIndex]!;
  const columns = resolveColumns(header.cells, mapping.columns);
  if (!columns.some((column) => column.field === 'name')) throw new ImportFileError('Keine Spalte ist als Name des Vereins erkannt. Ordnen Sie in der Zuordnungsdatei eine Spalte dem Feld "name" zu.');
  const dataRows = table.rows.slice(headerIndex + 1);

  const existing = await loadExistingOrganizations(db, request.tenantId);
  const cell = cellReader(columns);
  const duplicates = await findDuplicates(
    db,
    request.tenantId,
    existing,
    dataRows.map((row) => ({ name: cell(row, 'name'), email: comparableEmail(cell(row, 'email')), website: comparableWebsite(cell(row, 'website')) })),
  );

  const usedIds = new Set(existing.map((organization) => organization.id));
  const plans = dataRows.map((row, index) => {
    const duplicate = duplicates[index] ?? null;
    const decision = duplicate ? (request.duplicateDecisions?.[String(row.rowNumber)] ?? request.onDuplicate) : null;
    const action: RowPreview['action'] = decision === 'skip' ? 'skip' : decision === 'merge' ? 'update' : 'create';
    const id = action === 'create' ? uniqueId(cell(row, 'name'), usedIds) : duplicate!.id;
    return { row, duplicate, decision, action, id };
  });

  const umbrellaTerms: VocabularyTerm[] = [
    ...existing.map((organization) => ({ code: organization.id, labels: [organization.name] })),
    ...plans.filter((plan) => plan.action === 'create').map((plan) => ({ code: plan.id, labels: [cell(plan.row, 'name')] })),
  ];
  const vocabularies = await loadVocabularies(db, request.tenantId, mapping, umbrellaTerms);
  const knownTypes = new Set((await termsOf(db, request.tenantId, 'organization-types')).map((term) => term.code));
  if (request.defaultType && !knownTypes.has(request.defaultType)) throw new ImportFileError(`Die Vorgabe für die Art „${request.defaultType}“ gibt es in /taxonomies/organization-types nicht.`);

  const previews: RowPreview[] = [];
  const writes: ImportWrite[] = [];
  const unknownValues = new Map<string, ImportReport['unknownValues'][number]>();
  for (const plan of plans) {
    const parsed = parseRow(plan.row, columns, vocabularies);
    const errors: ImportErrorEntry[] = [];
    const name = parsed.fields.name ?? '';
    if (!name) errors.push(rowError(parsed, 'name', `Die Spalte „${parsed.columnOf.name}“ ist leer: jede Zeile braucht den Namen des Vereins.`));
    let changedFields: string[] = [];
    if (plan.action !== 'skip' && name) {
      for (const unknown of parsed.unknown) {
        const key = `${unknown.field}\u0000${unknown.value}`;
        const entry = unknownValues.get(key) ?? { field: unknown.field, column: unknown.column, value: unknown.value, rows: [] };
        entry.rows.push(parsed.rowNumber);
        unknownValues.set(key, entry);
        errors.push({
          row: parsed.rowNumber,
          column: unknown.column,
          field: unknown.field,
          message: `„${unknown.value}“ kennen wir nicht als ${FIELD_LABEL[unknown.field]}. Ordnen Sie den Wert in der Zuordnungsdatei einem Code zu, oder tragen Sie null ein, um ihn wegzulassen.`,
        });
      }
      const stored = plan.action === 'update' ? await loadStoredRecord(db, 'organizations', request.tenantId, plan.id) : undefined;
      const candidate = stored
        ? mergeIntoExisting(stored.record, parsed.fields)
        : newRecordFrom(plan.id, parsed.fields, request.defaultType);
      const result = OrganizationInput.safeParse(candidate);
      if (!result.success) {
        for (const issue of result.error.issues) errors.push(issueError(parsed, issue.path.map(String), issue.message));
      } else if (errors.length === 0) {
        changedFields = stored ? Object.keys(changesBetween(asInput(stored.record), result.data)) : [];
        if (!stored || changedFields.length) writes.push({ record: result.data, before: stored?.record, version: stored?.version });
      }
    }
    previews.push({
      row: parsed.rowNumber,
      name,
      // A duplicate the file has nothing to add to stays as it is.
      action: plan.action === 'update' && errors.length === 0 && changedFields.length === 0 ? 'skip' : plan.action,
      id: name ? plan.id : null,
      duplicateOf: plan.duplicate ? toDuplicate(plan.duplicate) : null,
      decision: plan.decision,
      changedFields,
      errors,
    });
  }

  const errors = previews.flatMap((preview) => preview.errors);
  const committed = !request.dryRun && errors.length === 0;
  if (committed) {
    const actor = { ...request.actor, name: `${request.actor.name} · Import „${request.fileName}“`, requestId: request.actor.requestId ?? `import:${importId}` };
    await writeImportedOrganizations(db, request.tenantId, writes, actor, request.now);
  }

  return {
    importId,
    dryRun: request.dryRun,
    committed,
    file: { name: request.fileName, format: table.format, encoding: table.encoding ?? null, delimiter: table.delimiter ?? null, headerRow: header.rowNumber },
    columns: columns.map(({ header, field, source }) => ({ header, field, source })),
    created: previews.filter((p) => p.action === 'create' && p.errors.length === 0).length,
    updated: previews.filter((p) => p.action === 'update' && p.errors.length === 0).length,
    skipped: previews.filter((p) => p.action === 'skip').length,
    duplicates: previews.filter((p) => p.duplicateOf).length,
    errors,
    unknownValues: [...unknownValues.values()],
    rows: previews,
    mapping: savableMapping(columns, mapping, [...unknownValues.values()]),
  };
}

/** The stored record with the input's defaults and key order, so that only real differences count as changes. */
function asInput(record: Record<string, unknown>): unknown {
  const parsed = OrganizationInput.safeParse(record);
  return parsed.success ? parsed.data : record;
}

async function readTableOrFail(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new ImportFileError('Die Datei ist leer.');
  try {
    return await readTable(bytes);
  } catch {
    throw new ImportFileError('Die Datei lässt sich nicht lesen. Speichern Sie sie in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV (Trennzeichen-getrennt)“ und versuchen Sie es erneut.');
  }
}

function cellReader(columns: readonly ResolvedColumn[]) {
  const indexOf = new Map(columns.filter((c) => c.field).map((c) => [c.field!, c.index]));
  return (row: TableRow, field: ImportField) => {
    const index = indexOf.get(field);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
}

/** A readable, unique id: the folded name with hyphens, numbered when taken. */
export function uniqueId(name: string, used: Set<string>): string {
  const base =
    foldText(name)
      .replace(/\s+/g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-e-v$/, '')
      .slice(0, 70)
      .replace(/-+$/, '') || 'organisation';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

async function termsOf(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: string): Promise<VocabularyTerm[]> {
  const rows = await db.selectFrom('taxonomy_terms').select(['code', 'label']).where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).execute();
  return rows.map((row) => ({ code: row.code, labels: Object.values(row.label as Record<string, string>) }));
}

async function loadVocabularies(db: Kysely<DatabaseSchema>, tenantId: string, mapping: ImportMapping, umbrellas: VocabularyTerm[]): Promise<Vocabularies> {
  const termLists = {
    ...Object.fromEntries(await Promise.all(Object.entries(TAXONOMY_OF).map(async ([field, taxonomy]) => [field, await termsOf(db, tenantId, taxonomy)] as const))),
    languages: languageVocabulary(),
    umbrella: umbrellas,
  } as Record<VocabularyField, VocabularyTerm[]>;
  const vocabularies = {} as Vocabularies;
  for (const field of VOCABULARY_FIELDS) {
    const decisions = mapping.values[field] ?? {};
    const codes = new Set(termLists[field].map((term) => term.code));
    for (const [value, code] of Object.entries(decisions)) {
      if (code !== null && !codes.has(code)) throw new ImportFileError(`Die Zuordnungsdatei ordnet „${value}“ (${FIELD_LABEL[field]}) dem Code „${code}“ zu, den es nicht gibt.`);
    }
    vocabularies[field] = new Vocabulary(termLists[field], decisions);
  }
  return vocabularies;
}

/** zod's path in the record → the file's column, so the office finds the cell. */
const FIELD_OF_PATH: Record<string, ImportField> = {
  name: 'name',
  types: 'types',
  email: 'email',
  phone: 'phone',
  website: 'website',
  languages: 'languages',
  topics: 'topics',
  offers: 'offers',
  areas: 'area',
  umbrellaIds: 'umbrella',
  contacts: 'contactName',
  shortDescription: 'shortDescription',
  description: 'shortDescription',
};
const ADDRESS_FIELDS: Record<string, ImportField> = { street: 'street', postalCode: 'postalCode', city: 'city', area: 'area' };

/** Messages in the office's words for the fields a list gets wrong most often. */
const FIELD_MESSAGES: Partial<Record<ImportField, (value: string) => string>> = {
  email: (value) => `„${value}“ ist keine vollständige E-Mail-Adresse (etwa name@verein.de).`,
  website: (value) => `„${value}“ ist keine Adresse einer Webseite (etwa https://www.verein.de).`,
  phone: (value) => `„${value}“: Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + ( ) / -.`,
  postalCode: (value) => `„${value}“: Eine Postleitzahl hat fünf Ziffern.`,
};

function issueError(parsed: ParsedRow, path: string[], message: string): ImportErrorEntry {
  const field = path[0] === 'address' ? ADDRESS_FIELDS[path[1] ?? ''] : FIELD_OF_PATH[path[0] ?? ''];
  if (field === 'types' && path.length === 1) {
    return rowError(parsed, 'types', 'Die Zeile nennt keine Art des Vereins. Füllen Sie die Spalte „Art“, oder geben Sie eine Vorgabe für alle Zeilen an (--default-type, in der API defaultType).');
  }
  if (path[0] === 'address' && !field) return { row: parsed.rowNumber, column: null, field: 'address', message: `Die Anschrift ist unvollständig: Straße, PLZ und Ort gehören zusammen (${message}).` };
  const value = field ? (parsed.fields as Record<string, unknown>)[field] : undefined;
  const friendly = field && typeof value === 'string' ? FIELD_MESSAGES[field]?.(value) : undefined;
  return rowError(parsed, field ?? null, friendly ?? `${path.join('.')}: ${message}`);
}

function rowError(parsed: ParsedRow, field: ImportField | null, message: string): ImportErrorEntry {
  return { row: parsed.rowNumber, column: field ? (parsed.columnOf[field] ?? null) : null, field, message };
}

function toDuplicate(match: DuplicateMatch) {
  return { id: match.id, name: match.name, reason: match.reason, similarity: match.similarity };
}

function savableMapping(columns: readonly ResolvedColumn[], used: ImportMapping, unknown: ImportReport['unknownValues']): ImportMapping {
  const values: ImportMapping['values'] = structuredClone(used.values);
  for (const entry of unknown) (values[entry.field] ??= {})[entry.value] = null;
  return { columns: Object.fromEntries(columns.filter((c) => c.header).map((c) => [c.header, c.field])), values };
}

