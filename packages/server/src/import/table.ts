/**
 * A spreadsheet as the office saved it → rows of trimmed text cells, each
 * with its row number as Excel shows it, so that every message can point
 * the office to the right line. Empty rows are left out.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText, type TextEncoding } from './decode.js';

export interface TableRow {
  /** 1-based, as the spreadsheet program numbers it. */
  rowNumber: number;
  cells: string[];
}

export interface Table {
  format: 'csv' | 'xlsx';
  encoding?: TextEncoding;
  delimiter?: string;
  rows: TableRow[];
}

export type FileFormat = 'csv' | 'xlsx';

/** ZIP's local file header: every XLSX starts with it, no CSV does. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

export async function readTable(bytes: Uint8Array): Promise<Table> {
  return detectFormat(bytes) === 'xlsx' ? readXlsxTable(bytes) : readCsvTable(bytes);
}

const DELIMITERS = [';', ',', '\t'] as const;

export function readCsvTable(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((cell) => cell.trim()) }));
  return { format: 'csv', encoding, delimiter, rows: rows.filter((row) => row.cells.some(Boolean)) };
}

/**
 * The delimiter that splits most of the first lines into the same number of
 * fields; a title line above the header (one field) does not disturb it, and
 * commas inside quoted values ("Jugend, Bildung") are not counted.
 */
export function guessDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 40).join('\n');
  let best: { delimiter: string; score: number } = { delimiter: ';', score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = Papa.parse<string[]>(sample, { delimiter, skipEmptyLines: true }).data.map((row) => row.length).filter((n) => n > 1);
    const frequency = new Map<number, number>();
    for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [width, rowsOfWidth] = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const score = rowsOfWidth * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export async function readXlsxTable(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0];
  const rows: TableRow[] = [];
  if (!sheet) return { format: 'xlsx', rows };
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= width; col++) cells.push(cellText(row.getCell(col)));
    if (cells.some(Boolean)) rows.push({ rowNumber, cells });
  });
  return { format: 'xlsx', rows };
}

/**
 * A merged block over several rows (one town for three clubs) gives each row
 * its value; a block over several columns keeps it in its first column only,
 * so a value never lands in a neighbouring field.
 */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) {
    if (cell.master.col !== cell.col) return '';
    return valueText(cell.master.value);
  }
  return valueText(cell.value);
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
    if ('hyperlink' in value) return valueText((value as ExcelJS.CellHyperlinkValue).text ?? value.hyperlink);
    if ('result' in value) return valueText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value).trim();
}
