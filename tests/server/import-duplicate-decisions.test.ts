/**
 * A choice per duplicate row: the office skips one match and merges another
 * from the same file, through the SDK the office app uses, on both backends.
 * The preview says per row what was decided; the import does exactly that.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ApiError, createClient, type ImportMapping } from '@teilhabe/sdk';
import { bearer } from '../support/staff.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const xlsx = () => new File([fixture('mo-liste-buero.xlsx')], 'mo-liste-buero.xlsx');
const mapping = (): ImportMapping => JSON.parse(fixture('mo-liste-buero.mapping.json').toString('utf8'));

const editor = (api: TestApi) =>
  createClient({ baseUrl: 'http://api.test', tenant: 'musterkreis', retries: 0, timeoutMs: 60_000, fetch: async (request) => api.app.request(request) }).withToken(api.editorToken);

async function organizationCount(api: TestApi) {
  const row = await api.database.db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', 'musterkreis').executeTakeFirstOrThrow();
  return Number(row.n);
}

describeOnBothBackends('import: a choice per duplicate row', (api) => {
  test('the preview follows each row\'s choice, the others follow onDuplicate, and nothing is written', async () => {
    const before = await organizationCount(api());
    const report = await editor(api()).imports.organizations(xlsx(), { onDuplicate: 'skip', mapping: mapping(), duplicates: { 7: 'merge' } });
    assert.equal(report.committed, false);
    assert.deepEqual(
      report.rows.map((row) => [row.row, row.action, row.decision, row.duplicateOf?.id ?? null]),
      [
        [4, 'create', null, null],
        [5, 'create', null, null],
        [7, 'update', 'merge', 'dtkv-musterstadt'],
        [8, 'skip', 'skip', 'afghanischer-frauenverein-lindenberg'],
      ],
    );
    assert.deepEqual([report.created, report.updated, report.skipped, report.duplicates], [2, 1, 1, 2]);
    assert.equal(await organizationCount(api()), before);
  });

  test('skip one duplicate, create the other: the import writes exactly that in one go', async () => {
    const before = await organizationCount(api());
    const stored = await json(await api().request('/v1/musterkreis/records/organizations/dtkv-musterstadt', bearer(api().editorToken)));
    const report = await editor(api()).imports.organizations(xlsx(), { dryRun: false, onDuplicate: 'merge', mapping: mapping(), duplicates: { 7: 'skip', 8: 'create' } });
    assert.equal(report.committed, true, JSON.stringify(report.errors));
    assert.deepEqual(report.rows.map((row) => row.action), ['create', 'create', 'skip', 'create']);
    assert.deepEqual([report.created, report.updated, report.skipped], [3, 0, 1]);
    assert.equal(await organizationCount(api()), before + 3, 'the second Afghan women\'s club was created beside the first');
    const after = await json(await api().request('/v1/musterkreis/records/organizations/dtkv-musterstadt', bearer(api().editorToken)));
    assert.equal(after.meta.version, stored.meta.version, 'the skipped duplicate is untouched');
    const audit = await api().database.db.selectFrom('audit_log').select('record_id').where('record_id', '=', 'dtkv-musterstadt').execute();
    assert.equal(audit.length, 0);
  });

  test('a malformed choice is a 400 that names the field, never a 500', async () => {
    for (const duplicates of ['{"7": "overwrite"}', '{"sieben": "skip"}', 'kein json']) {
      const form = new FormData();
      form.append('file', xlsx());
      form.append('duplicates', duplicates);
      const response = await api().request('/v1/musterkreis/imports/organizations?dryRun=true', { method: 'POST', headers: { Authorization: `Bearer ${api().editorToken}` }, body: form });
      assert.equal(response.status, 400, duplicates);
      assert.match((await json(response)).detail, /Dubletten/);
    }
    const error = await editor(api())
      .imports.organizations(xlsx(), { duplicates: { 0: 'skip' } })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ApiError && error.status === 400, 'row 0 does not exist in a spreadsheet');
  });
});
