/**
 * An imported event is kept in step with its calendar: a change by hand
 * lasts only until the feed changes the event (or drops it). A staff write
 * to such an event is refused unless it says it knows (`Overwrite-Imported: true`).
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { Conflict } from '../domain/errors.js';
import { sourceOfEvent } from './repository.js';

export async function assertEventEditable(db: Kysely<DatabaseSchema>, tenantId: string, eventId: string, overwriteImported: boolean): Promise<void> {
  if (overwriteImported) return;
  const source = await sourceOfEvent(db, tenantId, eventId);
  if (!source) return;
  throw new Conflict('Der Termin kommt aus einem Kalender', {
    type: 'imported-event',
    detail: `Der Termin wird aus „${source.name}“ übernommen. Ändert sich der Termin dort, überschreibt der nächste Abgleich Ihre Änderung; führt der Kalender ihn nicht mehr, wird er entfernt. Ändern Sie ihn besser im Kalender – oder senden Sie „Overwrite-Imported: true“, um ihn hier trotzdem zu ändern.`,
    facts: { source },
  });
}
