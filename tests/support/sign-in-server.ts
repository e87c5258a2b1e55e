/**
 * A real HTTP server for sign-in tests over the wire: a fresh tenant, people
 * with passwords (hashed cheaply; the cost is stored with each hash), and a
 * chosen public origin (passkeys need a host name such as `localhost`, and
 * an identity provider needs the callback URL before the server runs).
 */
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import type { AppOptions } from '../../packages/server/src/app.js';
import { startServer } from '../../packages/server/src/server.js';
import { hashPassword } from '../../packages/server/src/staff/passwords.js';
import { insertStaff } from '../../packages/server/src/staff/repository.js';
import { createTenant } from '../../packages/server/src/tenants/provisioning.js';
import { freePort } from './postgres-cluster.js';

export const SIGN_IN_PASSWORD = 'Lange-Passphrase-fuer-Tests';

export interface SignInServer {
  /** The public origin, e.g. `http://localhost:41234`. */
  baseUrl: string;
  /** The same server by address, for Node's fetch (which may try IPv6 for `localhost`). */
  directUrl: string;
  tenant: string;
  database: Database;
  addStaff(email: string, roles?: Array<'admin' | 'editor' | 'bookings'>, options?: { password?: boolean }): Promise<string>;
  /** Signs in with the password; the session as the API answers it. */
  signIn(email: string): Promise<{ token: string; secondFactor: string; secondFactorOptions: string[] }>;
  close(): Promise<void>;
}

export async function startSignInServer(
  options: { host?: 'localhost' | '127.0.0.1'; port?: number; databaseUrl?: string; app?: (baseUrl: string) => Partial<AppOptions> } = {},
): Promise<SignInServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const database = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: 'memory://' });
  const tenant = 'stadt-test';
  await createTenant(database.db, { id: tenant, name: 'Stadt Test', locales: ['de', 'en'], defaultLocale: 'de', corsOrigins: [], officeEmail: null });
  const server = await startServer({ database, port, hostname: '127.0.0.1', publicBaseUrl: baseUrl, ...options.app?.(baseUrl) });
  const directUrl = server.url;
  return {
    baseUrl,
    directUrl,
    tenant,
    database,
    async addStaff(email, roles = ['editor'], { password = true } = {}) {
      return insertStaff(database.db, { tenantId: tenant, email, name: email.split('@')[0]!, roles, passwordHash: password ? await hashPassword(SIGN_IN_PASSWORD, { logN: 12 }) : undefined });
    },
    async signIn(email) {
      const response = await fetch(`${directUrl}/v1/${tenant}/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: SIGN_IN_PASSWORD }) });
      if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
      return response.json() as Promise<{ token: string; secondFactor: string; secondFactorOptions: string[] }>;
    },
    async close() {
      await server.close();
      await database.close();
    },
  };
}
