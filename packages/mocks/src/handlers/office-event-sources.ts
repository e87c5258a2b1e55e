/**
 * The office's calendar imports against mocks: two sources (one read well,
 * one whose last attempt failed), adding and changing one with the API's
 * checks (name, https address, interval), removing one, and "sync now"
 * (the failing feed answers with `lastError`, as the server does).
 */
import { http, HttpResponse } from 'msw';
import type { EventSource, EventSourceInput } from '@teilhabe/sdk';
import { API, problem } from './common.js';

export interface OfficeEventSourcesOptions {
  /** `load`: the list answers 500; `running`: "sync now" answers 409, a sync is running already. */
  eventSourceFailure?: 'load' | 'running';
}

/** What the event-source writes received, newest last. */
export const eventSourceLog: Array<{ method: string; id: string; body?: unknown }> = [];

const SESSION = 'Bearer ses_mock-office-session';
const signedIn = (request: Request) => request.headers.get('authorization') === SESSION;

export function eventSourceFixtures(): EventSource[] {
  return [
    {
      id: 'stadt-musterstadt',
      name: 'Veranstaltungskalender der Stadt Musterstadt',
      url: 'https://www.musterstadt.example/veranstaltungen.ics',
      organizerId: 'kulturverein-anadolu',
      format: 'network-meeting',
      topics: ['culture'],
      intervalMinutes: 60,
      lastAttemptAt: '2026-11-23T08:00:00+01:00',
      lastSyncedAt: '2026-11-23T08:00:00+01:00',
      lastError: null,
      lastReport: { created: 2, updated: 1, removed: 0, unchanged: 14, errors: [] },
    },
    {
      id: 'vhs-kurse',
      name: 'Kurse der Volkshochschule',
      url: 'https://vhs.example/kurse.ics',
      organizerId: 'kulturverein-anadolu',
      format: 'information-evening',
      topics: [],
      intervalMinutes: 1440,
      lastAttemptAt: '2026-11-23T06:00:00+01:00',
      lastSyncedAt: '2026-11-20T06:00:00+01:00',
      lastError: 'Der Kalender antwortete mit 404 Not Found.',
      lastReport: null,
    },
  ];
}

function invalidFields(input: Partial<EventSourceInput>) {
  const errors: Array<{ path: string; code: string; message: string }> = [];
  if (!input.name?.trim()) errors.push({ path: 'name', code: 'too_small', message: 'Too small' });
  if (!/^https?:\/\/[^\s]+$/.test(input.url ?? '')) errors.push({ path: 'url', code: 'invalid_format', message: 'Invalid URL' });
  if (!input.organizerId) errors.push({ path: 'organizerId', code: 'invalid_string', message: 'a slug' });
  if (!input.format) errors.push({ path: 'format', code: 'invalid_string', message: 'a taxonomy code' });
  const interval = input.intervalMinutes ?? 60;
  if (!Number.isInteger(interval) || interval < 15 || interval > 10_080) errors.push({ path: 'intervalMinutes', code: 'too_small', message: 'between 15 and 10080' });
  return errors;
}

export function officeEventSourceHandlers(options: OfficeEventSourcesOptions = {}) {
  const sources = eventSourceFixtures();
  return [
    http.get(`${API}/event-sources`, ({ request }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      if (options.eventSourceFailure === 'load') return problem(500, 'Interner Fehler');
      return HttpResponse.json({ data: sources });
    }),
    http.put(`${API}/event-sources/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const id = String(params['id']);
      const body = (await request.json()) as Partial<EventSourceInput>;
      eventSourceLog.push({ method: 'PUT', id, body });
      const errors = [...(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? [] : [{ path: 'id', code: 'invalid_string', message: 'a slug' }]), ...invalidFields(body)];
      if (errors.length) return problem(400, 'The request is invalid', { type: '/problems/validation', errors });
      const existing = sources.find((source) => source.id === id);
      const source: EventSource = {
        lastAttemptAt: null,
        lastSyncedAt: null,
        lastError: null,
        lastReport: null,
        ...existing,
        ...(body as EventSourceInput),
        topics: body.topics ?? [],
        intervalMinutes: body.intervalMinutes ?? 60,
        id,
      };
      if (existing) sources.splice(sources.indexOf(existing), 1, source);
      else sources.push(source);
      return HttpResponse.json({ data: source });
    }),
    http.delete(`${API}/event-sources/:id`, ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const id = String(params['id']);
      eventSourceLog.push({ method: 'DELETE', id });
      const existing = sources.find((source) => source.id === id);
      if (!existing) return problem(404, 'Event source not found');
      sources.splice(sources.indexOf(existing), 1);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${API}/event-sources/:id/sync`, ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const id = String(params['id']);
      eventSourceLog.push({ method: 'POST', id });
      if (options.eventSourceFailure === 'running') return problem(409, 'A sync of this source is already running.');
      const index = sources.findIndex((source) => source.id === id);
      if (index < 0) return problem(404, 'Event source not found');
      const now = '2026-11-23T09:00:00+01:00';
      const before = sources[index]!;
      const synced: EventSource = before.lastError
        ? { ...before, lastAttemptAt: now, lastError: 'Der Kalender antwortete mit 404 Not Found.' }
        : { ...before, lastAttemptAt: now, lastSyncedAt: now, lastError: null, lastReport: { created: 1, updated: 0, removed: 2, unchanged: 15, errors: [] } };
      sources.splice(index, 1, synced);
      return HttpResponse.json({ data: synced });
    }),
  ];
}
