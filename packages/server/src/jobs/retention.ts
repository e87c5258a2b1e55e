/**
 * Erases what a booking knows about the person who asked, once the tenant's
 * retention period (`bookingRetentionDays`, default 90) after its last date
 * has passed: name, e-mail and phone go; times, room and the organisation
 * stay, so the room's history and statistics remain. Mails about the booking
 * still in the outbox go too (they hold the same data).
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

export const DEFAULT_RETENTION_DAYS = 90;

export async function eraseExpiredRequesterData(db: Kysely<DatabaseSchema>, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string }>`
      UPDATE bookings b SET
        doc = jsonb_set(
                jsonb_set(b.doc, '{requester}', (b.doc->'requester') - 'phone' || '{"name": "", "email": ""}'::jsonb),
                '{requesterErasedAt}', to_jsonb(${now.toISOString()}::text)),
        updated_at = ${now}
      FROM tenants t
      WHERE t.id = b.tenant_id
        AND b.doc->'requesterErasedAt' IS NULL
        AND b.ends_at < ${now}::timestamptz - make_interval(days => tk_setting_days(t.settings, 'bookingRetentionDays', ${DEFAULT_RETENTION_DAYS}))
      RETURNING b.id`.execute(trx);
    const ids = rows.map((r) => r.id);
    if (ids.length) await trx.deleteFrom('outbox').where('booking_id', 'in', ids).execute();
    return ids.length;
  });
}

export const DEFAULT_SUBMITTER_RETENTION_DAYS = 90;

/**
 * Erases who proposed a record (name, e-mail) once the tenant's
 * `submitterRetentionDays` after the decision have passed; the proposal and
 * its decision stay for the record's history. The decision mail goes too.
 * Entry links that expired go as well: they lead nowhere any more.
 */
export async function eraseExpiredSubmitterData(db: Kysely<DatabaseSchema>, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string }>`
      UPDATE proposals p SET submitter = NULL, submitter_erased_at = ${now}
      FROM tenants t
      WHERE t.id = p.tenant_id
        AND p.submitter IS NOT NULL
        AND p.decided_at < ${now}::timestamptz - make_interval(days => tk_setting_days(t.settings, 'submitterRetentionDays', ${DEFAULT_SUBMITTER_RETENTION_DAYS}))
      RETURNING p.id`.execute(trx);
    const ids = rows.map((r) => r.id);
    if (ids.length) await trx.deleteFrom('outbox').where('dedupe_key', 'in', ids.map((id) => `proposal-decision:${id}`)).execute();
    await sql`DELETE FROM entry_links WHERE expires_at < ${now}`.execute(trx);
    return ids.length;
  });
}
