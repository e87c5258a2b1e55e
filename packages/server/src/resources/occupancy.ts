/**
 * When rooms are taken: the one place that reads booking slots for a room,
 * so that rooms (free-room search, availability, deleting) and bookings
 * (conflicts, alternatives) share it without importing each other.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

export interface SlotRow {
  room_id: string;
  booking_id: string;
  status: 'requested' | 'confirmed';
  start: Date;
  end: Date;
  blocked_start: Date;
  blocked_end: Date;
}

/** Live (requested or confirmed) slots of the rooms whose blocked time touches [from, to). */
export async function findSlots(db: Kysely<DatabaseSchema>, tenantId: string, roomIds: readonly string[], from: Date, to: Date, statuses: readonly string[] = ['requested', 'confirmed']) {
  if (roomIds.length === 0) return [];
  const result = await sql<SlotRow>`
    SELECT room_id, booking_id, status,
           lower(during) AS start, upper(during) AS "end",
           lower(blocked) AS blocked_start, upper(blocked) AS blocked_end
    FROM booking_slots
    WHERE tenant_id = ${tenantId}
      AND room_id = ANY(${sql.val([...roomIds])}::text[])
      AND status = ANY(${sql.val([...statuses])}::text[])
      AND blocked && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)
    ORDER BY lower(during)`.execute(db);
  return result.rows;
}

/** The blocked times of one room among the slots of several. */
export const busyTimesOf = (slots: readonly SlotRow[], roomId: string) =>
  slots.filter((slot) => slot.room_id === roomId).map((slot) => ({ start: slot.blocked_start, end: slot.blocked_end }));

/** Whether any booking, of whatever status, refers to the room (it then must not be deleted). */
export async function roomHasBookings(db: Kysely<DatabaseSchema>, tenantId: string, roomId: string) {
  const bookings = await db.selectFrom('bookings').select('id').where('tenant_id', '=', tenantId).where('room_id', '=', roomId).limit(1).execute();
  return bookings.length > 0;
}
