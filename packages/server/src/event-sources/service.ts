/** The rules of adding a source: its organiser, format and topics exist, and no other source reads the same feed. */
import type { EventSourceInput } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { Conflict, Invalid, type FieldError } from '../domain/errors.js';
import { inTransaction } from '../db/transaction.js';
import { findEventSource, moveSourceEvents, saveEventSource, type EventSourceRow } from './repository.js';

async function unknownReferences(db: Kysely<DatabaseSchema>, tenantId: string, input: EventSourceInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const organizer = await db.selectFrom('organizations').select('id').where('tenant_id', '=', tenantId).where('id', '=', input.organizerId).executeTakeFirst();
  if (!organizer) errors.push({ path: 'organizerId', code: 'unknown_reference', message: `Es gibt keine Organisation „${input.organizerId}“.` });
  const terms = async (taxonomy: string, codes: string[]) =>
    codes.length ? (await db.selectFrom('taxonomy_terms').select('code').where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).where('code', 'in', codes).execute()).map((row) => row.code) : [];
  if (!(await terms('event-formats', [input.format])).includes(input.format)) errors.push({ path: 'format', code: 'unknown_code', message: `„${input.format}“ gibt es in /taxonomies/event-formats nicht.` });
  const topics = await terms('topics', input.topics);
  input.topics.forEach((topic, index) => {
    if (!topics.includes(topic)) errors.push({ path: `topics.${index}`, code: 'unknown_code', message: `„${topic}“ gibt es in /taxonomies/topics nicht.` });
  });
  return errors;
}

export async function saveCheckedEventSource(db: Kysely<DatabaseSchema>, tenantId: string, id: string, input: EventSourceInput): Promise<EventSourceRow> {
  const errors = await unknownReferences(db, tenantId, input);
  if (errors.length) throw new Invalid('The event source refers to what does not exist', errors);
  const { rows } = await sql<{ id: string }>`SELECT id FROM event_sources WHERE tenant_id = ${tenantId} AND url = ${input.url}`.execute(db);
  const sameFeed = rows[0];
  if (sameFeed && sameFeed.id !== id) throw new Conflict('Another source reads this calendar', { type: 'event-source-exists', detail: `Die Quelle „${sameFeed.id}“ liest diesen Kalender schon.` });
  return inTransaction(db, async (trx) => {
    const before = await findEventSource(trx, tenantId, id);
    const saved = await saveEventSource(trx, tenantId, id, input);
    // A calendar that moved keeps its events: the next sync finds them by UID under the new address.
    if (before && before.url !== input.url) await moveSourceEvents(trx, tenantId, before.url, input.url);
    return saved;
  });
}
