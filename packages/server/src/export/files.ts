/** An export table as the bytes of a file: CSV for any program, XLSX for Excel. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportTable } from './organization-table.js';

/** `;` and a BOM: what German Excel opens with a double click, umlauts intact. */
export function csvFile(table: ExportTable): Uint8Array {
  const text = Papa.unparse({ fields: table.headers, data: table.rows }, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: true });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

export async function xlsxFile(table: ExportTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(table.headers[index]!.length, ...table.rows.map((row) => Math.min(60, (row[index] ?? '').split('\n')[0]!.length)));
    column.width = Math.max(10, longest + 2);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
