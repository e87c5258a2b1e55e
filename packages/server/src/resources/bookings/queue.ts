/**
 * The office's booking queue: filtered and sorted bookings with the
 * requester's contact (here and only here), and for each the other live
 * requests and bookings of the same room at the same time, so that the office
 * sees at once who competes for a Saturday.
 */
import type { BookingStatus, StaffBooking } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { Tenant } from '../../domain/tenant.js';
import { toZonedIso } from '../../time/zoned.js';
import type { RoomRow } from '../rooms/mapping.js';
import { findRooms } from '../rooms/repository.js';
import type { BookingDoc, BookingRow } from './repository.js';
import { toBooking } from './service.js';

export interface QueueQuery {
  status?: BookingStatus[];
  room?: string;
  venue?: string;
  from?: string;
  to?: string;
  q?: string;
  sort: 'start' | 'arrival';
  limit: number;
  offset: number;
}

const DAY_MS = 86_400_000;

export async function listBookingQueue(db: Kysely<DatabaseSchema>, tenant: Tenant, query: QueueQuery, now: Date) {
  let select = db
    .selectFrom('bookings as b')
    .innerJoin('rooms as r', (join) => join.onRef('r.tenant_id', '=', 'b.tenant_id').onRef('r.id', '=', 'b.room_id'))
    .where('b.tenant_id', '=', tenant.id)
    .where('b.status', 'in', query.status?.length ? query.status : ['requested']);
  if (query.room) select = select.where('b.room_id', '=', query.room);
  if (query.venue) select = select.where('r.venue_id', '=', query.venue);
  if (query.from) select = select.where('b.ends_at', '>', new Date(query.from));
  if (query.to) select = select.where('b.starts_at', '<', new Date(query.to));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where(
      sql<boolean>`(b.doc->'requester'->>'name' ILIKE ${pattern} OR b.doc->'requester'->>'email' ILIKE ${pattern} OR b.doc->'requester'->>'organizationName' ILIKE ${pattern} OR b.doc->>'purpose' ILIKE ${pattern})`,
    );
  }
  const [{ total }] = (await select.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [{ total: number }];
  const rows = (await select
    .select(['b.id', 'b.room_id', 'b.status', 'b.starts_at', 'b.ends_at', 'b.doc', 'b.manage_token_hash', 'b.created_at'])
    .orderBy(query.sort === 'arrival' ? 'b.created_at' : 'b.starts_at')
    .orderBy('b.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute()) as BookingRow[];

  const rooms = new Map((await findRooms(db, tenant.id, { ids: [...new Set(rows.map((row) => row.room_id))] })).map((room) => [room.id, room]));
  const overlaps = await overlapsOf(db, tenant, rows.map((row) => row.id));
  const data = await Promise.all(rows.map((row) => toStaffBooking(db, tenant, row, rooms.get(row.room_id)!, overlaps.get(row.id) ?? [], now)));
  return { data, total: Number(total) };
}

export async function toStaffBooking(db: Kysely<DatabaseSchema>, tenant: Tenant, row: BookingRow, room: RoomRow, overlaps: StaffBooking['overlaps'], now: Date): Promise<StaffBooking> {
  const booking = await toBooking(db, row, room, tenant.timeZone);
  return {
    ...booking,
    venueId: room.venue_id,
    locale: row.doc.locale ?? null,
    officeNote: row.doc.officeNote ?? null,
    overlaps,
    waitingDays: row.status === 'requested' ? Math.floor((now.getTime() - new Date(row.created_at).getTime()) / DAY_MS) : null,
  };
}

/** For each booking, the other live bookings of its room whose blocked time meets one of its dates. */
export async function overlapsOf(db: Kysely<DatabaseSchema>, tenant: Tenant, bookingIds: string[]) {
  const result = new Map<string, StaffBooking['overlaps']>();
  if (!bookingIds.length) return result;
  const rows = await sql<{ booking_id: string; other_id: string; status: BookingStatus; start: Date; end: Date; doc: BookingDoc }>`
    SELECT DISTINCT mine.booking_id, other.booking_id AS other_id, other.status, lower(other.during) AS start, upper(other.during) AS "end", b.doc
    FROM booking_slots mine
    JOIN booking_slots other ON other.tenant_id = mine.tenant_id AND other.room_id = mine.room_id
      AND other.booking_id <> mine.booking_id AND other.blocked && mine.blocked
    JOIN bookings b ON b.id = other.booking_id
    WHERE mine.tenant_id = ${tenant.id} AND mine.booking_id = ANY(${sql.val(bookingIds)}::uuid[])
      AND mine.status IN ('requested', 'confirmed') AND other.status IN ('requested', 'confirmed')
    ORDER BY start`.execute(db);
  for (const row of rows.rows) {
    const list = result.get(row.booking_id) ?? [];
    list.push({
      bookingId: row.other_id,
      status: row.status,
      start: toZonedIso(row.start, tenant.timeZone),
      end: toZonedIso(row.end, tenant.timeZone),
      requesterName: row.doc.requester?.name ?? null,
      organizationName: row.doc.requester?.organizationName ?? null,
    });
    result.set(row.booking_id, list);
  }
  return result;
}
