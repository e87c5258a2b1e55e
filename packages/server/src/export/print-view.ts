/**
 * The directory as a page to print for other departments: one block per
 * organisation instead of a sixteen-column table (which no A4 page holds),
 * with the same rows and filters as the CSV. No script and no inline style:
 * the page runs under the server pages' strict policy.
 */
import type { ExportTable } from './organization-table.js';
import { escapeHtml } from '../pages/html.js';

export const PRINT_STYLESHEET_PATH = '/assets/directory-print.css';

/** The fields shown under each name, in the order of the export's columns; empty ones are left out. */
const HIDDEN = new Set(['Name', 'Straße', 'PLZ', 'Ort']);

export interface PrintViewOptions {
  tenantName: string;
  /** Today's date in the tenant's zone, as the page's "Stand". */
  date: string;
  /** The filters the list was made with, as the reader should see them (`Thema: Jugend, …`). */
  filters: string[];
}

export function directoryPrintPage(table: ExportTable, options: PrintViewOptions): string {
  const column = (name: string) => table.headers.indexOf(name);
  const [name, street, postalCode, city] = ['Name', 'Straße', 'PLZ', 'Ort'].map(column) as [number, number, number, number];
  const entries = table.rows.map((row) => {
    const address = [row[street], [row[postalCode], row[city]].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const facts = [
      ...(address ? [['Anschrift', address] as const] : []),
      ...table.headers.map((header, index) => [header, row[index] ?? ''] as const).filter(([header, value]) => value && !HIDDEN.has(header)),
    ];
    return `<article class="entry">
<h2>${escapeHtml(row[name])}</h2>
<dl>${facts.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value).replace(/\n/g, '<br>')}</dd></div>`).join('')}</dl>
</article>`;
  });
  const title = `Migrantenorganisationen – ${options.tenantName}`;
  const filters = options.filters.length ? ` · Auswahl: ${options.filters.map(escapeHtml).join('; ')}` : '';
  return `<!doctype html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/pages.css">
<link rel="stylesheet" href="${PRINT_STYLESHEET_PATH}">
</head>
<body class="directory-print">
<main>
<h1>${escapeHtml(title)}</h1>
<p class="print-meta">Stand: ${escapeHtml(options.date)} · ${table.rows.length} ${table.rows.length === 1 ? 'Organisation' : 'Organisationen'}${filters}</p>
<p class="print-hint">Zum Drucken: Strg+P (am Mac: ⌘+P). Jede Organisation bleibt auf einer Seite zusammen.</p>
${entries.length ? entries.join('\n') : '<p>Keine Organisation passt zu dieser Auswahl.</p>'}
</main>
</body>
</html>`;
}

export const DIRECTORY_PRINT_CSS = `/* The printed directory: A4, names as headings, each organisation kept together. */
.directory-print main { max-inline-size: 60rem; }
.directory-print .entry { padding-block: 0.75rem; border-block-end: 1px solid #b1b4b6; break-inside: avoid; }
.directory-print .entry h2 { margin-block: 0 0.25rem; font-size: 1.2rem; }
.directory-print dl { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: 0.125rem 1rem; margin: 0; }
.directory-print dl > div { display: contents; }
.directory-print dt { font-weight: 600; }
.directory-print dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) { .directory-print dl { grid-template-columns: 1fr; } }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  .directory-print { font-size: 10.5pt; color: #000; background: #fff; }
  .directory-print .print-hint { display: none; }
  .directory-print h1 { font-size: 16pt; }
  .directory-print .entry h2 { font-size: 12pt; break-after: avoid; }
  .directory-print a { color: inherit; text-decoration: none; }
}
`;
