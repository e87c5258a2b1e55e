/**
 * The server under test, on both storage engines: the same test body runs
 * against embedded PGlite and against a throwaway real PostgreSQL cluster.
 */
import { after, before, describe } from 'node:test';
import { createApp } from '../../packages/server/src/app.js';
import type { StaffLinkMessage } from '../../packages/server/src/app-dependencies.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { createTestDatabase } from './postgres-cluster.js';

export const TEST_PASSWORD_HASHING = { logN: 12 };

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: Backend[] = ['pglite', 'postgres'];

/** Tests run "today" at a fixed instant so that the demo data and the rules of rooms line up. */
export const TEST_TODAY = new Date('2026-11-23T09:00:00+01:00');

export interface TestApi {
  backend: Backend;
  tenant: 'musterkreis';
  database: Database;
  app: ReturnType<typeof createApp>['app'];
  editorToken: string;
  /** Move `clock.now` to change what the server thinks is now. */
  clock: { now: Date };
  request(path: string, init?: RequestInit): Promise<Response>;
  /** JSON body helper for write calls with the editor token. */
  asEditor(init?: RequestInit): RequestInit;
  close(): Promise<void>;
  /** Invitation and reset links the server handed out, newest last. */
  staffLinks: StaffLinkMessage[];
}

export interface TestApiOptions {
  seed?: boolean;
  bookingRateLimit?: { max: number; windowMs: number };
}

export async function openTestApi(backend: Backend, options: TestApiOptions = {}): Promise<TestApi> {
  const database = await openDatabase(backend === 'pglite' ? { dataDir: 'memory://' } : { databaseUrl: await createTestDatabase(), maxConnections: 20 });
  const clock = { now: new Date(TEST_TODAY) };
  const staffLinks: StaffLinkMessage[] = [];
  if (options.seed !== false) await seedDataset(database.db, demoDataset(TEST_TODAY));
  const editorToken = options.seed !== false ? (await createApiToken(database.db, 'musterkreis', 'tests', ['editor', 'bookings'])).token : '';
  const { app } = createApp({
    database,
    now: () => clock.now,
    bookingRateLimit: options.bookingRateLimit ?? { max: 10_000, windowMs: 60_000 },
    // A cheap scrypt keeps sign-in tests fast; the stored parameters make verification follow them.
    passwordHashing: TEST_PASSWORD_HASHING,
    deliverStaffLink: async (message) => {
      staffLinks.push(message);
    },
  });
  return {
    backend,
    tenant: 'musterkreis',
    database,
    app,
    editorToken,
    clock,
    request: async (path, init) => app.request(path, init),
    asEditor: (init = {}) => ({
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editorToken}`, ...(init.headers as Record<string, string>) },
    }),
    close: () => database.close(),
    staffLinks,
  };
}

/**
 * Runs `body` once per backend inside `describe(title [backend])`, with a
 * seeded API opened before and closed after. `api()` gives the current one.
 */
export function describeOnBothBackends(title: string, body: (api: () => TestApi) => void, options: TestApiOptions = {}) {
  for (const backend of BACKENDS) {
    describe(`${title} [${backend}]`, () => {
      let current: TestApi | undefined;
      before(async () => {
        current = await openTestApi(backend, options);
      });
      after(async () => {
        await current?.close();
      });
      body(() => {
        if (!current) throw new Error('the test API is not open yet');
        return current;
      });
    });
  }
}

/** Reads a JSON body, failing with the body text when it is not JSON. */
export async function json<T = any>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`expected JSON, got ${response.status}: ${text.slice(0, 300)}`);
  }
}
