/**
 * A server process for the delivery tests that kill it: the real
 * `startServer` (outbox worker included) on a data folder or a PostgreSQL
 * database from the environment. Seeds the demo on first start and prints
 * one JSON line: `{"url": …, "editorToken": …}` (the token only then).
 *
 * Env: DATA_DIR or DATABASE_URL, SMTP_URL, MAIL_LEASE_MS, MAIL_BASE_DELAY_MS.
 */
import { openDatabase } from '../../packages/server/src/db/database.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { seedDataset, tenantExists } from '../../packages/server/src/seed.js';
import { startServer } from '../../packages/server/src/server.js';

const env = process.env;
const database = await openDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR! });
let editorToken: string | undefined;
if (!(await tenantExists(database.db, 'musterkreis'))) {
  await seedDataset(database.db, demoDataset());
  editorToken = (await createApiToken(database.db, 'musterkreis', 'delivery-tests', ['editor', 'bookings'])).token;
}
const server = await startServer({
  database,
  port: 0,
  jobs: false,
  outboxWorker: { pollMs: 50, leaseMs: Number(env.MAIL_LEASE_MS ?? 2_000), baseDelayMs: Number(env.MAIL_BASE_DELAY_MS ?? 200), maxDelayMs: 1_000 },
});
process.stdout.write(`${JSON.stringify({ url: server.url, editorToken, mail: server.mail })}\n`);
