/**
 * The directory as a file for other departments: the list's filters, the
 * public fields for everybody, contact persons only for staff — and a file
 * the import reads back as the same organisations.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { bearer, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json } from '../support/test-api.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function parseCsv(bytes: ArrayBuffer) {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  assert.ok(text.startsWith('\uFEFF'), 'a BOM, so that Excel reads UTF-8');
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

describeOnBothBackends('organisation export', (api) => {
  test('the public CSV has the filtered list, German labels and umlauts, and no contact person', async () => {
    const listed = await json(await api().request('/v1/musterkreis/organizations?topic=youth-education&limit=100'));
    const response = await api().request('/v1/musterkreis/exports/organizations?topic=youth-education&format=csv');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(response.headers.get('content-disposition')!, /attachment; filename="organisationen-musterkreis-\d{4}-\d{2}-\d{2}\.csv"/);
    assert.match(response.headers.get('cache-control')!, /public/);
    const [header, ...rows] = parseCsv(await response.arrayBuffer());
    assert.ok(!header!.includes('Ansprechpartner/in'));
    assert.equal(rows.length, listed.meta.total);
    assert.deepEqual(rows.map((row) => row[0]).sort(), listed.data.map((o: { name: string }) => o.name).sort());
    const topics = header!.indexOf('Themen');
    assert.ok(rows.every((row) => row[topics]!.includes('Jugend, Erziehung und Bildung')));
    const dtkv = rows.find((row) => row[0] === 'Deutsch-Türkischer Kulturverein Musterstadt e.V.');
    assert.ok(dtkv, 'umlauts intact');
    assert.equal(dtkv[header!.indexOf('Straße')], 'Mühlenweg 12');
    assert.match(dtkv[header!.indexOf('Sprachen')]!, /Türkisch/);
    const body = JSON.stringify(rows);
    assert.ok(!body.includes('Mehmet Yıldız') && !body.includes('Elif Kaya'), 'no contact person in the public file');
  });

  test('staff get the contact persons, the unpublished ones marked, never cached; a bad secret is a 401', async () => {
    const editor = await tokenWith(api(), ['bookings']);
    const response = await api().request('/v1/musterkreis/exports/organizations?q=Eritreische', bearer(editor));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const [header, ...rows] = parseCsv(await response.arrayBuffer());
    const initiative = rows.find((row) => row[0] === 'Eritreische Initiative Auental');
    assert.ok(initiative, 'the search filter applies');
    const contacts = initiative[header!.indexOf('Ansprechpartner/in')]!;
    assert.match(contacts, /Yonas Tesfay \(Ansprechpartner\)/);
    assert.match(contacts, /Selam Haile \[nicht veröffentlichen\]/);
    assert.equal((await api().request('/v1/musterkreis/exports/organizations', bearer('tk_not-a-real-token-at-all'))).status, 401);
    assert.equal((await api().request('/v1/musterkreis/exports/organizations?format=pdf')).status, 400);
  });

  test('the XLSX is read back by the import as the same organisations: every row a duplicate, nothing unknown', async () => {
    const response = await api().request('/v1/musterkreis/exports/organizations?format=xlsx');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), XLSX_TYPE);
    const bytes = await response.arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0]!;
    const total = (await json(await api().request('/v1/musterkreis/organizations?limit=1'))).meta.total;
    assert.equal(sheet.actualRowCount, total + 1, 'a header and one row per organisation');
    assert.equal(sheet.getCell('A1').value, 'Name');

    const preview = await api().request('/v1/musterkreis/imports/organizations?dryRun=true&fileName=export.xlsx', { method: 'POST', headers: { Authorization: `Bearer ${api().editorToken}`, 'Content-Type': XLSX_TYPE }, body: bytes });
    const report = (await json(preview)).data;
    assert.deepEqual(report.unknownValues, []);
    assert.equal(report.duplicates, total);
    assert.equal(report.skipped, total);
    assert.equal(report.created, 0);
  });
});
