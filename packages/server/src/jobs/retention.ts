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
