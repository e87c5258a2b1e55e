/** Checks of an event write beyond its schema: references, taxonomy codes, location and recurrence. */
import type { EventRecord } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { RuleViolation, idMismatch, type FieldError } from '../../domain/errors.js';
import { existingOrganizationIds } from '../organizations/repository.js';
import { unknownCodeErrors } from '../taxonomies/repository.js';
import { MAX_STARTS_PER_DAY, RecurrenceError, validateSchedule } from './recurrence.js';
import { eventTimeZone, existingRoomIds, scheduleOf } from './repository.js';

export async function eventErrors(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, record: EventRecord): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (record.id !== pathId) errors.push(idMismatch(pathId));

  errors.push(
    ...(await unknownCodeErrors(db, tenantId, [
      { path: 'format', taxonomy: 'event-formats', codes: [record.format] },
      { path: 'topics', taxonomy: 'topics', codes: record.topics },
      { path: 'areas', taxonomy: 'areas', codes: record.areas },
      { path: 'location.address.area', taxonomy: 'areas', codes: record.location.address?.area ? [record.location.address.area] : [] },
    ])).map((error) =>
      // A single code is reported at its field, not at `format.0`.
      error.path === 'format.0' || error.path === 'location.address.area.0' ? { ...error, path: error.path.slice(0, -2) } : error,
    ),
  );

  const organizationIds = record.organizers.flatMap((o) => (o.kind === 'organization' ? [o.id] : []));
  const known = await existingOrganizationIds(db, tenantId, organizationIds);
  record.organizers.forEach((organizer, index) => {
    if (organizer.kind === 'organization' && !known.has(organizer.id)) {
      errors.push({ path: `organizers.${index}.id`, code: 'unknown_organization', message: `There is no organisation "${organizer.id}".` });
    }
  });

  const { kind, roomId, address, onlineUrl } = record.location;
  if (roomId && !(await existingRoomIds(db, tenantId, [roomId])).has(roomId)) {
    errors.push({ path: 'location.roomId', code: 'unknown_room', message: `There is no room "${roomId}".` });
  }
  const need = (path: string, message: string) => errors.push({ path, code: 'required', message });
  if (kind === 'room' && !roomId) need('location.roomId', 'An event in a room needs `roomId`.');
  if (kind === 'address' && !address) need('location.address', 'An event at an address needs `address`.');
  if ((kind === 'online' || kind === 'hybrid') && !onlineUrl) need('location.onlineUrl', 'An online or hybrid event needs `onlineUrl`.');
  if (kind === 'hybrid' && !roomId && !address) need('location.address', 'A hybrid event needs a `roomId` or an `address` as well.');

  try {
    validateSchedule(scheduleOf(record, await eventTimeZone(db, tenantId)));
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    if (error.code === 'too_complex') {
      throw new RuleViolation('The recurrence rule is too complex', {
        type: 'rule-too-complex',
        detail: error.message,
        facts: { maxStartsPerDay: MAX_STARTS_PER_DAY },
        errors: [{ path: 'recurrence.rrule', code: error.code, message: error.message }],
      });
    }
    errors.push({ path: 'recurrence.rrule', code: error.code, message: error.message });
  }
  return errors;
}
