/** What a stored organisation must satisfy beyond its schema: its codes exist, its umbrellas exist and are not itself. */
import type { OrganizationRecord } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { Invalid, idMismatch, type FieldError } from '../../domain/errors.js';
import { unknownCodeErrors } from '../taxonomies/repository.js';
import { existingOrganizationIds } from './repository.js';

export async function checkOrganization(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, record: OrganizationRecord) {
  const errors: FieldError[] = [];
  if (record.id !== pathId) errors.push(idMismatch(pathId));
  errors.push(
    ...(await unknownCodeErrors(db, tenantId, [
      { path: 'types', taxonomy: 'organization-types', codes: record.types },
      { path: 'topics', taxonomy: 'topics', codes: record.topics },
      { path: 'areas', taxonomy: 'areas', codes: record.areas },
      { path: 'offers', taxonomy: 'offers', codes: record.offers },
    ])),
  );
  const umbrellas = await existingOrganizationIds(db, tenantId, record.umbrellaIds);
  record.umbrellaIds.forEach((umbrellaId, index) => {
    if (umbrellaId === pathId) errors.push({ path: `umbrellaIds.${index}`, code: 'self_reference', message: 'An organisation cannot be its own umbrella.' });
    else if (!umbrellas.has(umbrellaId)) errors.push({ path: `umbrellaIds.${index}`, code: 'unknown_organization', message: `There is no organisation "${umbrellaId}".` });
  });
  if (errors.length) throw new Invalid('The organisation is invalid', errors);
}
