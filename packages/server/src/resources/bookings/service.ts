/**
 * Asking for a room: expand the series, check the room's rules, look for
 * conflicts, store the request (or the booking, if the room needs no
 * approval), and offer the nearest free times when the time is taken.
 */
import { randomUUID } from 'node:crypto';
import type { Booking, BookingRequestInput } from '@teilhabe/contract';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { hashSecret, newSecret } from '../../http/auth.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAudit, type AuditActor } from '../../audit/audit-log.js';
import { Conflict, NotFound, RuleViolation } from '../../domain/errors.js';
import type { Tenant } from '../../domain/tenant.js';
import { toZonedIso } from '../../time/zoned.js';
import { feeFor, type RoomDoc, type RoomRow } from '../rooms/mapping.js';
import { busyTimesOf, findSlots } from '../occupancy.js';
import { findRoom, findRooms } from '../rooms/repository.js';
import { blockedBy, nearestFreeIntervals, overlaps, type Interval } from '../rooms/schedule.js';
import { bookingOccurrences, MAX_SERIES_OCCURRENCES } from './occurrences.js';
import { bookingSlots, findBooking, insertBooking, isDoubleBooking, lockRoomBookings, setBookingStatus, type BookingDoc, type BookingRow } from './repository.js';
import { inRoomTurn } from './room-turns.js';
import { checkBookingRules } from './rules.js';

type ValidRequest = Omit<BookingRequestInput, 'excludeDates'> & { excludeDates: string[] };

/** Recorded with the request; not part of what the requester sends. */
export interface RequestOrigin {
  locale: string;
  searchPage?: string;
}

/** The room a request names; an unknown one is the request's `roomId` field at fault. */
export async function requestedRoom(db: Kysely<DatabaseSchema>, tenantId: string, roomId: string): Promise<RoomRow> {
  const room = await findRoom(db, tenantId, roomId);
  if (!room) throw new NotFound('Room not found', { errors: [{ path: 'roomId', code: 'unknown_room', message: `There is no room "${roomId}".` }] });
  return room;
}

/**
 * `withBooking` runs inside the booking's own transaction, after the insert:
 * what must commit together with the booking (its mails, the idempotency
 * record) goes there, so that either all of it exists or none.
 */
export async function requestBooking<T>(
  db: Kysely<DatabaseSchema>,
  tenant: Tenant,
  room: RoomRow,
  input: ValidRequest,
  now: Date,
  origin: RequestOrigin,
  withBooking: (trx: Transaction<DatabaseSchema>, created: { id: string; manageToken: string }) => Promise<T>,
): Promise<{ id: string; manageToken: string; result: T }> {
  const roomDoc = room.doc as RoomDoc;
  const occurrences = bookingOccurrences(
    { start: new Date(input.start), end: new Date(input.end), recurrence: input.recurrence, excludeDates: input.excludeDates },
    tenant.timeZone,
  );
  if (!occurrences) {
    throw new RuleViolation('The series is too long', {
      type: 'booking-rules',
      errors: [{ path: 'recurrence.until', code: 'too_many', message: `A series may have at most ${MAX_SERIES_OCCURRENCES} dates.` }],
    });
  }
  if (occurrences.length === 0) {
    throw new RuleViolation('No date is left', {
      type: 'booking-rules',
      errors: [{ path: 'excludeDates', code: 'all_excluded', message: 'Every date of the series was left out.' }],
    });
  }

  const violations = checkBookingRules(roomDoc, occurrences, input.expectedAttendees, now, tenant.timeZone);
  if (violations.length) {
    throw new RuleViolation('The request breaks a rule of the room', {
      type: 'booking-rules',
      detail: violations[0]!.message,
      errors: violations.map((v) => ({ path: v.field, code: v.rule, message: v.date ? `${v.date}: ${v.message}` : v.message })),
      facts: { violations },
    });
  }

  const manageToken = newSecret('bk');
  const id = randomUUID();
  const doc: BookingDoc = {
    recurrence: input.recurrence ?? null,
    excludeDates: input.excludeDates,
    purpose: input.purpose,
    expectedAttendees: input.expectedAttendees,
    requester: input.requester,
    isPublic: input.isPublic,
    feeEurPerHour: feeFor(roomDoc, input.requester.applicantKind),
    locale: origin.locale,
    ...(origin.searchPage ? { searchPage: origin.searchPage } : {}),
  };
  try {
    const outcome = await inRoomTurn(db, `${tenant.id}:${room.id}`, async () => {
      // Checked at the start of the turn, so that whoever waited behind the winner is answered by one query, without a transaction.
      const taken = await takenOccurrences(db, tenant.id, room, occurrences);
      if (taken.length) return { kind: 'taken' as const, taken };
      const result = await inTransaction(db, async (trx) => {
        await lockRoomBookings(trx, tenant.id, room.id);
        await insertBooking(trx, {
          id,
          tenantId: tenant.id,
          roomId: room.id,
          status: roomDoc.bookingPolicy.needsApproval ? 'requested' : 'confirmed',
          occurrences,
          bufferMinutes: roomDoc.bookingPolicy.bufferMinutes,
          doc,
          manageTokenHash: hashSecret(manageToken),
        });
        return withBooking(trx, { id, manageToken });
      });
      return { kind: 'booked' as const, result };
    });
    // The alternatives are looked up after the turn: the next in line need not wait for them.
    if (outcome.kind === 'taken') throw await conflictOf(db, tenant, room, occurrences, outcome.taken, now);
    return { id, manageToken, result: outcome.result };
  } catch (error) {
    // Someone was faster between our check and the insert; the database said no.
    if (isDoubleBooking(error)) await rejectConflicts(db, tenant, room, occurrences, now, { certain: true });
    throw error;
  }
}

/** Throws a conflict naming the taken dates and the nearest free alternatives, if any occurrence is taken. */
export async function rejectConflicts(
  db: Kysely<DatabaseSchema>,
  tenant: Tenant,
  room: RoomRow,
  occurrences: readonly Interval[],
  now: Date,
  options: { certain?: boolean; excludeBookingId?: string } = {},
) {
  const taken = await takenOccurrences(db, tenant.id, room, occurrences, options.excludeBookingId);
  if (taken.length === 0 && !options.certain) return;
  throw await conflictOf(db, tenant, room, occurrences, taken, now);
}

/** The occurrences whose time (with the room's buffer) meets a confirmed booking of the room. */
async function takenOccurrences(db: Kysely<DatabaseSchema>, tenantId: string, room: RoomRow, occurrences: readonly Interval[], excludeBookingId?: string): Promise<Interval[]> {
  const { bufferMinutes } = (room.doc as RoomDoc).bookingPolicy;
  const first = occurrences[0]!;
  const horizon = new Date(occurrences[occurrences.length - 1]!.end.getTime() + 15 * 86_400_000);
  const slots = (await findSlots(db, tenantId, [room.id], new Date(first.start.getTime() - 86_400_000), horizon, ['confirmed'])).filter((slot) => slot.booking_id !== excludeBookingId);
  const busy = slots.map((slot) => ({ start: slot.blocked_start, end: slot.blocked_end }));
  return occurrences.filter((occurrence) => busy.some((blocked) => overlaps(blocked, blockedBy(occurrence, bufferMinutes))));
}

/** The conflict answer: the taken dates (all of them when the database refused without naming one) and the nearest free alternatives. */
async function conflictOf(db: Kysely<DatabaseSchema>, tenant: Tenant, room: RoomRow, occurrences: readonly Interval[], taken: readonly Interval[], now: Date): Promise<Conflict> {
  const conflicts = taken.length ? taken : [...occurrences];
  const alternatives = await sharedAlternatives(db, tenant, room, conflicts[0]!, now);
  return new Conflict('The room is already booked at that time', {
    type: 'booking-conflict',
    detail:
      occurrences.length > 1
        ? `${conflicts.length} of ${occurrences.length} dates are taken. Leave them out (excludeDates) or choose another time.`
        : 'Someone booked this time first. Choose one of the free times nearby or another room.',
    facts: {
      conflicts: conflicts.map((c) => ({ start: toZonedIso(c.start, tenant.timeZone), end: toZonedIso(c.end, tenant.timeZone) })),
      alternatives,
    },
  });
}

type Alternatives = Awaited<ReturnType<typeof findAlternatives>>;
const alternativesInFlight = new WeakMap<Kysely<DatabaseSchema>, Map<string, Promise<Alternatives>>>();

/**
 * When many people race for one slot, every loser asks for the alternatives
 * of the same time at the same moment: they share one computation (only
 * while it runs, so nobody gets an answer older than the race).
 */
function sharedAlternatives(db: Kysely<DatabaseSchema>, tenant: Tenant, room: RoomRow, wanted: Interval, now: Date): Promise<Alternatives> {
  let running = alternativesInFlight.get(db);
  if (!running) alternativesInFlight.set(db, (running = new Map()));
  const key = [tenant.id, room.id, wanted.start.toISOString(), wanted.end.toISOString(), Math.floor(now.getTime() / 60_000)].join('|');
  let shared = running.get(key);
  if (!shared) {
    shared = findAlternatives(db, tenant, room, wanted, now).finally(() => running.delete(key));
    running.set(key, shared);
  }
  return shared;
}

/** Up to three free times in the same room, then the same time in comparable rooms. */
async function findAlternatives(db: Kysely<DatabaseSchema>, tenant: Tenant, room: RoomRow, wanted: Interval, now: Date) {
  const roomDoc = room.doc as RoomDoc;
  const policy = roomDoc.bookingPolicy;
  const notBefore = new Date(now.getTime() + policy.minNoticeHours * 3_600_000);
  const notAfter = new Date(now.getTime() + policy.maxAdvanceDays * 86_400_000);
  const horizon = { from: new Date(wanted.start.getTime() - 86_400_000), to: new Date(wanted.end.getTime() + 16 * 86_400_000) };

  const candidates = [room, ...(await findRooms(db, tenant.id, { minCapacity: Math.max(1, Math.floor(roomDoc.capacity / 2)) })).filter((r) => r.id !== room.id)];
  const slots = await findSlots(db, tenant.id, candidates.map((r) => r.id), horizon.from, horizon.to, ['confirmed']);
  const busyOf = (roomId: string) => busyTimesOf(slots, roomId);

  const sameRoom = nearestFreeIntervals(roomDoc, wanted, busyOf(room.id), tenant.timeZone, { max: 3, notBefore, notAfter }).map((interval) => ({ room, interval }));
  const otherRooms = candidates
    .slice(1)
    .flatMap((other) =>
      nearestFreeIntervals(other.doc as RoomDoc, wanted, busyOf(other.id), tenant.timeZone, { max: 1, notBefore, notAfter })
        .filter((interval) => interval.start.getTime() === wanted.start.getTime())
        .map((interval) => ({ room: other, interval })),
    )
    .slice(0, 3);
  return [...sameRoom, ...otherRooms].map(({ room: r, interval }) => ({
    roomId: r.id,
    roomName: (r.doc as RoomDoc).name,
    start: toZonedIso(interval.start, tenant.timeZone),
    end: toZonedIso(interval.end, tenant.timeZone),
  }));
}

export async function toBooking(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, row: BookingRow, room: RoomRow, timeZone: string): Promise<Booking> {
  const roomDoc = room.doc as RoomDoc;
  const venue = room.venue_doc as { name: string };
  const slots = await bookingSlots(db, row.id);
  const first = slots[0];
  return {
    id: row.id,
    roomId: row.room_id,
    roomName: roomDoc.name,
    venueName: venue.name,
    status: row.status,
    start: toZonedIso(first?.start ?? row.starts_at, timeZone),
    end: toZonedIso(first?.end ?? row.ends_at, timeZone),
    recurrence: row.doc.recurrence,
    occurrences: slots.map((slot) => ({ start: toZonedIso(slot.start, timeZone), end: toZonedIso(slot.end, timeZone), status: slot.status })),
    purpose: row.doc.purpose,
    expectedAttendees: row.doc.expectedAttendees,
    requester: row.doc.requester,
    isPublic: row.doc.isPublic,
    createdAt: new Date(row.created_at).toISOString(),
    feeEurPerHour: row.doc.feeEurPerHour,
    decisionReason: row.doc.decisionReason ?? null,
  };
}

/** Requested or confirmed: a booking that can still be cancelled. */
export const isLive = (row: BookingRow) => row.status === 'requested' || row.status === 'confirmed';

/**
 * Cancels a live booking with its audit row and what `afterCancel` adds (the
 * confirmation mail) in one transaction. False when it was not live, or
 * another cancel came first: the row is locked and read again, so of two
 * cancels at once only one cancels and mails.
 */
export async function cancelLiveBooking(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  actor: AuditActor,
  bookingId: string,
  afterCancel: (trx: Transaction<DatabaseSchema>) => Promise<unknown>,
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const current = await findBooking(trx, tenantId, bookingId, { forUpdate: true });
    if (!current || !isLive(current)) return false;
    await setBookingStatus(trx, bookingId, 'cancelled');
    await recordAudit(trx, tenantId, actor, { recordType: 'booking', recordId: bookingId, operation: 'cancel', before: { status: current.status }, after: { status: 'cancelled' } });
    await afterCancel(trx);
    return true;
  });
}
