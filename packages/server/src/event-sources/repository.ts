/**
 * Event sources as stored, and the claim that makes one sync of a source run
 * at a time: a conditional update that only one caller can win until the
 * claim is released or runs out, whichever process or database connection
 * the callers use.
 */
import type { EventSource, EventSourceInput, EventSourceReference, EventSyncReport } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

export interface EventSourceRow {
  tenant_id: string;
  id: string;
  name: string;
  url: string;
  organizer_id: string;
  format: string;
  topics: string[];
  interval_minutes: number;
  last_attempt_at: Date | null;
  last_synced_at: Date | null;
  last_error: string | null;
  last_report: EventSyncReport | null;
}

/** Long enough for a slow feed and a big transaction; a crashed sync frees its source after it. */
export const CLAIM_MS = 10 * 60_000;

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export function toEventSource(row: EventSourceRow): EventSource {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    organizerId: row.organizer_id,
    format: row.format,
    topics: row.topics,
    intervalMinutes: row.interval_minutes,
    lastAttemptAt: iso(row.last_attempt_at),
    lastSyncedAt: iso(row.last_synced_at),
    lastError: row.last_error,
    lastReport: row.last_report,
  };
}

const COLUMNS = sql`tenant_id, id, name, url, organizer_id, format, topics, interval_minutes, last_attempt_at, last_synced_at, last_error, last_report`;

export async function listEventSources(db: Kysely<DatabaseSchema>, tenantId: string): Promise<EventSourceRow[]> {
  const { rows } = await sql<EventSourceRow>`SELECT ${COLUMNS} FROM event_sources WHERE tenant_id = ${tenantId} ORDER BY name, id`.execute(db);
  return rows;
}

export async function findEventSource(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<EventSourceRow | undefined> {
  const { rows } = await sql<EventSourceRow>`SELECT ${COLUMNS} FROM event_sources WHERE tenant_id = ${tenantId} AND id = ${id}`.execute(db);
  return rows[0];
}

/** Creates or replaces a source; a changed URL or interval makes it due at once. */
export async function saveEventSource(db: Kysely<DatabaseSchema>, tenantId: string, id: string, input: EventSourceInput): Promise<EventSourceRow> {
  const { rows } = await sql<EventSourceRow>`
    INSERT INTO event_sources AS s (tenant_id, id, name, url, organizer_id, format, topics, interval_minutes)
    VALUES (${tenantId}, ${id}, ${input.name}, ${input.url}, ${input.organizerId}, ${input.format}, ${sql.val(input.topics)}::text[], ${input.intervalMinutes})
    ON CONFLICT (tenant_id, id) DO UPDATE SET
      name = EXCLUDED.name, url = EXCLUDED.url, organizer_id = EXCLUDED.organizer_id, format = EXCLUDED.format,
      topics = EXCLUDED.topics, interval_minutes = EXCLUDED.interval_minutes,
      last_attempt_at = CASE WHEN s.url = EXCLUDED.url AND s.interval_minutes = EXCLUDED.interval_minutes THEN s.last_attempt_at END
    RETURNING ${COLUMNS}`.execute(db);
  return rows[0]!;
}

export async function moveSourceEvents(db: Kysely<DatabaseSchema>, tenantId: string, fromUrl: string, toUrl: string): Promise<void> {
  await sql`UPDATE events SET source_url = ${toUrl} WHERE tenant_id = ${tenantId} AND source_url = ${fromUrl}`.execute(db);
}

/** The source goes; its events stay, no longer marked as imported. */
export async function deleteEventSource(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<boolean> {
  const { rows } = await sql<{ url: string }>`DELETE FROM event_sources WHERE tenant_id = ${tenantId} AND id = ${id} RETURNING url`.execute(db);
  if (!rows[0]) return false;
  await sql`UPDATE events SET source_url = NULL, source_uid = NULL, source_hash = NULL WHERE tenant_id = ${tenantId} AND source_url = ${rows[0].url}`.execute(db);
  return true;
}

/** The sources whose interval has passed since their last attempt and that nobody syncs right now, oldest first. */
export async function dueEventSources(db: Kysely<DatabaseSchema>, now: Date): Promise<Array<{ tenant_id: string; id: string }>> {
  const { rows } = await sql<{ tenant_id: string; id: string }>`
    SELECT tenant_id, id FROM event_sources
    WHERE (claimed_until IS NULL OR claimed_until <= ${now})
      AND (last_attempt_at IS NULL OR last_attempt_at + make_interval(mins => interval_minutes) <= ${now})
    ORDER BY last_attempt_at NULLS FIRST`.execute(db);
  return rows;
}

/**
 * Claims a source for one sync; undefined when another caller holds it (or,
 * with `onlyIfDue`, when its turn has not come, e.g. another process just did it).
 */
export async function claimEventSource(db: Kysely<DatabaseSchema>, tenantId: string, id: string, now: Date, options: { onlyIfDue: boolean }): Promise<EventSourceRow | undefined> {
  const { rows } = await sql<EventSourceRow>`
    UPDATE event_sources SET claimed_until = ${new Date(now.getTime() + CLAIM_MS)}, last_attempt_at = ${now}
    WHERE tenant_id = ${tenantId} AND id = ${id}
      AND (claimed_until IS NULL OR claimed_until <= ${now})
      ${options.onlyIfDue ? sql`AND (last_attempt_at IS NULL OR last_attempt_at + make_interval(mins => interval_minutes) <= ${now})` : sql``}
    RETURNING ${COLUMNS}`.execute(db);
  return rows[0];
}

export async function releaseEventSource(db: Kysely<DatabaseSchema>, tenantId: string, id: string, outcome: { syncedAt: Date; report: EventSyncReport } | { error: string }): Promise<EventSourceRow | undefined> {
  const { rows } =
    'error' in outcome
      ? await sql<EventSourceRow>`UPDATE event_sources SET claimed_until = NULL, last_error = ${outcome.error.slice(0, 2000)}
          WHERE tenant_id = ${tenantId} AND id = ${id} RETURNING ${COLUMNS}`.execute(db)
      : await sql<EventSourceRow>`UPDATE event_sources SET claimed_until = NULL, last_error = NULL, last_synced_at = ${outcome.syncedAt}, last_report = ${JSON.stringify(outcome.report)}::jsonb
          WHERE tenant_id = ${tenantId} AND id = ${id} RETURNING ${COLUMNS}`.execute(db);
  return rows[0];
}

/** Where an event comes from: its source, or the bare URL or file of a one-off import; null for an event entered by hand. */
export async function sourceOfEvent(db: Kysely<DatabaseSchema>, tenantId: string, eventId: string): Promise<EventSourceReference | null> {
  const { rows } = await sql<{ source_url: string | null; id: string | null; name: string | null; last_synced_at: Date | null }>`
    SELECT e.source_url, s.id, s.name, s.last_synced_at
    FROM events e LEFT JOIN event_sources s ON s.tenant_id = e.tenant_id AND s.url = e.source_url
    WHERE e.tenant_id = ${tenantId} AND e.id = ${eventId}`.execute(db);
  const row = rows[0];
  if (!row?.source_url) return null;
  return { id: row.id, name: row.name ?? row.source_url, url: row.source_url, lastSyncedAt: iso(row.last_synced_at) };
}
