/** SQL for bookings and their slots. The exclusion constraint has the last word on double bookings. */
import type { BookingStatus } from '@teilhabe/contract';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { blockedBy, type Interval } from '../rooms/schedule.js';

export interface BookingDoc {
  recurrence: { frequency: 'weekly' | 'biweekly'; until: string } | null;
  excludeDates: string[];
  purpose: string;
  expectedAttendees: number;
  requester: { organizationId?: string; organizationName?: string; applicantKind?: string; name: string; email: string; phone?: string };
  isPublic: boolean;
  feeEurPerHour: number | null;
  /** The UI/content locale of the request: mails to the requester are in it. */
  locale?: string;
  /** The page the request came from, if it is the municipality's own: declined mails link back to it. */
  searchPage?: string;
  /** Set when the retention job erased the requester's name, e-mail and phone. */
  requesterErasedAt?: string;
  /** Why the office declined (dates of) it, written for the resident. */
  decisionReason?: string;
  /** Internal; never shown to the resident. */
  officeNote?: string;
  /** The office moved the request before approving it. */
  changes?: { before: BookingPlace; after: BookingPlace };
}

export interface BookingPlace {
  roomId: string;
  start: string;
  end: string;
}

export interface BookingRow {
  id: string;
  room_id: string;
  status: BookingStatus;
  starts_at: Date;
  ends_at: Date;
  doc: BookingDoc;
  manage_token_hash: string;
  created_at: Date;
}

export interface NewBooking {
  id: string;
  tenantId: string;
  roomId: string;
  status: 'requested' | 'confirmed';
  occurrences: Interval[];
  bufferMinutes: number;
  doc: BookingDoc;
  manageTokenHash: string;
}

const EXCLUSION_VIOLATION = '23P01';
export const isDoubleBooking = (error: unknown) => (error as { code?: string })?.code === EXCLUSION_VIOLATION;

/**
 * Makes the writes of one room's bookings take turns until the transaction
 * ends. The exclusion constraint alone would still refuse a double booking,
 * but concurrent inserts checked by it can deadlock each other on
 * PostgreSQL; in turn, the second writer simply meets the first one's row.
 */
export async function lockRoomBookings(trx: Transaction<DatabaseSchema>, tenantId: string, roomId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`booking:${tenantId}:${roomId}`}))`.execute(trx);
}

const range = (interval: Interval) => `[${interval.start.toISOString()},${interval.end.toISOString()})`;

/** Inserts a booking with one slot per occurrence. Throws a 23P01 error if a confirmed slot would overlap. */
export async function insertBooking(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, booking: NewBooking) {
  const first = booking.occurrences[0]!;
  const last = booking.occurrences[booking.occurrences.length - 1]!;
  await db
    .insertInto('bookings')
    .values({
      id: booking.id,
      tenant_id: booking.tenantId,
      room_id: booking.roomId,
      status: booking.status,
      starts_at: first.start,
      ends_at: last.end,
      doc: JSON.stringify(booking.doc),
      manage_token_hash: booking.manageTokenHash,
    })
    .execute();
  await db
    .insertInto('booking_slots')
    .values(
      booking.occurrences.map((occurrence) => ({
        booking_id: booking.id,
        tenant_id: booking.tenantId,
        room_id: booking.roomId,
        during: range(occurrence),
        blocked: range(blockedBy(occurrence, booking.bufferMinutes)),
        status: booking.status,
      })),
    )
    .execute();
}

export async function findBooking(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, tenantId: string, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('bookings')
    .select(['id', 'room_id', 'status', 'starts_at', 'ends_at', 'doc', 'manage_token_hash', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) as BookingRow | undefined;
}

export async function bookingSlots(db: Kysely<DatabaseSchema>, bookingId: string) {
  const result = await sql<{ id: number; start: Date; end: Date; status: BookingStatus }>`
    SELECT id, lower(during) AS start, upper(during) AS "end", status FROM booking_slots WHERE booking_id = ${bookingId} ORDER BY lower(during)`.execute(db);
  return result.rows;
}

/** Sets the status of single dates (slots) of a booking. */
export async function setSlotStatus(trx: Transaction<DatabaseSchema>, slotIds: number[], status: BookingStatus) {
  if (slotIds.length) await trx.updateTable('booking_slots').set({ status }).where('id', 'in', slotIds).execute();
}

/** Moves a single-date booking to another time or room, with that room's buffer. */
export async function moveBooking(trx: Transaction<DatabaseSchema>, bookingId: string, slotId: number, to: { roomId: string; interval: Interval; bufferMinutes: number }) {
  await trx
    .updateTable('booking_slots')
    .set({ room_id: to.roomId, during: range(to.interval), blocked: range(blockedBy(to.interval, to.bufferMinutes)) })
    .where('id', '=', slotId)
    .execute();
  await trx.updateTable('bookings').set({ room_id: to.roomId, starts_at: to.interval.start, ends_at: to.interval.end }).where('id', '=', bookingId).execute();
}

/** Writes the booking's own status and document after a decision. */
export async function updateBookingDecision(trx: Transaction<DatabaseSchema>, bookingId: string, status: BookingStatus, doc: BookingDoc, now: Date) {
  await trx
    .updateTable('bookings')
    .set((eb) => ({ status, doc: JSON.stringify(doc), updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', bookingId)
    .execute();
}

/** Sets the status of a booking and of all its slots that are still live. */
export async function setBookingStatus(trx: Transaction<DatabaseSchema>, bookingId: string, status: BookingStatus, doc?: BookingDoc) {
  await trx
    .updateTable('booking_slots')
    .set({ status })
    .where('booking_id', '=', bookingId)
    .where('status', 'in', ['requested', 'confirmed'])
    .execute();
  await trx
    .updateTable('bookings')
    .set({ status, updated_at: new Date(), ...(doc ? { doc: JSON.stringify(doc) } : {}) })
    .where('id', '=', bookingId)
    .execute();
}
