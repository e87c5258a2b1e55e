/**
 * `client.imports` against the real HTTP server: a file as multipart with
 * the office's mapping, the preview, the import, and a refused file whose
 * report still comes back.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { ApiError, createClient, type TeilhabeClient } from '@teilhabe/sdk';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

let live: LiveServer;
let editor: TeilhabeClient;

before(async () => {
  live = await startLiveServer();
  editor = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, timeoutMs: 60_000 }).withToken(live.adminToken);
});
after(async () => {
  await live?.close();
});

test('preview, then import an XLSX with the mapping; the new club is in the directory', async () => {
  const file = new File([fixture('mo-liste-buero.xlsx')], 'mo-liste-buero.xlsx');
  const preview = await editor.imports.organizations(file, { onDuplicate: 'merge' });
  assert.equal(preview.dryRun, true);
  assert.deepEqual(preview.unknownValues.map((u) => u.value), ['Kochen', 'Schachclub']);

  const mapping = JSON.parse(fixture('mo-liste-buero.mapping.json').toString('utf8'));
  const report = await editor.imports.organizations(file, { dryRun: false, onDuplicate: 'merge', mapping });
  assert.equal(report.committed, true);
  assert.equal(report.created, 2);
  const created = await editor.organizations.get('elternkreis-sri-lanka-musterstadt');
  assert.equal(created.data.name, 'Elternkreis Sri Lanka Musterstadt');
});

test('a refused import resolves with its report; an unreadable file is an ApiError 400', async () => {
  const report = await editor.imports.organizations(new Blob([fixture('mo-liste-mit-fehlern.csv')], { type: 'text/csv' }), { dryRun: false, fileName: 'mo-liste-mit-fehlern.csv' });
  assert.equal(report.committed, false);
  assert.deepEqual(report.errors.map((e) => e.row), [3, 4]);
  const unreadable = await editor.imports.organizations(new Blob(['nur eine Zeile ohne Kopf'])).catch((error: unknown) => error);
  assert.ok(unreadable instanceof ApiError);
  assert.equal(unreadable.status, 400);
});
