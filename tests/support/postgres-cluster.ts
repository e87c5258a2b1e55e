/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp folder, start on
 * a free port, one fresh database per caller, stopped when the process exits.
 * Needs PostgreSQL server binaries (Debian: /usr/lib/postgresql/<v>/bin, or PG_BIN).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export function findPostgresBin(): string | null {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  return null;
}

interface Cluster {
  port: number;
  stop(): void;
}

let cluster: Promise<Cluster> | null = null;

/** initdb refuses to run as root: run the server binaries as the `postgres` user then. */
function asPostgresUser(bin: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' }) : execFileSync(bin, args, { stdio: 'pipe' });
}

/** A TCP port on loopback that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startCluster(): Promise<Cluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('No PostgreSQL server binaries found (install Debian package postgresql, or set PG_BIN).');
  const dir = mkdtempSync(join(tmpdir(), 'tk-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', dir]);
  asPostgresUser(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  asPostgresUser(join(bin, 'pg_ctl'), [
    '-D', dataDir,
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    '-l', join(dir, 'log'),
    '-w', 'start',
  ]);
  const stop = () => {
    const args = ['-D', dataDir, '-m', 'immediate', 'stop'];
    const isRoot = process.getuid?.() === 0;
    spawnSync(isRoot ? 'runuser' : join(bin, 'pg_ctl'), isRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args] : args, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return { port, stop };
}

/** A connection string to a new, empty database on the shared throwaway cluster. */
export async function createTestDatabase(): Promise<string> {
  cluster ??= startCluster();
  const { port } = await cluster;
  const name = `tk_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `postgres://postgres@127.0.0.1:${port}/${name}`;
}
