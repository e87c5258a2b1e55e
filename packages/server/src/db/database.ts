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
  /**
   * Calls `onNotify` with the payload of each `NOTIFY channel` (delivered at
   * commit, from any process on the database). `onLost` says the
   * subscription broke: notifications may have been missed until it is back
   * (the server then reconnects and calls `onResumed`).
   */
  listen(channel: string, handlers: NotificationHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface NotificationHandlers {
  onNotify(payload: string): void;
  onLost?(): void;
  onResumed?(): void;
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
  const { pool, kind, closeEngine, listen } = options.databaseUrl
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
    listen,
    async close() {
      await db.destroy();
      await closeEngine();
    },
  };
}

function openServerPool(connectionString: string, max: number) {
  const pool = new pg.Pool({ connectionString, max });
  const listeners = new Set<ServerListener>();
  const listen = async (channel: string, handlers: NotificationHandlers) => {
    const listener = new ServerListener(connectionString, channel, handlers);
    listeners.add(listener);
    await listener.connect();
    return async () => {
      listeners.delete(listener);
      await listener.stop();
    };
  };
  const closeEngine = async () => {
    await Promise.all([...listeners].map((listener) => listener.stop()));
  };
  return { pool, kind: 'postgres' as const, closeEngine, listen };
}

/**
 * A `LISTEN` needs a connection of its own that stays open (a pooled one
 * would be handed to queries). When it drops, the handlers hear so and it
 * reconnects every second until the database is back.
 */
class ServerListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly handlers: NotificationHandlers,
  ) {}

  async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handlers.onNotify(message.payload ?? '');
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    this.client = client;
  }

  private lost(client: pg.Client) {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    this.handlers.onLost?.();
    const again = () => {
      if (this.stopped) return;
      this.connect().then(
        () => this.handlers.onResumed?.(),
        () => (this.retry = setTimeout(again, 1_000).unref()),
      );
    };
    this.retry = setTimeout(again, 1_000).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
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
    // One process owns the database, so a subscription cannot drop.
    const listen = async (channel: string, handlers: NotificationHandlers) => {
      const unsubscribe = await pglite.listen(channel, (payload) => handlers.onNotify(payload));
      return async () => {
        if (!pglite.closed) await unsubscribe();
      };
    };
    return { pool, kind: 'pglite' as const, closeEngine, listen };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
