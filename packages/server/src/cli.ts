#!/usr/bin/env node
/**
 * teilhabe-server: serve the API, load the demo data, create editor tokens.
 *
 *   teilhabe-server [serve]                              start (seeds the demo on first start)
 *   teilhabe-server seed                                 (re)load the musterkreis demo data
 *   teilhabe-server token create --tenant ID --name N    print a new editor token (shown once)
 *   teilhabe-server migrate                              apply pending migrations only
 *
 * Environment: PORT (8787), HOST (127.0.0.1), DATA_DIR (./.data), DATABASE_URL,
 * PUBLIC_BASE_URL, SEED_DEMO (auto | never).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from './db/database.js';
import { demoDataset } from './demo/index.js';
import { createApiToken, type Role } from './http/auth.js';
import { repositoryRoot } from './paths.js';
import { seedDataset, tenantExists } from './seed.js';
import { startServer } from './server.js';
import { STRICT_EMBEDDING_HEADERS } from './pages/html.js';
import type { StaticMounts } from './pages/routes.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    tenant: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'editor' },
    help: { type: 'boolean', short: 'h' },
  },
});

const env = process.env;
const databaseOptions = { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './.data' };
const [command = 'serve', subcommand] = positionals;

async function main() {
  if (values.help) return printHelp();
  switch (command) {
    case 'serve':
      return serveCommand();
    case 'seed':
      return withDatabase(async (database) => {
        await seedDataset(database.db, demoDataset());
        console.log('Loaded the musterkreis demo data.');
      });
    case 'token':
      if (subcommand !== 'create' || !values.tenant || !values.name) return fail('usage: teilhabe-server token create --tenant ID --name NAME [--role editor|admin]');
      if (values.role !== 'editor' && values.role !== 'admin') return fail('--role is editor or admin');
      return withDatabase(async (database) => {
        if (!(await tenantExists(database.db, values.tenant!))) return fail(`There is no tenant "${values.tenant}".`);
        const token = await createApiToken(database.db, values.tenant!, values.name!, values.role as Role);
        console.log(token);
        console.error('Keep this token secret; it is shown only now.');
      });
    case 'migrate':
      return withDatabase(async () => console.log('Migrations are up to date.'));
    default:
      printHelp();
      process.exitCode = 2;
  }
}

async function serveCommand() {
  const startedAt = performance.now();
  const database = await openDatabase(databaseOptions);
  if (env.SEED_DEMO !== 'never' && !(await tenantExists(database.db, 'musterkreis'))) {
    console.log('First start: loading the musterkreis demo data …');
    await seedDataset(database.db, demoDataset());
  }
  const staticMounts: StaticMounts = [
    { urlPrefix: '/teilhabe/', folder: join(repositoryRoot, 'packages/components/dist/cdn') },
    { urlPrefix: '/demo/', folder: join(repositoryRoot, 'demo'), headers: STRICT_EMBEDDING_HEADERS },
  ].filter((mount) => existsSync(mount.folder));
  const server = await startServer({
    database,
    port: Number(env.PORT ?? 8787),
    hostname: env.HOST ?? '127.0.0.1',
    publicBaseUrl: env.PUBLIC_BASE_URL || undefined,
    staticMounts,
  });
  const storage = database.kind === 'pglite' ? `embedded PostgreSQL in ${databaseOptions.dataDir}` : 'PostgreSQL server';
  console.log(`Teilhabe-Kit API on ${server.url} (${storage}), ready in ${Math.round(performance.now() - startedAt)} ms`);
  if (staticMounts.some((m) => m.urlPrefix === '/demo/')) console.log(`Demo website: ${server.url}/demo/`);
  const shutdown = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function withDatabase(action: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>) {
  const database = await openDatabase(databaseOptions);
  try {
    await action(database);
  } finally {
    await database.close();
  }
}

function printHelp() {
  console.log(`teilhabe-server [serve|seed|token create --tenant ID --name NAME|migrate]
Environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_BASE_URL, SEED_DEMO=auto|never`);
}

function fail(message: string) {
  console.error(message);
  process.exitCode = 2;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
