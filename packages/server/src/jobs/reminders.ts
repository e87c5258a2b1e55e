/**
 * The reminder the day before a booked date (tenant setting
 * `bookingReminders`, on by default): every confirmed date that starts
 * tomorrow, in the tenant's time zone, gets one mail. Run as often as you
 * like; each date's mail is queued once.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { queueBookingReminder } from '../mail/booking-mails.js';
import { localDate } from '../mail/format.js';

export async function queueDueReminders(db: Kysely<DatabaseSchema>, now: Date): Promise<number> {
  // Dates that start within the next two days; the exact "tomorrow" is decided per tenant time zone below.
  const { rows } = await sql<{ tenant_id: string; booking_id: string; time_zone: string; start: Date; end: Date }>`
    SELECT s.tenant_id, s.booking_id, t.time_zone, lower(s.during) AS start, upper(s.during) AS "end"
    FROM booking_slots s JOIN tenants t ON t.id = s.tenant_id
    WHERE s.status = 'confirmed'
      AND tk_setting_flag(t.settings, 'bookingReminders', true)
      AND lower(s.during) > ${now} AND lower(s.during) < ${new Date(now.getTime() + 2 * 86_400_000)}`.execute(db);
  let queued = 0;
  for (const slot of rows) {
    const tomorrow = localDate(new Date(now.getTime() + 86_400_000), slot.time_zone);
    if (localDate(slot.start, slot.time_zone) !== tomorrow) continue;
    const ids = await db.transaction().execute((trx) => queueBookingReminder(trx, { tenantId: slot.tenant_id, bookingId: slot.booking_id, slot }));
    queued += ids.length;
  }
  return queued;
}
