/**
 * Writes the committed fixtures of the import tests (tests/fixtures/import/)
 * the way offices' files really look: an XLSX with a merged title line,
 * empty rows and a town merged down over several rows; a Windows-1252 CSV
 * separated by `;` with a title line above the header. Run it again only to
 * change them: `node --import tsx scripts/make-import-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const folder = join(import.meta.dirname, '../tests/fixtures/import');

const HEADER = ['Name', 'Art', 'Ansprechpartner/in', 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort', 'Stadtteil', 'Sprachen', 'Themen', 'Angebote', 'Webseite', 'Dachverband'];

/** Three new clubs, two of them in the same town (one merged cell), two duplicates of the demo data and unknown values. */
const XLSX_ROWS: string[][] = [
  ['Tamilischer Kulturverein Musterstadt', 'Kulturverein', 'Priya Raman', 'info@tamil-musterstadt.example.org', '02421 000901', 'Bahnhofstraße 3', '52349', 'Musterstadt', '', 'Tamil, Deutsch', 'Kultur und interkulturelle Arbeit; Kochen', 'Sprachkurse (auch Herkunftssprache)', 'tamil-musterstadt.example.org', 'Netzwerk der Migrantenorganisationen im Musterkreis e.V.'],
  ['Elternkreis Sri Lanka Musterstadt', 'Elternverein', 'Nimal Perera', 'eltern@srilanka-musterstadt.example.org', '02421 000902', 'Schillerstraße 8', '52349', 'Musterstadt', '', 'Singhalesisch, Tamil', 'Jugend, Bildung', 'Hausaufgabenhilfe', '', ''],
  ['Deutsch-Türkischer Kulturverein Musterstadt', 'Kulturverein', 'Mehmet Yıldız', '', '02421 000903', '', '', 'Musterstadt', '', 'Türkisch', 'Sport', 'Schachclub', '', ''],
  ['Frauencafé Lindenberg', 'Frauenverein', 'Zahra Noori', 'frauen@afghanischer-frauenverein.example.org', '', '', '', 'Lindenberg', '', 'Dari, Paschtu', 'Geflüchtete Menschen', 'Gruppen für Frauen', '', ''],
];

async function writeXlsx() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('MO-Liste');
  sheet.getCell('A1').value = 'Migrantenorganisationen im Musterkreis – Stand Mai 2026';
  sheet.mergeCells(1, 1, 1, HEADER.length);
  // Row 2 stays empty; the header is row 3.
  sheet.getRow(3).values = HEADER;
  let rowNumber = 4;
  for (const [index, row] of XLSX_ROWS.entries()) {
    sheet.getRow(rowNumber).values = row;
    rowNumber += index === 1 ? 2 : 1; // an empty row between the 2nd and 3rd club
  }
  // The first two clubs are both in Musterstadt: the office merged the town cell down (H4:H5).
  sheet.getCell('H5').value = null;
  sheet.mergeCells('H4:H5');
  // A website as a hyperlink, the way Excel stores a typed URL.
  sheet.getCell('M4').value = { text: 'tamil-musterstadt.example.org', hyperlink: 'https://tamil-musterstadt.example.org' };
  await workbook.xlsx.writeFile(join(folder, 'mo-liste-buero.xlsx'));
}

/** Windows-1252 has its own signs in 0x80–0x9F where Latin-1 has control codes. */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };

function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = CP1252_EXTRA[char] ?? char.codePointAt(0)!;
      if (code > 0xff) throw new Error(`"${char}" has no Windows-1252 code`);
      return code;
    }),
  );
}

const CSV_LINES = [
  'Liste der Migrantenorganisationen – Integrationsbüro Musterkreis;;;;;;;;;;;;',
  ';;;;;;;;;;;;',
  'Verein;Art;Ansprechpartner/in;E-Mail;Telefon;Straße;PLZ;Ort;Sprachen;Themen;Angebote;Webseite;Dachverband',
  'Türkischer Elternverein Kirchdorf e.V.;Elternverein;Gülay Öztürk;eltern@tev-kirchdorf.example.org;02421 000801;Mühlenstraße 5;52390;Kirchdorf;Türkisch, Deutsch;"Jugend, Bildung";Hausaufgabenhilfe;www.tev-kirchdorf.example.org;',
  'Äthiopische Gemeinschaft Auental;Verein von Menschen aus einer Herkunftsregion;Abebe Bekele;kontakt@aethiopisch-auental.example.org;;Große Straße 12;52381;Auental;Amharisch, Englisch;Soziales, Gesundheit und Senioren;Beratung;;Netzwerk der Migrantenorganisationen im Musterkreis e.V.',
  'Griechische Gemeinde Musterstadt;Kulturverein;;;;;;Musterstadt;Griechisch;Erinnerungskultur;Kultur-Veranstaltungen;;',
];

function writeCsv() {
  writeFileSync(join(folder, 'mo-liste-windows1252.csv'), windows1252(`${CSV_LINES.join('\r\n')}\r\n`));
}

/** A comma-separated UTF-8 file with BOM, whose third row cannot be imported (no name, a broken e-mail). */
function writeFailingCsv() {
  const lines = [
    'Name,Art,E-Mail,Ort',
    'Chor der Kulturen Waldbach,Kulturverein,chor@kulturen-waldbach.example.org,Waldbach',
    ',Kulturverein,ohne-name@example.org,Waldbach',
    'Laufgruppe Rosenthal,Sportverein,laufgruppe-at-example.org,Rosenthal',
  ];
  writeFileSync(join(folder, 'mo-liste-mit-fehlern.csv'), `\uFEFF${lines.join('\n')}\n`);
}

await writeXlsx();
writeCsv();
writeFailingCsv();
console.log(`Wrote the import fixtures to ${folder}`);
