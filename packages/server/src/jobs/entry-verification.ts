/**
 * The yearly question "Ist Ihr Eintrag noch aktuell?": every tenant whose
 * `entryVerificationDays` is above 0 asks each organisation whose entry was
 * confirmed longer ago than that (and that was not asked within it).
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { askOrganizations, staleOrganizationIds } from '../self-service/entry-links.js';
import { readSettings } from '../tenants/settings.js';

/** Returns how many mails it queued. */
export async function queueDueEntryVerifications(db: Kysely<DatabaseSchema>, now: Date, baseUrl: string): Promise<number> {
  let queued = 0;
  for (const { id } of await db.selectFrom('tenants').select('id').execute()) {
    const settings = await readSettings(db, id);
    const due = await staleOrganizationIds(db, id, settings.entryVerificationDays, now);
    if (due.length === 0) continue;
    const outcome = await db.transaction().execute((trx) => askOrganizations(trx, { id, defaultLocale: settings.defaultLocale }, due, now, baseUrl));
    queued += outcome.queued.length;
  }
  return queued;
}
