/**
 * Opens the storage: embedded PostgreSQL (PGlite) in a data folder by default,
 * a PostgreSQL server when `databaseUrl` is given. Both are reached through a
 * node-postgres pool, so every query runs unchanged on either.
 */
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock.js';
import type { DatabaseSchema } from './schema.js';
import { migrate } from './migrate.js';

export type StorageKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: StorageKind;
  readonly db: Kysely<DatabaseSchema>;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it, PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder; `memory://` keeps everything in memory. */
  dataDir?: string;
  /** Pool size for a PostgreSQL server. */
  maxConnections?: number;
}

// tstzrange comes back as text; timestamps as Date objects are what we want.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const { pool, kind, closeEngine } = options.databaseUrl
    ? openServerPool(options.databaseUrl, options.maxConnections ?? 10)
    : await openEmbeddedPool(options.dataDir ?? './.data');
  // A dropped connection must not crash the server; the next query reconnects.
  pool.on('error', (error) => console.error(`database pool: ${error.message}`));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  await migrate(pool);
  return {
    kind,
    db,
    pool,
    async close() {
      await db.destroy();
      await closeEngine();
    },
  };
}

function openServerPool(connectionString: string, max: number) {
  const pool = new pg.Pool({ connectionString, max });
  return { pool, kind: 'postgres' as const, closeEngine: async () => {} };
}

async function openEmbeddedPool(dataDir: string) {
  const [{ PGlite }, { createPgConfig }, { btree_gist }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/node-postgres'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
  ]);
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // Before PGlite touches a page: a second process on the folder would ruin it.
  const lock = inMemory ? null : lockDataFolder(dataDir);
  try {
    const pglite = await PGlite.create(dataDir, { extensions: { btree_gist, pg_trgm, unaccent } });
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    const closeEngine = async () => {
      try {
        await pglite.close();
      } finally {
        lock?.release();
      }
    };
    return { pool, kind: 'pglite' as const, closeEngine };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
