/**
 * "Confirm unchanged": the office has checked a record and it is still right.
 * Sets `verifiedAt` to now without touching anything else, raises the version
 * and leaves an audit row, for every collection (only organisations carry
 * `verifiedAt` in their input, so a PUT could not do it for the others).
 */
import { z } from '@hono/zod-openapi';
import { staffRoute } from './access.js';
import { Problem, Slug, TenantParam } from './common.js';
import { StoredRecord, VersionConflictProblem, type RecordCollection } from './office.js';
import { COLLECTION_ROLES } from './office-routes.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

function confirmationRoute(collection: RecordCollection, operationName: string) {
  return staffRoute([COLLECTION_ROLES[collection]], {
    operationId: `confirm${operationName}Unchanged`,
    tags: ['Records'],
    method: 'post',
    path: `/v1/{tenant}/records/${collection}/{id}/confirmation`,
    summary: 'Confirm the record is still right: sets `verifiedAt` to now, audited',
    description: 'Send the `ETag` of the staff read as `If-Match` to confirm exactly what you saw; a record changed meanwhile is a 412.',
    request: {
      params: TenantParam.extend({ id: Slug.openapi({ param: { name: 'id', in: 'path' } }) }),
      headers: z.object({ 'if-match': z.string().max(100).optional().openapi({ description: 'The `ETag` of the staff read (`"<version>"`).' }) }),
    },
    responses: {
      200: { description: 'The record as stored now, with its new version', content: { 'application/json': { schema: StoredRecord } } },
      400: problem('The If-Match header is malformed.'),
      404: problem('No such tenant or record.'),
      412: {
        description: 'Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now.',
        content: { 'application/problem+json': { schema: VersionConflictProblem } },
      },
    },
  });
}

export const recordConfirmationRoutesByCollection = {
  organizations: confirmationRoute('organizations', 'Organization'),
  venues: confirmationRoute('venues', 'Venue'),
  rooms: confirmationRoute('rooms', 'Room'),
  events: confirmationRoute('events', 'Event'),
  'funding-programs': confirmationRoute('funding-programs', 'FundingProgram'),
} as const;

export const recordConfirmationRoutes = {
  confirmOrganizationUnchanged: recordConfirmationRoutesByCollection.organizations,
  confirmVenueUnchanged: recordConfirmationRoutesByCollection.venues,
  confirmRoomUnchanged: recordConfirmationRoutesByCollection.rooms,
  confirmEventUnchanged: recordConfirmationRoutesByCollection.events,
  confirmFundingProgramUnchanged: recordConfirmationRoutesByCollection['funding-programs'],
};
