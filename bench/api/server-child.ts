/**
 * The API server of the bench in its own process, so that its RSS is its own.
 *
 *   seed   open the database (BENCH_DATA_DIR or BENCH_DATABASE_URL), load the
 *          scaled dataset (BENCH_SCALE as JSON, or "demo"), report the time, exit;
 *   serve  open the seeded database, serve on a free loopback port, and answer
 *          the bench over IPC: capture the SQL one request runs, replay it raw.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import pg from 'pg';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { generateScaledDataset } from '../../packages/server/src/demo/generate.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { startServer } from '../../packages/server/src/server.js';

interface Statement {
  text: string;
  values: unknown[];
}

const send = (message: Record<string, unknown>) => process.send?.(message);
const mode = process.argv[2];
const databaseOptions = process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : { dataDir: process.env.BENCH_DATA_DIR ?? 'memory://' };

// Every statement the server's Kysely sends goes through pg.Client#query; while
// capturing, remember its text and parameters (same process, same pool), but
// only those an HTTP request runs: the outbox worker and the periodic jobs
// query in the background, and their writes are not the request's SQL.
let captured: Statement[] | null = null;
const inRequest = new AsyncLocalStorage<true>();
const originalEmit = http.Server.prototype.emit as (...args: unknown[]) => boolean;
(http.Server.prototype as unknown as { emit: (...args: unknown[]) => boolean }).emit = function (this: http.Server, ...args: unknown[]) {
  return args[0] === 'request' ? inRequest.run(true, () => originalEmit.apply(this, args)) : originalEmit.apply(this, args);
};
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values] = args;
  if (captured && inRequest.getStore() && typeof text === 'string') captured.push({ text, values: Array.isArray(values) ? values : [] });
  return originalQuery.apply(this, args);
};

async function seed() {
  const scale = JSON.parse(process.env.BENCH_SCALE ?? '{}') as 'demo' | { organizations: number; events: number; fundingPrograms: number };
  const t0 = performance.now();
  const dataset = scale === 'demo' ? demoDataset() : generateScaledDataset(scale);
  const database = await openDatabase(databaseOptions);
  const opened = performance.now();
  await seedDataset(database.db, dataset);
  const seeded = performance.now();
  const { rows } = await database.pool.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM organizations)::int + 0 AS n`,
  );
  await database.close();
  send({ type: 'seeded', openMs: opened - t0, seedMs: seeded - opened, organizations: rows[0]?.n ?? 0 });
}

async function serve() {
  const t0 = performance.now();
  const database: Database = await openDatabase(databaseOptions);
  const server = await startServer({ database, port: 0, bookingRateLimit: { max: 1_000_000, windowMs: 60_000 } });
  send({ type: 'ready', url: server.url, startMs: performance.now() - t0, kind: database.kind });

  process.on('message', async (message: { id: number; type: string; statements?: Statement[]; rounds?: number }) => {
    try {
      let result: unknown;
      if (message.type === 'capture-start') captured = [];
      else if (message.type === 'capture-stop') {
        result = captured ?? [];
        captured = null;
      } else if (message.type === 'replay') {
        // The captured statements of one request, one after the other, straight on the pool.
        const times: number[] = [];
        for (let round = 0; round < (message.rounds ?? 1); round++) {
          const start = performance.now();
          for (const statement of message.statements ?? []) await database.pool.query(statement.text, statement.values as unknown[]);
          times.push(performance.now() - start);
        }
        result = times;
      } else if (message.type === 'sql') {
        const [statement] = message.statements ?? [];
        result = statement ? (await database.pool.query(statement.text, statement.values as unknown[])).rows : [];
      }
      send({ id: message.id, result });
    } catch (error) {
      send({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });

  const shutdown = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.once('disconnect', shutdown);
}

(mode === 'seed' ? seed() : serve()).catch((error) => {
  send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  process.exit(1);
});
