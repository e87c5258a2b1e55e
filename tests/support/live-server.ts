/**
 * The real HTTP server on a random loopback port, with an embedded database
 * seeded with the demo data: for SDK and end-to-end tests over the wire.
 */
import { openDatabase } from '../../packages/server/src/db/database.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { startServer } from '../../packages/server/src/server.js';
import type { StaticMounts } from '../../packages/server/src/pages/routes.js';
import type { MailSettings } from '../../packages/server/src/outbox/transport.js';
import { ensureDemoStaff } from '../../packages/server/src/demo/staff.js';

export interface LiveServer {
  baseUrl: string;
  tenant: string;
  editorToken: string;
  /** A token with the admin role, to set up staff. */
  adminToken: string;
  close(): Promise<void>;
}

export async function startLiveServer(
  options: {
    databaseUrl?: string;
    today?: Date;
    staticMounts?: StaticMounts;
    /** Where mail goes; with it the outbox worker runs (without it nothing is sent). */
    mail?: MailSettings;
    /** The demo office account of `npm start` (see `DEMO_STAFF`). */
    demoStaff?: boolean;
  } = {},
): Promise<LiveServer> {
  const database = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: 'memory://' });
  await seedDataset(database.db, demoDataset(options.today ?? new Date()));
  const editorToken = (await createApiToken(database.db, 'musterkreis', 'live-tests', ['editor', 'bookings'])).token;
  const adminToken = (await createApiToken(database.db, 'musterkreis', 'live-tests-admin', ['admin'])).token;
  if (options.demoStaff) await ensureDemoStaff(database.db);
  const server = await startServer({
    database,
    port: 0,
    passwordHashing: { logN: 12 },
    bookingRateLimit: { max: 10_000, windowMs: 60_000 },
    staticMounts: options.staticMounts ?? [],
    ...(options.mail ? { mail: options.mail, outboxWorker: { pollMs: 50 } } : { outboxWorker: false }),
    jobs: false,
  });
  return {
    baseUrl: server.url,
    tenant: 'musterkreis',
    editorToken,
    adminToken,
    async close() {
      await server.close();
      await database.close();
    },
  };
}
