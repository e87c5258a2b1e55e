/**
 * Events from a municipal iCalendar feed (URL or file), kept in step by UID:
 * a UID not seen before becomes an event, a changed one is updated, one the
 * feed no longer has is removed — in one transaction with an audit row each.
 * Every imported event carries its source (`source_url`, `source_uid`).
 */
import { createHash } from 'node:crypto';
import { EventInput, type EventRecord } from '@teilhabe/contract';
import ICAL from 'ical.js';
import { sql, type Kysely } from 'kysely';
import { changesBetween, type AuditActor } from '../audit/audit-log.js';
import type { DatabaseSchema } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { saveEvent } from '../resources/events/repository.js';
import { ImportFileError } from './organization-import.js';

export interface CalendarImportRequest {
  tenantId: string;
  /** The feed's URL, or a file's name: what identifies the source of the events. */
  source: string;
  text: string;
  organizerId: string;
  topics: string[];
  format: string;
  actor: AuditActor;
  now: Date;
}

export interface CalendarImportReport {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  errors: Array<{ uid: string; message: string }>;
}

interface FeedEvent {
  uid: string;
  record: EventRecord;
  hash: string;
}

/** The feed's text; a feed that cannot be fetched is the operator's problem (ImportFileError). */
export async function fetchCalendar(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { Accept: 'text/calendar' } }).catch((error: Error) => {
    throw new ImportFileError(`Der Kalender unter ${url} ist nicht erreichbar: ${error.message}`);
  });
  if (!response.ok) throw new ImportFileError(`Der Kalender unter ${url} antwortet ${response.status}.`);
  return response.text();
}

export async function importCalendar(db: Kysely<DatabaseSchema>, request: CalendarImportRequest): Promise<CalendarImportReport> {
  const { events, errors } = feedEvents(request);
  await assertKnownReferences(db, request);
  return inTransaction(db, async (trx) => {
    const stored = await sql<{ id: string; source_uid: string; source_hash: string; doc: Record<string, unknown> }>`
      SELECT id, source_uid, source_hash, doc FROM events WHERE tenant_id = ${request.tenantId} AND source_url = ${request.source}`.execute(trx);
    const byUid = new Map(stored.rows.map((row) => [row.source_uid, row]));
    // An event the feed still has but we could not read stays as it was.
    for (const error of errors) byUid.delete(error.uid);
    const report: CalendarImportReport = { created: 0, updated: 0, removed: 0, unchanged: 0, errors };
    for (const event of events) {
      const before = byUid.get(event.uid);
      byUid.delete(event.uid);
      if (before && before.source_hash === event.hash) {
        report.unchanged++;
        continue;
      }
      const record = before ? { ...event.record, id: before.id } : event.record;
      await saveEvent(trx, request.tenantId, record, request.now);
      await sql`UPDATE events SET source_url = ${request.source}, source_uid = ${event.uid}, source_hash = ${event.hash}
        ${before ? sql`, version = version + 1` : sql``}
        WHERE tenant_id = ${request.tenantId} AND id = ${record.id}`.execute(trx);
      await audit(trx, request, record.id, before ? 'update' : 'create', before ? { id: before.id, ...before.doc } : undefined, record);
      report[before ? 'updated' : 'created']++;
    }
    // Whatever the feed no longer lists was cancelled or moved out of it.
    for (const gone of byUid.values()) {
      await trx.deleteFrom('events').where('tenant_id', '=', request.tenantId).where('id', '=', gone.id).execute();
      await audit(trx, request, gone.id, 'delete', { id: gone.id, ...gone.doc }, undefined);
      report.removed++;
    }
    return report;
  });
}

async function assertKnownReferences(db: Kysely<DatabaseSchema>, request: CalendarImportRequest) {
  const organizer = await db.selectFrom('organizations').select('id').where('tenant_id', '=', request.tenantId).where('id', '=', request.organizerId).executeTakeFirst();
  if (!organizer) throw new ImportFileError(`Es gibt keine Organisation „${request.organizerId}“ als Veranstalter.`);
  const wanted = [{ taxonomy: 'event-formats', codes: [request.format] }, { taxonomy: 'topics', codes: request.topics }];
  for (const { taxonomy, codes } of wanted) {
    if (codes.length === 0) continue;
    const rows = await db.selectFrom('taxonomy_terms').select('code').where('tenant_id', '=', request.tenantId).where('taxonomy', '=', taxonomy).where('code', 'in', codes).execute();
    const missing = codes.filter((code) => !rows.some((row) => row.code === code));
    if (missing.length) throw new ImportFileError(`${missing.map((code) => `„${code}“`).join(', ')} gibt es in /taxonomies/${taxonomy} nicht.`);
  }
}

function audit(db: Kysely<DatabaseSchema>, request: CalendarImportRequest, id: string, operation: string, before: unknown, after: unknown) {
  return db
    .insertInto('audit_log')
    .values({
      tenant_id: request.tenantId,
      actor_kind: request.actor.kind,
      actor_id: request.actor.id,
      actor_name: `${request.actor.name} · Kalender „${request.source}“`,
      record_type: 'event',
      record_id: id,
      operation,
      changes: JSON.stringify(changesBetween(before, after)),
      request_id: request.actor.requestId,
    })
    .execute();
}

function feedEvents(request: CalendarImportRequest): { events: FeedEvent[]; errors: CalendarImportReport['errors'] } {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(request.text));
  } catch {
    throw new ImportFileError(`„${request.source}“ ist kein iCalendar (.ics).`);
  }
  const events: FeedEvent[] = [];
  const errors: CalendarImportReport['errors'] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    // A changed single date of a series (RECURRENCE-ID) is not imported on its own.
    if (!event.uid || component.hasProperty('recurrence-id')) continue;
    const title = (event.summary ?? '').trim() || 'Termin';
    const description = (event.description ?? '').trim();
    const place = (event.location ?? '').trim();
    const text = [description, place ? `Ort: ${place}` : ''].filter(Boolean).join('\n\n') || title;
    const allDay = event.startDate.isDate;
    const start = event.startDate.toJSDate();
    const end = event.endDate ? event.endDate.toJSDate() : start;
    const candidate = {
      id: `kalender-${createHash('sha256').update(`${request.source}\u0000${event.uid}`).digest('hex').slice(0, 16)}`,
      title: { de: title.slice(0, 200) },
      summary: { de: (description || title).slice(0, 280) },
      description: { de: text },
      start: start.toISOString(),
      end: (allDay ? new Date(end.getTime() - 1000) : end).toISOString(),
      allDay,
      location: { kind: 'address' },
      organizers: [{ kind: 'organization', id: request.organizerId }],
      format: request.format,
      topics: request.topics,
      status: component.getFirstPropertyValue('status') === 'CANCELLED' ? 'cancelled' : 'scheduled',
    };
    const parsed = EventInput.safeParse(candidate);
    if (!parsed.success) {
      errors.push({ uid: event.uid, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
      continue;
    }
    const hash = createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex');
    events.push({ uid: event.uid, record: parsed.data, hash });
  }
  return { events, errors };
}
