/**
 * The office's own lists come in as they are: a Windows-1252 CSV with a
 * title line, an XLSX with merged cells and empty rows, a file with broken
 * rows — on both backends, through the API the office app uses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SYSTEM_ACTOR } from '../../packages/server/src/audit/audit-log.js';
import { inTransaction } from '../../packages/server/src/db/transaction.js';
import { writeImportedOrganizations } from '../../packages/server/src/import/write.js';
import { bearer, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function counts(api: TestApi) {
  const organizations = await api.database.db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', 'musterkreis').executeTakeFirstOrThrow();
  const audit = await api.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', 'musterkreis').executeTakeFirstOrThrow();
  return { organizations: Number(organizations.n), audit: Number(audit.n) };
}

function postFile(api: TestApi, query: string, body: BodyInit, contentType?: string, secret = api.editorToken) {
  return api.request(`/v1/musterkreis/imports/organizations?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, ...(contentType ? { 'Content-Type': contentType } : {}) },
    body,
  });
}

async function publicOrganization(api: TestApi, id: string) {
  const response = await api.request(`/v1/musterkreis/organizations/${id}`);
  assert.equal(response.status, 200, `${id} is in the directory`);
  return (await json(response)).data;
}

describeOnBothBackends('organisation import', (api) => {
  test('a dry run of the Windows-1252 list previews every row and writes nothing', async () => {
    const before = await counts(api());
    const response = await postFile(api(), 'dryRun=true&fileName=mo-liste-windows1252.csv', fixture('mo-liste-windows1252.csv'), 'text/csv');
    assert.equal(response.status, 200);
    const report = (await json(response)).data;
    assert.deepEqual(report.file, { name: 'mo-liste-windows1252.csv', format: 'csv', encoding: 'windows-1252', delimiter: ';', headerRow: 3 });
    assert.deepEqual([report.created, report.updated, report.skipped, report.duplicates, report.errors.length], [2, 0, 1, 1, 0]);
    assert.deepEqual(report.rows.map((row: { action: string }) => row.action), ['create', 'create', 'skip']);
    assert.equal(report.rows[2].duplicateOf.id, 'griechische-gemeinde-musterstadt', 'found by a name without "e.V."');
    assert.equal(report.rows[2].duplicateOf.reason, 'name');
    assert.equal(report.dryRun, true);
    assert.equal(report.committed, false);
    assert.deepEqual(await counts(api()), before, 'no record and no audit row');
  });

  test('the Windows-1252 list imported: umlauts survive, words become codes, an umbrella by name, audit rows name the import', async () => {
    const before = await counts(api());
    const response = await postFile(api(), 'dryRun=false&fileName=mo-liste-windows1252.csv', fixture('mo-liste-windows1252.csv'), 'text/csv');
    assert.equal(response.status, 200);
    const report = (await json(response)).data;
    assert.equal(report.committed, true);
    assert.deepEqual([report.created, report.updated, report.skipped], [2, 0, 1]);
    const after = await counts(api());
    assert.equal(after.organizations, before.organizations + 2);
    assert.equal(after.audit, before.audit + 2);

    const ethiopian = await publicOrganization(api(), 'aethiopische-gemeinschaft-auental');
    assert.equal(ethiopian.name, 'Äthiopische Gemeinschaft Auental');
    assert.equal(ethiopian.address.street, 'Große Straße 12');
    assert.deepEqual(ethiopian.languages, ['am', 'en'], '"Amharisch, Englisch"');
    assert.deepEqual(ethiopian.topics, ['social-health-seniors']);
    assert.deepEqual(ethiopian.types, ['regional-origin-association']);
    assert.deepEqual(ethiopian.areas, ['auental'], 'the town names an area of the district');
    assert.deepEqual(ethiopian.umbrellas.map((u: { id: string }) => u.id), ['netzwerk-mo-musterkreis']);

    const parents = await publicOrganization(api(), 'tuerkischer-elternverein-kirchdorf');
    assert.equal(parents.name, 'Türkischer Elternverein Kirchdorf e.V.');
    assert.deepEqual(parents.languages, ['tr', 'de'], '"Türkisch, Deutsch"');
    assert.deepEqual(parents.topics, ['youth-education'], '"Jugend, Bildung" is one topic');
    assert.deepEqual(parents.offers, ['homework-help']);
    assert.match(parents.website, /^https:\/\/www\.tev-kirchdorf\.example\.org/);
    assert.ok(!JSON.stringify(parents).includes('Gülay Öztürk'), 'an imported contact has no consent and is not public');
    const stored = await json(await api().request('/v1/musterkreis/records/organizations/tuerkischer-elternverein-kirchdorf', bearer(api().editorToken)));
    assert.deepEqual(stored.data.contacts.map((c: { name: string; publicationConsent: boolean }) => [c.name, c.publicationConsent]), [['Gülay Öztürk', false]]);

    const audit = await api().database.db.selectFrom('audit_log').select(['actor_name', 'operation', 'record_id']).where('record_id', '=', 'tuerkischer-elternverein-kirchdorf').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.operation, 'create');
    assert.match(audit[0]!.actor_name, /Import „mo-liste-windows1252\.csv“/);
  });

  test('the XLSX list: merged title and town cells, empty rows, duplicates by name and e-mail, unknown values listed', async () => {
    const before = await counts(api());
    const response = await postFile(api(), 'dryRun=true&onDuplicate=merge&fileName=mo-liste-buero.xlsx', fixture('mo-liste-buero.xlsx'), XLSX_TYPE);
    assert.equal(response.status, 200);
    const report = (await json(response)).data;
    assert.equal(report.file.headerRow, 3, 'the merged title line and the empty row above are not the header');
    assert.equal(report.columns.length, 14);
    assert.ok(report.columns.every((column: { field: string | null }) => column.field), 'every German header is guessed');
    assert.deepEqual(report.rows.map((row: { row: number }) => row.row), [4, 5, 7, 8], 'the empty row 6 is left out, numbers are the sheet\'s');
    assert.deepEqual(
      report.rows.map((row: { duplicateOf: { id: string; reason: string } | null }) => row.duplicateOf && [row.duplicateOf.id, row.duplicateOf.reason]),
      [null, null, ['dtkv-musterstadt', 'name'], ['afghanischer-frauenverein-lindenberg', 'email']],
    );
    assert.equal(report.duplicates, 2);
    assert.deepEqual(
      report.unknownValues.map((u: { field: string; value: string; rows: number[] }) => [u.field, u.value, u.rows]),
      [['topics', 'Kochen', [4]], ['offers', 'Schachclub', [7]]],
    );
    assert.deepEqual(report.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[4, 'Themen'], [7, 'Angebote']]);
    assert.equal(report.mapping.values.topics.Kochen, null, 'the savable mapping lists the undecided value');
    assert.deepEqual(await counts(api()), before);
  });

  test('the XLSX list with the office\'s decisions (a mapping) and merge: new clubs, duplicates filled in, nobody twice', async () => {
    const form = new FormData();
    form.append('file', new File([fixture('mo-liste-buero.xlsx')], 'mo-liste-buero.xlsx', { type: XLSX_TYPE }));
    form.append('mapping', fixture('mo-liste-buero.mapping.json').toString('utf8'));
    const before = await counts(api());
    const response = await postFile(api(), 'dryRun=false&onDuplicate=merge', form);
    assert.equal(response.status, 200);
    const report = (await json(response)).data;
    assert.equal(report.committed, true, JSON.stringify(report.errors));
    assert.equal(report.file.name, 'mo-liste-buero.xlsx');
    assert.deepEqual([report.created, report.updated, report.skipped, report.duplicates, report.errors.length], [2, 1, 1, 2, 0]);
    assert.equal((await counts(api())).organizations, before.organizations + 2);

    const srilanka = await publicOrganization(api(), 'elternkreis-sri-lanka-musterstadt');
    assert.equal(srilanka.address.city, 'Musterstadt', 'the town merged down from the row above');
    assert.deepEqual(srilanka.topics, ['youth-education']);
    assert.deepEqual(srilanka.languages, ['si', 'ta']);
    const tamil = await publicOrganization(api(), 'tamilischer-kulturverein-musterstadt');
    assert.deepEqual(tamil.topics, ['culture-intercultural'], '"Kochen" left out as decided');
    assert.match(tamil.website, /^https:\/\/tamil-musterstadt\.example\.org/, 'a hyperlink cell');
    assert.deepEqual(tamil.umbrellas.map((u: { id: string }) => u.id), ['netzwerk-mo-musterkreis']);

    const dtkv = await publicOrganization(api(), 'dtkv-musterstadt');
    assert.equal(dtkv.name, 'Deutsch-Türkischer Kulturverein Musterstadt e.V.', 'the stored name stays');
    assert.ok(dtkv.offers.includes('sports'), '"Schachclub" mapped to sports and joined');
    assert.ok(dtkv.topics.includes('sport') && dtkv.topics.includes('culture-intercultural'), 'topics joined, none lost');
    assert.equal(dtkv.address.street, 'Mühlenweg 12', 'an empty cell never erases');
    const stored = await json(await api().request('/v1/musterkreis/records/organizations/dtkv-musterstadt', bearer(api().editorToken)));
    assert.equal(stored.meta.version, 2, 'the update raised the version');
    const audit = await api().database.db.selectFrom('audit_log').select(['operation', 'changes', 'actor_name']).where('record_id', '=', 'dtkv-musterstadt').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.operation, 'update');
    assert.ok('offers' in (audit[0]!.changes as object), 'the audit row holds the diff');
  });

  test('one broken row and nothing is written: 422 with every error by row and column', async () => {
    const before = await counts(api());
    const response = await postFile(api(), 'dryRun=false&fileName=mo-liste-mit-fehlern.csv', fixture('mo-liste-mit-fehlern.csv'), 'text/csv');
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const report = (await json(response)).report;
    assert.equal(report.committed, false);
    assert.equal(report.file.encoding, 'utf-8', 'UTF-8 with BOM');
    assert.equal(report.file.delimiter, ',');
    assert.deepEqual(report.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, 'Name'], [4, 'E-Mail']]);
    assert.match(report.errors[1].message, /laufgruppe-at-example\.org/);
    assert.deepEqual(await counts(api()), before, 'the good first row is not written either');
    assert.equal((await api().request('/v1/musterkreis/organizations/chor-der-kulturen-waldbach')).status, 404);
  });

  test('a write that fails inside the transaction takes the rows before it back too', async () => {
    const before = await counts(api());
    const record = (id: string, umbrellaIds: string[]) =>
      ({ id, name: id, shortDescription: { de: id }, description: { de: id }, types: ['cultural-association'], umbrellaIds, topics: [], languages: [], areas: [], offers: [], contacts: [] }) as never;
    await assert.rejects(
      inTransaction(api().database.db, (trx) =>
        writeImportedOrganizations(trx, 'musterkreis', [{ record: record('erster-verein', []) }, { record: record('zweiter-verein', ['kein-solcher-dachverband']) }], SYSTEM_ACTOR('test'), new Date()),
      ),
    );
    assert.deepEqual(await counts(api()), before);
  });

  test('only editors import; a file the import cannot read is a 400 or 415, never a 500', async () => {
    const bookings = await tokenWith(api(), ['bookings']);
    assert.equal((await postFile(api(), 'dryRun=true', fixture('mo-liste-windows1252.csv'), 'text/csv', bookings)).status, 403);
    assert.equal((await api().request('/v1/musterkreis/imports/organizations', { method: 'POST', body: 'Name;Ort\n', headers: { 'Content-Type': 'text/csv' } })).status, 401);
    const noHeader = await postFile(api(), 'dryRun=true', 'irgendwas\nohne;kopfzeile\n', 'text/csv');
    assert.equal(noHeader.status, 400);
    assert.match((await json(noHeader)).detail, /Kopfzeile/);
    assert.equal((await postFile(api(), 'dryRun=true', '', 'text/csv')).status, 400);
    const brokenXlsx = await postFile(api(), 'dryRun=true', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), XLSX_TYPE);
    assert.equal(brokenXlsx.status, 400);
    assert.equal((await postFile(api(), 'dryRun=true', '{}', 'application/json')).status, 415);
    const form = new FormData();
    form.append('file', new File([fixture('mo-liste-windows1252.csv')], 'liste.csv'));
    form.append('mapping', '{"columns": {"Verein": "kein-feld"}}');
    assert.equal((await postFile(api(), 'dryRun=true', form)).status, 400);
    assert.equal((await postFile(api(), 'dryRun=true&onDuplicate=overwrite', 'Name;Ort\n', 'text/csv')).status, 400);
  });
});
