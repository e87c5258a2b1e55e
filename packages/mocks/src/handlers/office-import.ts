/**
 * `POST /imports/organizations` for the office app's import screen: the
 * committed fixture files (`tests/fixtures/import`) answered as the server
 * answers them, with the office's column mapping, value decisions and choice
 * per duplicate row applied. Every request is logged for the tests.
 */
import { http, HttpResponse } from 'msw';
import type { ImportMapping, ImportReport, OnDuplicate } from '@teilhabe/sdk';
import { API, problem } from './common.js';
import { taxonomyHandlers } from './taxonomies.js';

type Field = NonNullable<ImportReport['columns'][number]['field']>;
type Row = ImportReport['rows'][number];
type VocabularyField = ImportReport['unknownValues'][number]['field'];

export interface ImportRequestLogEntry {
  fileName: string;
  dryRun: boolean;
  onDuplicate: string;
  mapping: ImportMapping | undefined;
  duplicates: Record<string, OnDuplicate> | undefined;
  defaultType: string | null;
}

export const importRequestLog: ImportRequestLogEntry[] = [];

interface FixtureRow {
  row: number;
  name: string;
  id: string | null;
  unknown?: Array<{ field: VocabularyField; value: string }>;
  duplicateOf?: NonNullable<Row['duplicateOf']>;
  /** What a merge would change. */
  mergeChanges?: string[];
  errors?: Array<{ field: Field | null; message: string }>;
}

interface FixtureFile {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headerRow: number;
  headers: Array<[string, Field]>;
  rows: FixtureRow[];
}

const LABEL: Record<VocabularyField, string> = { types: 'Art', area: 'Stadtteil', languages: 'Sprachen', topics: 'Themen', offers: 'Angebote', umbrella: 'Dachverband' };

/** The files as the real server reads them (see tests/server/organization-import.test.ts). */
const FILES: Record<string, FixtureFile> = {
  'mo-liste-buero.xlsx': {
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    headerRow: 3,
    headers: [
      ['Name', 'name'], ['Art', 'types'], ['Ansprechpartner/in', 'contactName'], ['E-Mail', 'email'], ['Telefon', 'phone'], ['Straße', 'street'], ['PLZ', 'postalCode'],
      ['Ort', 'city'], ['Stadtteil', 'area'], ['Sprachen', 'languages'], ['Themen', 'topics'], ['Angebote', 'offers'], ['Webseite', 'website'], ['Dachverband', 'umbrella'],
    ],
    rows: [
      { row: 4, name: 'Tamilischer Kulturverein Musterstadt', id: 'tamilischer-kulturverein-musterstadt', unknown: [{ field: 'topics', value: 'Kochen' }] },
      { row: 5, name: 'Elternkreis Sri Lanka Musterstadt', id: 'elternkreis-sri-lanka-musterstadt' },
      {
        row: 7,
        name: 'Deutsch-Türkischer Kulturverein Musterstadt',
        id: 'dtkv-musterstadt',
        unknown: [{ field: 'offers', value: 'Schachclub' }],
        duplicateOf: { id: 'dtkv-musterstadt', name: 'Deutsch-Türkischer Kulturverein Musterstadt e.V.', reason: 'name', similarity: 0.91 },
        mergeChanges: ['topics', 'offers'],
      },
      {
        row: 8,
        name: 'Frauencafé Lindenberg',
        id: 'frauencafe-lindenberg',
        duplicateOf: { id: 'afghanischer-frauenverein-lindenberg', name: 'Afghanischer Frauenverein Lindenberg e.V.', reason: 'email', similarity: 0 },
        mergeChanges: ['phone'],
      },
    ],
  },
  'mo-liste-mit-fehlern.csv': {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headerRow: 1,
    headers: [['Name', 'name'], ['Art', 'types'], ['E-Mail', 'email'], ['Ort', 'city']],
    rows: [
      { row: 2, name: 'Chor der Kulturen Waldbach', id: 'chor-der-kulturen-waldbach' },
      { row: 3, name: '', id: null, errors: [{ field: 'name', message: 'Die Spalte „Name“ ist leer: jede Zeile braucht den Namen des Vereins.' }] },
      { row: 4, name: 'Laufgruppe Rosenthal', id: 'laufgruppe-rosenthal', errors: [{ field: 'email', message: '„laufgruppe-at-example.org“ ist keine vollständige E-Mail-Adresse (etwa name@verein.de).' }] },
    ],
  },
};

function reportFor(fileName: string, file: FixtureFile, request: ImportRequestLogEntry): ImportReport {
  const mapping = request.mapping ?? { columns: {}, values: {} };
  const columns = file.headers.map(([header, guess]) => {
    const mapped = mapping.columns?.[header];
    return mapped !== undefined ? { header, field: mapped, source: 'mapping' as const } : { header, field: guess, source: 'guess' as const };
  });
  const columnOf = (field: Field) => columns.find((column) => column.field === field)?.header ?? null;
  const unknownValues: ImportReport['unknownValues'] = [];
  const rows: Row[] = file.rows.map((fixture) => {
    const decision: OnDuplicate | null = fixture.duplicateOf ? (request.duplicates?.[String(fixture.row)] ?? (request.onDuplicate as OnDuplicate)) : null;
    const action: Row['action'] = decision === 'skip' ? 'skip' : decision === 'merge' ? 'update' : 'create';
    const errors: Row['errors'] = (fixture.errors ?? []).map((error) => ({ row: fixture.row, column: error.field ? columnOf(error.field) : null, field: error.field, message: error.message }));
    if (action !== 'skip') {
      for (const unknown of fixture.unknown ?? []) {
        const column = columnOf(unknown.field);
        if (!column || mapping.values?.[unknown.field]?.[unknown.value] !== undefined) continue;
        const entry = unknownValues.find((u) => u.field === unknown.field && u.value === unknown.value);
        if (entry) entry.rows.push(fixture.row);
        else unknownValues.push({ field: unknown.field, column, value: unknown.value, rows: [fixture.row] });
        errors.push({ row: fixture.row, column, field: unknown.field, message: `„${unknown.value}“ kennen wir nicht als ${LABEL[unknown.field]}. Ordnen Sie den Wert einem Code zu, oder lassen Sie ihn weg.` });
      }
    }
    return {
      row: fixture.row,
      name: fixture.name,
      action,
      id: action === 'create' ? fixture.id : (fixture.duplicateOf?.id ?? fixture.id),
      duplicateOf: fixture.duplicateOf ?? null,
      decision,
      changedFields: action === 'update' ? (fixture.mergeChanges ?? []) : [],
      errors,
    };
  });
  const errors = rows.flatMap((row) => row.errors);
  const values: ImportMapping['values'] = structuredClone(mapping.values ?? {});
  for (const unknown of unknownValues) (values[unknown.field] ??= {})[unknown.value] = null;
  return {
    importId: '0b7c2f6e-0000-4000-8000-00000000beef',
    dryRun: request.dryRun,
    committed: !request.dryRun && errors.length === 0,
    file: { name: fileName, format: file.format, encoding: file.encoding, delimiter: file.delimiter, headerRow: file.headerRow },
    columns,
    created: rows.filter((r) => r.action === 'create' && r.errors.length === 0).length,
    updated: rows.filter((r) => r.action === 'update' && r.errors.length === 0).length,
    skipped: rows.filter((r) => r.action === 'skip').length,
    duplicates: rows.filter((r) => r.duplicateOf).length,
    errors,
    unknownValues,
    rows,
    mapping: { columns: Object.fromEntries(columns.map((c) => [c.header, c.field])), values },
  };
}

function parseJson<T>(text: FormDataEntryValue | null): T | undefined {
  return typeof text === 'string' ? (JSON.parse(text) as T) : undefined;
}

export function officeImportHandlers(signedIn: (request: Request) => boolean) {
  return [
    // The screen offers a taxonomy's terms for an unknown value.
    ...taxonomyHandlers(),
    http.post(`${API}/imports/organizations`, async ({ request }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const url = new URL(request.url);
      const form = await request.formData();
      const file = form.get('file');
      if (!(file instanceof File)) return problem(400, 'Die Datei lässt sich so nicht übernehmen', { detail: 'Schicken Sie die Datei im Feld „file“ des Formulars.' });
      const entry: ImportRequestLogEntry = {
        fileName: file.name,
        dryRun: url.searchParams.get('dryRun') !== 'false',
        onDuplicate: url.searchParams.get('onDuplicate') ?? 'skip',
        mapping: parseJson(form.get('mapping')),
        duplicates: parseJson(form.get('duplicates')),
        defaultType: url.searchParams.get('defaultType'),
      };
      importRequestLog.push(entry);
      const fixture = FILES[file.name];
      if (!fixture) {
        return problem(400, 'Die Datei lässt sich so nicht übernehmen', {
          detail: 'Die Datei lässt sich nicht lesen. Speichern Sie sie in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV (Trennzeichen-getrennt)“ und versuchen Sie es erneut.',
        });
      }
      const report = reportFor(file.name, fixture, entry);
      if (!report.columns.some((column) => column.field === 'name')) {
        return problem(400, 'Die Datei lässt sich so nicht übernehmen', { detail: 'Keine Spalte ist als Name des Vereins erkannt.' });
      }
      if (!report.dryRun && !report.committed) return problem(422, 'Die Datei wurde nicht übernommen', { report } as never);
      return HttpResponse.json({ data: report });
    }),
  ];
}
