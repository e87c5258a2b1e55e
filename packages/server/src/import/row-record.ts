/**
 * One row of the file → the fields it gives an organisation, with every
 * value that names a term turned into codes and every unknown value kept.
 */
import type { ImportField, VocabularyField } from '@teilhabe/contract';
import type { ResolvedColumn } from './columns.js';
import type { TableRow } from './table.js';
import type { Vocabulary } from './vocabulary.js';

/** What a row says; a field the row leaves empty is absent. */
export interface RowFields {
  name?: string;
  types?: string[];
  contactName?: string;
  email?: string;
  phone?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  area?: string;
  areas?: string[];
  languages?: string[];
  topics?: string[];
  offers?: string[];
  website?: string;
  umbrellaIds?: string[];
  shortDescription?: string;
}

export interface UnknownInRow {
  field: VocabularyField;
  column: string;
  value: string;
}

export interface ParsedRow {
  rowNumber: number;
  fields: RowFields;
  unknown: UnknownInRow[];
  /** Field → header of its column, for messages. */
  columnOf: Partial<Record<ImportField, string>>;
}

export type Vocabularies = Record<VocabularyField, Vocabulary>;

export function parseRow(row: TableRow, columns: readonly ResolvedColumn[], vocabularies: Vocabularies): ParsedRow {
  const fields: RowFields = {};
  const unknown: UnknownInRow[] = [];
  const columnOf: Partial<Record<ImportField, string>> = {};
  for (const column of columns) {
    if (!column.field) continue;
    columnOf[column.field] = column.header;
    const cell = (row.cells[column.index] ?? '').trim();
    if (!cell) continue;
    const codes = (field: VocabularyField) => {
      const { codes, unknown: missing } = vocabularies[field].match(cell);
      for (const value of missing) unknown.push({ field, column: column.header, value });
      return codes;
    };
    switch (column.field) {
      case 'types':
      case 'languages':
      case 'topics':
      case 'offers': {
        const found = codes(column.field);
        if (found.length) fields[column.field] = found;
        break;
      }
      case 'umbrella': {
        const found = codes('umbrella');
        if (found.length) fields.umbrellaIds = found;
        break;
      }
      case 'area': {
        const found = codes('area');
        if (found[0]) {
          fields.area = found[0];
          fields.areas = found;
        }
        break;
      }
      case 'email':
        fields.email = cell.replace(/^mailto:/i, '').toLowerCase();
        break;
      case 'website':
        fields.website = /^[a-z][a-z0-9+.-]*:\/\//i.test(cell) ? cell : `https://${cell}`;
        break;
      case 'postalCode':
        // Excel drops the leading zero of 01067 when the column is a number.
        fields.postalCode = /^\d{4}$/.test(cell) ? `0${cell}` : cell;
        break;
      default:
        fields[column.field] = cell;
    }
  }
  // A town column that names one of the tenant's areas sets the area when no district column does.
  if (!fields.area && fields.city) {
    const area = vocabularies.area.lookup(fields.city);
    if (area) {
      fields.area = area;
      fields.areas = [area];
    }
  }
  return { rowNumber: row.rowNumber, fields, unknown, columnOf };
}
