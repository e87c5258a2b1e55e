/** SQL for events: writes, the window query with filters, and name lookups. */
import type { Address, EventRecord } from '@teilhabe/contract';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { overlaps, textMatch } from '../search.js';
import { seriesEnd, type Schedule } from './recurrence.js';

/** What `doc` holds: the validated input without its id. */
export type EventDoc = Omit<EventRecord, 'id'>;

export interface EventRow {
  id: string;
  doc: EventDoc;
  updated_at: Date;
  /** The tenant's zone, which the event's wall times and series are in. */
  time_zone: string;
}

export interface EventFilters {
  topic?: string[] | undefined;
  language?: string[] | undefined;
  /** Organisation ids; `office` stands for events of a municipal office. */
  organizer?: string[] | undefined;
  area?: string[] | undefined;
  format?: string[] | undefined;
  free?: boolean | undefined;
  q?: string | undefined;
}

export const OFFICE_ORGANIZER = 'office';

export function scheduleOf(doc: Pick<EventRecord, 'start' | 'end' | 'allDay' | 'recurrence'>, timeZone: string): Schedule {
  return { start: new Date(doc.start), end: new Date(doc.end), allDay: doc.allDay, recurrence: doc.recurrence, timeZone };
}

/** The zone a tenant's events are in. */
export async function eventTimeZone(db: Kysely<DatabaseSchema>, tenantId: string): Promise<string> {
  const tenant = await db.selectFrom('tenants').select('time_zone').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return tenant.time_zone;
}

/**
 * Creates or replaces an event. `series_ends_at` (end of the last occurrence,
 * NULL for a series without end) lets the window query prefilter in SQL. The
 * `areas` column also holds the area of the event's address or room, so that
 * the area filter finds an event by where it takes place.
 * Throws a RecurrenceError for a rule that cannot be expanded.
 */
export async function saveEvent(db: Kysely<DatabaseSchema>, tenantId: string, record: EventRecord, updatedAt = new Date()): Promise<void> {
  const { id, ...doc } = record;
  const schedule = scheduleOf(record, await eventTimeZone(db, tenantId));
  const areas = new Set(record.areas);
  if (record.location.address?.area) areas.add(record.location.address.area);
  if (record.location.roomId) {
    const venue = await db
      .selectFrom('rooms as r')
      .innerJoin('venues as v', (join) => join.onRef('v.tenant_id', '=', 'r.tenant_id').onRef('v.id', '=', 'r.venue_id'))
      .select('v.area')
      .where('r.tenant_id', '=', tenantId)
      .where('r.id', '=', record.location.roomId)
      .executeTakeFirst();
    if (venue?.area) areas.add(venue.area);
  }
  const values = {
    doc: JSON.stringify(doc),
    starts_at: schedule.start,
    series_ends_at: seriesEnd(schedule),
    format: record.format,
    topics: record.topics,
    languages: record.languages,
    areas: [...areas],
    organizer_ids: record.organizers.flatMap((organizer) => (organizer.kind === 'organization' ? [organizer.id] : [])),
    is_free: record.price.free,
    updated_at: updatedAt,
  };
  await db
    .insertInto('events')
    .values({ tenant_id: tenantId, id, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet(values))
    .execute();
}

export async function deleteEvent(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('events').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function findEvent(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<EventRow | undefined> {
  const row = await db
    .selectFrom('events as e')
    .innerJoin('tenants as t', 't.id', 'e.tenant_id')
    .select(['e.id', 'e.doc', 'e.updated_at', 't.time_zone'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.id', '=', id)
    .executeTakeFirst();
  return row as EventRow | undefined;
}

function filterConditions(tenantId: string, filters: EventFilters): RawBuilder<boolean>[] {
  const list: RawBuilder<boolean>[] = [sql<boolean>`tenant_id = ${tenantId}`];
  if (filters.topic?.length) list.push(overlaps('topics', filters.topic));
  if (filters.language?.length) list.push(overlaps('languages', filters.language));
  if (filters.area?.length) list.push(overlaps('areas', filters.area));
  if (filters.format?.length) list.push(sql<boolean>`format = ANY(${sql.val([...filters.format])}::text[])`);
  if (filters.free !== undefined) list.push(sql<boolean>`is_free = ${filters.free}`);
  if (filters.organizer?.length) {
    const ids = filters.organizer.filter((value) => value !== OFFICE_ORGANIZER);
    const either: RawBuilder<boolean>[] = [];
    if (ids.length) either.push(overlaps('organizer_ids', ids));
    if (filters.organizer.includes(OFFICE_ORGANIZER)) either.push(sql<boolean>`doc->'organizers' @> '[{"kind":"office"}]'::jsonb`);
    list.push(sql<boolean>`(${sql.join(either, sql` OR `)})`);
  }
  const match = filters.q ? textMatch(filters.q) : null;
  if (match) list.push(match);
  return list;
}

function windowConditions(tenantId: string, filters: EventFilters, from: Date, to: Date): RawBuilder<boolean>[] {
  return [
    ...filterConditions(tenantId, filters),
    sql<boolean>`starts_at < ${to.toISOString()}::timestamptz`,
    sql<boolean>`(series_ends_at IS NULL OR series_ends_at >= ${from.toISOString()}::timestamptz)`,
  ];
}

/** The tenant's zone beside each event row: its wall times and series are in it. */
const TENANT_TIME_ZONE = sql`(SELECT time_zone FROM tenants WHERE tenants.id = events.tenant_id) AS time_zone`;

/**
 * Events that match the filters and may have an occurrence in [from, to):
 * starting before `to`, and not ended before `from`. The exact occurrences
 * are computed by the caller.
 */
export async function findEventsInWindow(db: Kysely<DatabaseSchema>, tenantId: string, filters: EventFilters, from: Date, to: Date): Promise<EventRow[]> {
  const result = await sql<EventRow>`
    SELECT id, doc, updated_at, ${TENANT_TIME_ZONE} FROM events
    WHERE ${sql.join(windowConditions(tenantId, filters, from, to), sql` AND `)}
    ORDER BY starts_at, id`.execute(db);
  return result.rows;
}

/** The part of an event its dates are computed from. */
export type ScheduleDoc = Pick<EventDoc, 'start' | 'end' | 'allDay' | 'recurrence'>;

export interface ScheduleRow {
  id: string;
  doc: ScheduleDoc;
  time_zone: string;
}

/**
 * Like findEventsInWindow, but only the schedule of each candidate: the list
 * expands every candidate to count and order its dates, and needs the whole
 * record only for the page (findEventsByIds). Reading and parsing every
 * candidate's full document was most of the window's SQL time.
 */
export async function findSchedulesInWindow(db: Kysely<DatabaseSchema>, tenantId: string, filters: EventFilters, from: Date, to: Date): Promise<ScheduleRow[]> {
  const result = await sql<ScheduleRow>`
    SELECT id,
      jsonb_build_object('start', doc->'start', 'end', doc->'end', 'allDay', doc->'allDay', 'recurrence', doc->'recurrence') AS doc,
      ${TENANT_TIME_ZONE}
    FROM events
    WHERE ${sql.join(windowConditions(tenantId, filters, from, to), sql` AND `)}
    ORDER BY starts_at, id`.execute(db);
  return result.rows;
}

/** Whole events by id, in no particular order; ids not (or no longer) there are left out. */
export async function findEventsByIds(db: Kysely<DatabaseSchema>, tenantId: string, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  const result = await sql<EventRow>`
    SELECT id, doc, updated_at, ${TENANT_TIME_ZONE} FROM events
    WHERE tenant_id = ${tenantId} AND id = ANY(${sql.val([...ids])}::text[])`.execute(db);
  return result.rows;
}

export async function existingRoomIds(db: Kysely<DatabaseSchema>, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.selectFrom('rooms').select('id').where('tenant_id', '=', tenantId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((row) => row.id));
}

export interface RoomPlace {
  roomName: string;
  venueName: string;
  address: Address | undefined;
}

/** Names the public sees for the organisers and rooms of some events. */
export interface EventLookups {
  organizationNames: Map<string, string>;
  rooms: Map<string, RoomPlace>;
}

export async function loadEventLookups(db: Kysely<DatabaseSchema>, tenantId: string, docs: readonly EventDoc[]): Promise<EventLookups> {
  const organizationIds = [...new Set(docs.flatMap((doc) => doc.organizers.flatMap((o) => (o.kind === 'organization' ? [o.id] : []))))];
  const roomIds = [...new Set(docs.flatMap((doc) => (doc.location.roomId ? [doc.location.roomId] : [])))];
  const [organizations, rooms] = await Promise.all([
    organizationIds.length
      ? db.selectFrom('organizations').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', 'in', organizationIds).execute()
      : Promise.resolve([]),
    roomIds.length
      ? sql<{ id: string; room_name: string | null; venue_name: string | null; address: Address | null }>`
          SELECT r.id, r.doc->>'name' AS room_name, v.doc->>'name' AS venue_name, v.doc->'address' AS address
          FROM rooms r JOIN venues v ON v.tenant_id = r.tenant_id AND v.id = r.venue_id
          WHERE r.tenant_id = ${tenantId} AND r.id = ANY(${sql.val(roomIds)}::text[])`
          .execute(db)
          .then((result) => result.rows)
      : Promise.resolve([]),
  ]);
  return {
    organizationNames: new Map(organizations.map((row) => [row.id, row.name])),
    rooms: new Map(
      rooms.map((row) => [row.id, { roomName: row.room_name ?? row.id, venueName: row.venue_name ?? '', address: row.address ?? undefined }]),
    ),
  };
}
