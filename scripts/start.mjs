#!/usr/bin/env node
/**
 * `npm start`: builds what is missing or older than its sources, then runs the
 * API with the demo data on embedded PostgreSQL, the widget bundles, the
 * demo page and the office app. Environment variables are passed on (PORT, DATA_DIR, DATABASE_URL …).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outputs = ['packages/server/dist/cli.js', 'packages/components/dist/cdn', 'packages/office/dist/office.js'];
const sources = ['packages/contract/src', 'packages/sdk/src', 'packages/server/src', 'packages/components/src', 'packages/components/build.config.ts', 'packages/office/src', 'packages/office/public', 'packages/office/build.config.ts', 'tsup.config.ts'];

function newestMtime(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((name) => newestMtime(join(path, name))));
}

const builtAt = Math.min(...outputs.map((path) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : 0)));
if (builtAt < Math.max(...sources.map(newestMtime))) {
  console.log('Building (types skipped for speed; `npm run build` makes the full build) …');
  const build = spawnSync(join(root, 'node_modules/.bin/tsup'), [], { cwd: root, stdio: 'inherit', env: { ...process.env, TK_BUILD_TYPES: '0' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [join(root, 'packages/server/dist/cli.js'), 'serve'], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
