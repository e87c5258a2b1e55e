/**
 * The office decides a request: every date at once or date by date, with a
 * reason for the resident and an internal note, after moving it to another
 * time or room if need be. One transaction holds the decision, its audit row
 * (and its mails); the exclusion constraint still has the last word, so an
 * approval that would double-book fails with 23P01 for the caller to explain.
 */
import type { BookingDecision, BookingStatus } from '@teilhabe/contract';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit, type AuditActor } from '../../audit/audit-log.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { Conflict, Invalid, RuleViolation, notFoundError as notFound } from '../../domain/errors.js';
import type { Tenant } from '../../domain/tenant.js';
import { localDateOf, toZonedIso } from '../../time/zoned.js';
import type { RoomDoc } from '../rooms/mapping.js';
import { findRoom } from '../rooms/repository.js';
import { bookingSlots, findBooking, lockRoomBookings, moveBooking, setSlotStatus, updateBookingDecision, type BookingDoc, type BookingRow } from './repository.js';

export interface DecisionContext {
  db: Kysely<DatabaseSchema>;
  tenant: Tenant;
  actor: AuditActor;
  now: Date;
  /** Runs inside the decision's transaction, e.g. to queue the resident's mail. */
  afterDecision?: (trx: Transaction<DatabaseSchema>, bookingId: string) => Promise<unknown>;
}

const notPending = (status: string) =>
  new Conflict('The booking is no longer a request', { type: 'booking-not-pending', detail: `It is ${status}; only requests can be approved or declined.` });

export async function decideBookingRequest(context: DecisionContext, id: string, decision: BookingDecision): Promise<{ roomId: string }> {
  const { db, tenant, actor, now } = context;
  return inTransaction(db, async (trx) => {
    // The row lock makes two people deciding the same request take turns.
    const row = await findBooking(trx, tenant.id, id, { forUpdate: true });
    if (!row) throw notFound('Booking', id);
    if (row.status !== 'requested') throw notPending(row.status);
    await lockRoomBookings(trx, tenant.id, row.room_id);

    const doc: BookingDoc = { ...row.doc };
    const roomId = decision.change ? await applyChange(trx, tenant, row, doc, decision.change) : row.room_id;
    const slots = await bookingSlots(trx, id);
    const statusOf = (slot: { start: Date }) => decision.dates?.[localDateOf(slot.start, tenant.timeZone)] ?? decision.status;
    const unknownDates = Object.keys(decision.dates ?? {}).filter((date) => !slots.some((slot) => localDateOf(slot.start, tenant.timeZone) === date));
    if (unknownDates.length) {
      throw new Invalid('The decision names dates the request does not have', unknownDates.map((date) => ({ path: `dates.${date}`, code: 'unknown_date', message: `The request has no date ${date}.` })));
    }
    const confirmed = slots.filter((slot) => statusOf(slot) === 'confirmed');
    const declined = slots.filter((slot) => statusOf(slot) === 'declined');
    await setSlotStatus(trx, declined.map((slot) => slot.id), 'declined');
    await setSlotStatus(trx, confirmed.map((slot) => slot.id), 'confirmed');
    const status: BookingStatus = confirmed.length ? 'confirmed' : 'declined';
    if (decision.reason && declined.length) doc.decisionReason = decision.reason;
    if (decision.note !== undefined) doc.officeNote = decision.note;
    await updateBookingDecision(trx, id, status, doc, now);

    await recordAudit(trx, tenant.id, actor, {
      recordType: 'booking',
      recordId: id,
      operation: status === 'confirmed' ? (declined.length ? 'approve-partly' : 'approve') : 'decline',
      before: { status: row.status, roomId: row.room_id },
      after: {
        status,
        roomId,
        ...(declined.length && confirmed.length ? { declinedDates: declined.map((slot) => localDateOf(slot.start, tenant.timeZone)) } : {}),
        ...(doc.decisionReason ? { reason: doc.decisionReason } : {}),
        ...(decision.note !== undefined ? { note: decision.note } : {}),
        ...(doc.changes ? { changes: doc.changes } : {}),
      },
    });
    await context.afterDecision?.(trx, id);
    return { roomId };
  });
}

/** Moves a single-date request before the decision and notes it for the resident. */
async function applyChange(trx: Transaction<DatabaseSchema>, tenant: Tenant, row: BookingRow, doc: BookingDoc, change: NonNullable<BookingDecision['change']>) {
  const slots = await bookingSlots(trx, row.id);
  if (slots.length !== 1) {
    throw new RuleViolation('Only a single date can be moved', { type: 'booking-rules', errors: [{ path: 'change', code: 'series', message: 'Decide a series date by date; ask the resident to send a new request for other times.' }] });
  }
  const targetId = change.roomId ?? row.room_id;
  const room = await findRoom(trx, tenant.id, targetId);
  if (!room) throw new Invalid('The request is invalid', [{ path: 'change.roomId', code: 'unknown_room', message: `There is no room "${targetId}".` }]);
  if (targetId !== row.room_id) await lockRoomBookings(trx, tenant.id, targetId);
  const interval = { start: new Date(change.start), end: new Date(change.end) };
  await moveBooking(trx, row.id, slots[0]!.id, { roomId: targetId, interval, bufferMinutes: (room.doc as RoomDoc).bookingPolicy.bufferMinutes });
  doc.changes = {
    before: { roomId: row.room_id, start: toZonedIso(slots[0]!.start, tenant.timeZone), end: toZonedIso(slots[0]!.end, tenant.timeZone) },
    after: { roomId: targetId, start: toZonedIso(interval.start, tenant.timeZone), end: toZonedIso(interval.end, tenant.timeZone) },
  };
  return targetId;
}

/** Declines every live request that overlaps a confirmed booking, with one reason. Returns their ids. */
export async function declineConflictingRequests(context: DecisionContext, confirmedId: string, reason: string): Promise<string[]> {
  const { db, tenant } = context;
  const row = await findBooking(db, tenant.id, confirmedId);
  if (!row) throw notFound('Booking', confirmedId);
  if (row.status !== 'confirmed') throw new Conflict('Only the requests competing with a confirmed booking can be declined this way', { type: 'booking-not-confirmed' });
  const competing = await db
    .selectFrom('booking_slots as mine')
    .innerJoin('booking_slots as other', (join) =>
      join.onRef('other.tenant_id', '=', 'mine.tenant_id').onRef('other.room_id', '=', 'mine.room_id').onRef('other.booking_id', '<>', 'mine.booking_id'),
    )
    .innerJoin('bookings as b', 'b.id', 'other.booking_id')
    .select('other.booking_id')
    .distinct()
    .where('mine.booking_id', '=', confirmedId)
    .where('mine.status', '=', 'confirmed')
    .where('b.status', '=', 'requested')
    .where((eb) => eb(eb.ref('other.blocked'), '&&', eb.ref('mine.blocked')))
    .execute();
  const declined: string[] = [];
  for (const { booking_id } of competing) {
    try {
      await decideBookingRequest(context, booking_id, { status: 'declined', reason });
      declined.push(booking_id);
    } catch (error) {
      // Someone decided it meanwhile: nothing left to decline.
      if (!(error instanceof Conflict && error.details.type === 'booking-not-pending')) throw error;
    }
  }
  return declined;
}
