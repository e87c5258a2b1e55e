/**
 * The demo district's office account, so that a newcomer can sign in to the
 * office app right after `npm start`. Only for `musterkreis`; a tenant made
 * with `tenant create` never gets one.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { hashPassword } from '../staff/passwords.js';
import { findStaffByEmail, insertStaff } from '../staff/repository.js';
import { demoTenant } from './tenant.js';

export const DEMO_STAFF = {
  email: 'buero@musterkreis.example.de',
  name: 'Integrationsbüro Musterkreis (Demo)',
  password: 'Musterkreis-Demo-Buero',
  roles: ['admin', 'editor', 'bookings'] as const,
};

/** Creates the demo account unless it exists (a person may have changed its password meanwhile). */
export async function ensureDemoStaff(db: Kysely<DatabaseSchema>): Promise<void> {
  if (await findStaffByEmail(db, demoTenant.id, DEMO_STAFF.email)) return;
  await insertStaff(db, { tenantId: demoTenant.id, email: DEMO_STAFF.email, name: DEMO_STAFF.name, roles: [...DEMO_STAFF.roles], passwordHash: await hashPassword(DEMO_STAFF.password) });
}
