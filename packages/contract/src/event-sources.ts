/**
 * Event sources: a municipal iCalendar feed the server keeps the events in
 * step with, on a schedule (new, changed and removed events by UID), and
 * the guard that keeps staff from editing an imported event unawares.
 */
import { z } from '@hono/zod-openapi';
import { staffRoute } from './access.js';
import { DateTime, Problem, Slug, TaxonomyCode, TenantParam, WebUrl } from './common.js';

export const EventSourceInput = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: 'Veranstaltungskalender der Stadt' }),
    url: WebUrl.openapi({ example: 'https://www.musterstadt.de/veranstaltungen.ics' }),
    organizerId: Slug.openapi({ description: 'The organisation the events are listed under.' }),
    format: TaxonomyCode.openapi({ description: 'A code of `/taxonomies/event-formats` for every event of the feed.' }),
    topics: z.array(TaxonomyCode).max(20).default([]),
    intervalMinutes: z.number().int().min(15).max(10_080).default(60).openapi({ description: 'How often the server reads the feed (15 minutes to a week).' }),
  })
  .openapi('EventSourceInput');
export type EventSourceInput = z.infer<typeof EventSourceInput>;

export const EventSyncReport = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    removed: z.number().int(),
    unchanged: z.number().int(),
    errors: z.array(z.object({ uid: z.string(), message: z.string() })).openapi({ description: 'Events of the feed that could not be read; they stay as they were.' }),
  })
  .openapi('EventSyncReport');
export type EventSyncReport = z.infer<typeof EventSyncReport>;

export const EventSource = EventSourceInput.extend({
  id: Slug,
  lastAttemptAt: DateTime.nullable(),
  lastSyncedAt: DateTime.nullable().openapi({ description: 'The last sync that succeeded.' }),
  lastError: z.string().nullable().openapi({ description: 'Why the last attempt failed; null after a success.' }),
  lastReport: EventSyncReport.nullable(),
}).openapi('EventSource');
export type EventSource = z.infer<typeof EventSource>;

/** Where an imported event comes from, in the staff read of the event. */
export const EventSourceReference = z
  .object({
    id: Slug.nullable().openapi({ description: 'The event source; null for a feed imported once on the command line.' }),
    name: z.string(),
    url: z.string(),
    lastSyncedAt: DateTime.nullable(),
  })
  .openapi('EventSourceReference');
export type EventSourceReference = z.infer<typeof EventSourceReference>;

/** The header a write sends to change an imported event anyway. */
export const OVERWRITE_IMPORTED_HEADER = 'Overwrite-Imported';

export const ImportedEventProblem = Problem.extend({ source: EventSourceReference }).openapi('ImportedEventProblem');

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const SourceParams = TenantParam.extend({ id: Slug.openapi({ param: { name: 'id', in: 'path' } }) });

export const listEventSources = staffRoute(['editor'], {
  operationId: 'listEventSources',
  tags: ['Event sources'],
  method: 'get',
  path: '/v1/{tenant}/event-sources',
  summary: 'The calendars the server keeps the events in step with, each with its last sync',
  request: { params: TenantParam },
  responses: { 200: json(z.object({ data: z.array(EventSource) }), 'Every source of the tenant'), 404: problem('No such tenant.') },
});

export const putEventSource = staffRoute(['editor'], {
  operationId: 'putEventSource',
  tags: ['Event sources'],
  method: 'put',
  path: '/v1/{tenant}/event-sources/{id}',
  summary: 'Add or change a calendar to keep in step with',
  description: 'The server reads the feed every `intervalMinutes` (the first time within a minute) and keeps its events in step by UID. Organiser, format and topics must exist.',
  request: { params: SourceParams, body: { required: true, content: { 'application/json': { schema: EventSourceInput } } } },
  responses: {
    200: json(z.object({ data: EventSource }), 'Stored'),
    400: problem('The body is invalid, or the organiser, format or a topic does not exist.'),
    404: problem('No such tenant.'),
    409: problem('Another source of the tenant has this URL.'),
  },
});

export const deleteEventSource = staffRoute(['editor'], {
  operationId: 'deleteEventSource',
  tags: ['Event sources'],
  method: 'delete',
  path: '/v1/{tenant}/event-sources/{id}',
  summary: 'Stop keeping a calendar in step',
  description: 'Its events stay, no longer marked as imported: from now on they are edited by hand.',
  request: { params: SourceParams },
  responses: { 204: { description: 'Removed' }, 404: problem('No such tenant or source.') },
});

export const syncEventSource = staffRoute(['editor'], {
  operationId: 'syncEventSource',
  tags: ['Event sources'],
  method: 'post',
  path: '/v1/{tenant}/event-sources/{id}/sync',
  summary: 'Read the calendar now instead of at its next turn',
  description: 'A failing feed is answered 200 with `lastError` set, as the schedule records it.',
  request: { params: SourceParams },
  responses: {
    200: json(z.object({ data: EventSource }), 'The source after the sync'),
    404: problem('No such tenant or source.'),
    409: problem('A sync of this source is already running.'),
  },
});

export const eventSourceRoutes = { listEventSources, putEventSource, deleteEventSource, syncEventSource };
