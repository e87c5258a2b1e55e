/**
 * Import figures (a benchmark, not a test; it prints, it never fails on a time):
 * an office list of N organisations, as a `;` CSV in Windows-1252 and as an
 * XLSX, previewed (dry run) and imported in one transaction into the demo
 * district. Anchor: 5,000 rows in under 10 s on PGlite.
 *
 *   npx tsx --conditions=source bench/import.ts [--backend pglite|postgres] [--rows 5000]
 */
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../packages/server/src/audit/audit-log.js';
import { openDatabase } from '../packages/server/src/db/database.js';
import { demoDataset } from '../packages/server/src/demo/index.js';
import { importOrganizations } from '../packages/server/src/import/organization-import.js';
import { seedDataset } from '../packages/server/src/seed.js';
import { createTestDatabase } from '../tests/support/postgres-cluster.js';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'pglite' }, rows: { type: 'string', default: '5000' } } });
const rowCount = Number(values.rows);
const ANCHOR_SECONDS = 10;

const HEADER = ['Name', 'Art', 'Ansprechpartner/in', 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort', 'Sprachen', 'Themen', 'Angebote', 'Webseite'];
const TOWNS = ['Musterstadt', 'Neuhausen', 'Lindenberg', 'Bergheim-Ost', 'Auental', 'Kirchdorf', 'Waldbach', 'Rosenthal'];
const KINDS = ['Kulturverein', 'Elternverein', 'Sportverein', 'Frauenverein', 'Religionsgemeinschaft'];
const LANGUAGES = ['Türkisch, Deutsch', 'Arabisch', 'Ukrainisch, Russisch', 'Farsi, Dari', 'Polnisch', 'Griechisch, Englisch'];
const TOPICS = ['Jugend, Bildung', 'Sport', 'Kultur und interkulturelle Arbeit', 'Geflüchtete Menschen; Mehrsprachigkeit', 'Soziales, Gesundheit und Senioren'];
const OFFERS = ['Hausaufgabenhilfe', 'Beratung', 'Sprachkurse (auch Herkunftssprache)', 'Jugendarbeit', 'Kultur-Veranstaltungen'];

function rows(): string[][] {
  return Array.from({ length: rowCount }, (_, i) => [
    `Verein Nummer ${i + 1} für Begegnung ${TOWNS[i % TOWNS.length]}`,
    KINDS[i % KINDS.length]!,
    `Person ${i + 1}`,
    `verein${i + 1}@bench.example.org`,
    `02421 ${String(100000 + i)}`,
    `Hauptstraße ${(i % 200) + 1}`,
    String(52300 + (i % 90)),
    TOWNS[i % TOWNS.length]!,
    LANGUAGES[i % LANGUAGES.length]!,
    TOPICS[i % TOPICS.length]!,
    OFFERS[i % OFFERS.length]!,
    `verein${i + 1}.bench.example.org`,
  ]);
}

const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
function windows1252Csv(): Uint8Array {
  const text = ['Liste der Vereine;', '', HEADER.join(';'), ...rows().map((row) => row.map(quote).join(';'))].join('\r\n');
  return Uint8Array.from([...text].map((char) => char.codePointAt(0)!));
}

async function xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Liste');
  sheet.addRow(['Liste der Vereine']);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (const row of rows()) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function measure(label: string, bytes: Uint8Array) {
  const database = await openDatabase(values.backend === 'postgres' ? { databaseUrl: await createTestDatabase() } : { dataDir: 'memory://' });
  try {
    await seedDataset(database.db, demoDataset());
    const run = async (dryRun: boolean) => {
      const t0 = performance.now();
      const report = await importOrganizations(database.db, { tenantId: 'musterkreis', fileName: label, bytes, onDuplicate: 'skip', dryRun, actor: SYSTEM_ACTOR('bench'), now: new Date() });
      const seconds = (performance.now() - t0) / 1000;
      if (report.errors.length) throw new Error(`${label}: ${report.errors.length} errors, first: ${report.errors[0]!.message}`);
      return { seconds, created: report.created };
    };
    const preview = await run(true);
    const write = await run(false);
    const verdict = write.seconds < ANCHOR_SECONDS ? 'within' : 'OVER';
    console.log(`${label.padEnd(22)} ${values.backend}  dry run ${preview.seconds.toFixed(2)} s   import ${write.seconds.toFixed(2)} s (${write.created} created, ${Math.round(write.created / write.seconds)} rows/s; anchor < ${ANCHOR_SECONDS} s: ${verdict})`);
  } finally {
    await database.close();
  }
}

console.log(`Import of ${rowCount} organisations into the demo district (${values.backend})`);
await measure('CSV (Windows-1252, ;)', windows1252Csv());
await measure('XLSX', await xlsx());
process.exit(0);
