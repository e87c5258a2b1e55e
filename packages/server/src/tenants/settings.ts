/**
 * A tenant's settings: the columns of `tenants` plus the `settings` jsonb,
 * with the defaults a new tenant gets. Admins change them through the API,
 * the operator through `teilhabe-server tenant update`.
 */
import type { Locale, TenantSettings } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

/** What `settings` holds when nobody changed it. */
export const DEFAULT_SETTINGS = {
  logoUrl: null as string | null,
  bookingRetentionDays: 90,
  bookingReminders: true,
  requestDigestAfterDays: 3,
  secondFactor: 'optional' as TenantSettings['secondFactor'],
  entryVerificationDays: 365,
  submitterRetentionDays: 90,
};
type StoredSettings = typeof DEFAULT_SETTINGS;
const STORED_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof StoredSettings>;

export async function readSettings(db: Kysely<DatabaseSchema>, tenantId: string): Promise<TenantSettings> {
  const row = await db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirstOrThrow();
  const stored = { ...DEFAULT_SETTINGS, ...(row.settings as Partial<StoredSettings>) };
  return {
    id: row.id,
    name: row.name,
    officeEmail: row.office_email,
    corsOrigins: row.cors_origins,
    defaultLocale: row.default_locale as Locale,
    locales: row.locales as Locale[],
    timeZone: row.time_zone,
    logoUrl: stored.logoUrl,
    bookingRetentionDays: stored.bookingRetentionDays,
    bookingReminders: stored.bookingReminders,
    requestDigestAfterDays: stored.requestDigestAfterDays,
    secondFactor: stored.secondFactor,
    entryVerificationDays: stored.entryVerificationDays,
    submitterRetentionDays: stored.submitterRetentionDays,
  };
}

/** Writes the given fields; the caller validated them. Returns the settings before and after. */
export async function writeSettings(db: Kysely<DatabaseSchema>, tenantId: string, patch: Partial<Omit<TenantSettings, 'id' | 'timeZone'>>) {
  const before = await readSettings(db, tenantId);
  const merged = { ...before, ...patch };
  if (!merged.locales.includes(merged.defaultLocale)) merged.locales = [merged.defaultLocale, ...merged.locales];
  const settings = Object.fromEntries(STORED_KEYS.map((key) => [key, merged[key]]));
  await db
    .updateTable('tenants')
    .set({
      name: merged.name,
      office_email: merged.officeEmail,
      cors_origins: merged.corsOrigins,
      default_locale: merged.defaultLocale,
      locales: merged.locales,
      settings: JSON.stringify(settings),
    })
    .where('id', '=', tenantId)
    .execute();
  return { before, after: await readSettings(db, tenantId) };
}
