/** SQL for venues and rooms; their busy times are read in `../occupancy.ts`. */
import type { RoomRecord, VenueInput } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { roomHasBookings } from '../occupancy.js';
import type { RoomRow } from './mapping.js';

/** The busy times live in the shared occupancy module; re-exported for callers that look for them here. */
export { findSlots, type SlotRow } from '../occupancy.js';

export interface RoomFilter {
  minCapacity?: number | undefined;
  equipment?: string[] | undefined;
  accessibility?: string[] | undefined;
  areas?: string[] | undefined;
  ids?: string[] | undefined;
}

export function findRooms(db: Kysely<DatabaseSchema>, tenantId: string, filter: RoomFilter = {}): Promise<RoomRow[]> {
  let query = db
    .selectFrom('rooms as r')
    .innerJoin('venues as v', (join) => join.onRef('v.tenant_id', '=', 'r.tenant_id').onRef('v.id', '=', 'r.venue_id'))
    .select(['r.id', 'r.venue_id', 'r.doc', 'v.doc as venue_doc'])
    .where('r.tenant_id', '=', tenantId);
  if (filter.minCapacity) query = query.where('r.capacity', '>=', filter.minCapacity);
  // Equipment and accessibility features must all be there; areas are alternatives.
  if (filter.equipment?.length) query = query.where(sql<boolean>`r.equipment @> ${sql.val(filter.equipment)}::text[]`);
  if (filter.accessibility?.length) query = query.where(sql<boolean>`r.accessibility @> ${sql.val(filter.accessibility)}::text[]`);
  if (filter.areas?.length) query = query.where('v.area', 'in', filter.areas);
  if (filter.ids) query = query.where('r.id', 'in', filter.ids.length ? filter.ids : ['']);
  return query.orderBy('r.capacity').orderBy('r.id').execute() as Promise<RoomRow[]>;
}

export async function findRoom(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<RoomRow | null> {
  const [row] = await findRooms(db, tenantId, { ids: [id] });
  return row ?? null;
}

export async function saveVenue(db: Kysely<DatabaseSchema>, tenantId: string, venue: VenueInput) {
  const { id, ...doc } = venue;
  const values = { doc: JSON.stringify(doc), area: venue.address.area ?? null };
  await db
    .insertInto('venues')
    .values({ tenant_id: tenantId, id, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet(values))
    .execute();
}

export async function venueExists(db: Kysely<DatabaseSchema>, tenantId: string, id: string) {
  return Boolean(await db.selectFrom('venues').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst());
}

export async function saveRoom(db: Kysely<DatabaseSchema>, tenantId: string, room: RoomRecord, updatedAt = new Date()) {
  const { id, venueId, ...doc } = room;
  const values = {
    venue_id: venueId,
    doc: JSON.stringify(doc),
    capacity: room.capacity,
    equipment: room.equipment,
    accessibility: room.accessibility,
    updated_at: updatedAt,
  };
  await db
    .insertInto('rooms')
    .values({ tenant_id: tenantId, id, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet(values))
    .execute();
}

/** `missing` when the room does not exist; a room that bookings refer to stays (`has-bookings`). */
export async function deleteRoom(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<'deleted' | 'missing' | 'has-bookings'> {
  if (await roomHasBookings(db, tenantId, id)) return 'has-bookings';
  const result = await db.deleteFrom('rooms').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n ? 'deleted' : 'missing';
}
