/**
 * One process per PGlite data folder: a second server or CLI command on the
 * DATA_DIR of a running server is refused at once, says who holds the folder
 * and what to do, and leaves the first server and the folder unharmed.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DataFolderLockedError, LOCK_FILE_NAME, lockDataFolder } from '../../packages/server/src/db/data-folder-lock.js';
import { openDatabase } from '../../packages/server/src/db/database.js';

const root = new URL('../..', import.meta.url).pathname;
const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function dataFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'tk-lock-'));
  folders.push(folder);
  return join(folder, 'data');
}

interface Cli {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

function cli(args: string[], dataDir: string): Cli {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', SEED_DEMO: 'never' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function serverUrl(server: Cli, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(server.stdout());
    if (match) return match[1]!;
    if (server.child.exitCode !== null) throw new Error(`the server exited: ${server.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start: ${server.stdout()} ${server.stderr()}`);
}

test('a second process on the data folder of a running server is refused; the first keeps answering; the folder opens again', { timeout: 180_000 }, async () => {
  const dataDir = dataFolder();
  const first = cli(['serve'], dataDir);
  try {
    const url = await serverUrl(first);
    assert.ok(existsSync(join(dataDir, LOCK_FILE_NAME)));

    for (const args of [['serve'], ['token', 'create', '--tenant', 'musterkreis', '--name', 'x']]) {
      const startedAt = performance.now();
      const second = cli(args, dataDir);
      const code = await second.exited;
      const ms = performance.now() - startedAt;
      assert.notEqual(code, 0, `${args.join(' ')} must fail`);
      assert.match(second.stderr(), new RegExp(`in use by process ${first.child.pid}\\b`), second.stderr());
      assert.match(second.stderr(), /stop that server first, or make the change through its API/);
      assert.doesNotMatch(second.stdout(), /Teilhabe-Kit API on/);
      assert.ok(ms < 15_000, `${args.join(' ')} took ${Math.round(ms)} ms to give up`);
    }

    const tenants = await fetch(`${url}/v1/tenants`);
    assert.equal(tenants.status, 200, 'the first server still answers');
  } finally {
    first.child.kill('SIGTERM');
    await first.exited;
  }
  assert.ok(!existsSync(join(dataDir, LOCK_FILE_NAME)), 'a clean stop releases the lock');

  const database = await openDatabase({ dataDir });
  try {
    const result = await database.pool.query('SELECT count(*)::int AS n FROM tenants');
    assert.equal(result.rows[0].n, 0);
  } finally {
    await database.close();
  }
  assert.ok(!existsSync(join(dataDir, LOCK_FILE_NAME)), 'closing the database releases the lock');
});

test('a lock whose process is gone (kill -9) is stale and taken over', { timeout: 180_000 }, async () => {
  const dataDir = dataFolder();
  const first = cli(['serve'], dataDir);
  await serverUrl(first);
  first.child.kill('SIGKILL');
  await first.exited;
  assert.ok(existsSync(join(dataDir, LOCK_FILE_NAME)), 'kill -9 leaves the lock behind');

  const database = await openDatabase({ dataDir });
  try {
    assert.equal((await database.pool.query('SELECT 1 AS one')).rows[0].one, 1);
  } finally {
    await database.close();
  }
});

test('in one process: a second open is refused while the first is open; a foreign host is never judged stale', () => {
  const folder = dataFolder();
  mkdirSync(folder, { recursive: true });
  const lock = lockDataFolder(folder);
  try {
    assert.throws(() => lockDataFolder(folder), (error: unknown) => error instanceof DataFolderLockedError && error.owner.pid === process.pid);
  } finally {
    lock.release();
  }
  lockDataFolder(folder).release();

  const lockFile = join(folder, LOCK_FILE_NAME);
  writeFileSync(lockFile, JSON.stringify({ pid: 999_999_999, hostname: `not-${hostname()}`, startedAt: '2026-01-01T00:00:00Z', command: 'serve' }));
  assert.throws(() => lockDataFolder(folder), /in use by process 999999999 on not-.*delete .*teilhabe-server\.lock/);
  writeFileSync(lockFile, JSON.stringify({ pid: 999_999_999, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', command: 'serve' }));
  lockDataFolder(folder).release();
  writeFileSync(lockFile, 'half a lo');
  lockDataFolder(folder).release();
  assert.ok(!existsSync(lockFile));
});
