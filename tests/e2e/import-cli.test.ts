/**
 * `teilhabe-server import organizations` on an embedded data folder: the
 * preview with the unknown values and a saved mapping, the import with the
 * office's decisions, and the exit codes an operator's script relies on.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { lockDataFolder } from '../../packages/server/src/db/data-folder-lock.js';

const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'tk-import-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const dataDir = join(folder, 'data');
const fixture = (name: string) => join(root, 'tests/fixtures/import', name);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'never' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const importArgs = (...more: string[]) => ['import', 'organizations', '--tenant', 'musterkreis', ...more];

test('preview, save the mapping, import with the decisions; exit codes 0, 1 and 2', { timeout: 300_000 }, async () => {
  assert.equal(cli('seed').code, 0);

  const savedMapping = join(folder, 'zuordnung.json');
  const preview = cli(...importArgs('--file', fixture('mo-liste-buero.xlsx'), '--dry-run', '--on-duplicate', 'merge', '--save-mapping', savedMapping, '--json'));
  assert.equal(preview.code, 1, 'unknown values are errors: the run would not be written');
  const previewReport = JSON.parse(preview.stdout);
  assert.deepEqual([previewReport.duplicates, previewReport.unknownValues.length, previewReport.committed], [2, 2, false]);
  const mapping = JSON.parse(readFileSync(savedMapping, 'utf8'));
  assert.equal(mapping.columns['Ansprechpartner/in'], 'contactName');
  assert.deepEqual(mapping.values, { topics: { Kochen: null }, offers: { Schachclub: null } });

  const imported = cli(...importArgs('--file', fixture('mo-liste-buero.xlsx'), '--on-duplicate', 'merge', '--mapping', fixture('mo-liste-buero.mapping.json'), '--json'));
  assert.equal(imported.code, 0, imported.stderr);
  const report = JSON.parse(imported.stdout);
  assert.deepEqual([report.created, report.updated, report.skipped, report.duplicates, report.errors.length, report.committed], [2, 1, 1, 2, 0, true]);

  const again = cli(...importArgs('--file', fixture('mo-liste-windows1252.csv')));
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /windows-1252, separated by ";", header in row 3/);
  assert.match(again.stdout, /2 created, 0 updated, 1 skipped, 1 duplicates, 0 errors\.\nWritten in one transaction\./);

  const broken = cli(...importArgs('--file', fixture('mo-liste-mit-fehlern.csv')));
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /error in row 4, column "E-Mail"/);
  assert.match(broken.stdout, /Nothing was written/);

  for (const [args, message] of [
    [importArgs('--file', fixture('mo-liste-buero.xlsx'), '--on-duplicate', 'overwrite'), /--on-duplicate "overwrite" is not one of skip, merge, create/],
    [importArgs('--file', join(folder, 'gibt-es-nicht.xlsx')), /There is no file/],
    [importArgs(), /needs --file/],
    [['import', 'organizations', '--tenant', 'nirgendwo', '--file', fixture('mo-liste-buero.xlsx')], /There is no tenant "nirgendwo"/],
    [importArgs('--file', fixture('mo-liste-buero.xlsx'), '--mapping', fixture('mo-liste-windows1252.csv')), /is not JSON/],
  ] as Array<[string[], RegExp]>) {
    const result = cli(...args);
    assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
  }

  const lock = lockDataFolder(dataDir);
  try {
    const locked = cli(...importArgs('--file', fixture('mo-liste-windows1252.csv')));
    assert.notEqual(locked.code, 0, 'a held data folder is refused');
  } finally {
    lock.release();
  }
});
