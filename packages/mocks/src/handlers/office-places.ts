/**
 * Venues, rooms and events as the office stores them, for the records
 * screens: staff reads (`/records/…`), writes through the public routes with
 * `If-Match` (412 with the current record when `recordConflict` is set and
 * somebody else "saves" first), the server's field errors for what the forms
 * send, each record's audit trail, and the taxonomies the forms offer. A
 * series is checked with the server's own rule (`validateSchedule`).
 * Registered before the organisation and funding handlers, so these win for
 * their three collections and pass everything else on.
 */
import { http, HttpResponse } from 'msw';
import type { AuditEntry, ListResponse, TaxonomyTerm } from '@teilhabe/sdk';
import { RecurrenceError, validateSchedule } from '@teilhabe/server/domain';
import { eventFormatFixtures } from '../fixtures/events.js';
import { TranslationReader } from '../fixtures/localized.js';
import { API, problem, requestLocale } from './common.js';
import { recordWriteLog, type OfficeRecordsOptions } from './office-records.js';
import { roomTaxonomyHandlers } from './rooms.js';
import { taxonomyHandlers } from './taxonomies.js';

type PlaceCollection = 'venues' | 'rooms' | 'events';
const COLLECTIONS: readonly string[] = ['venues', 'rooms', 'events'];
const AUDIT_TYPES = { venues: 'venue', rooms: 'room', events: 'event' } as const;

interface StoredEntry {
  data: Record<string, unknown>;
  version: number;
  updatedAt: string;
  verifiedAt: string | null;
  /** Events a calendar import keeps in step (the server's `meta.source`). */
  source?: { id: string | null; name: string; url: string; lastSyncedAt: string | null };
}

type FieldError = { path: string; code: string; message: string };

export function storedPlaceFixtures(): Record<PlaceCollection, Record<string, StoredEntry>> {
  return {
    venues: {
      'buergerhaus-nord': {
        version: 2,
        updatedAt: '2026-06-01T08:00:00Z',
        verifiedAt: '2026-06-01T08:00:00Z',
        data: {
          id: 'buergerhaus-nord',
          name: 'Bürgerhaus Nord',
          address: { street: 'Lindenweg 3', postalCode: '52349', city: 'Musterstadt', area: 'musterstadt' },
          accessibilityNote: { de: 'Eingang ohne Stufen an der Rückseite. Kein Aufzug ins Obergeschoss.', en: 'Step-free entrance at the back. No lift to the upper floor.' },
        },
      },
    },
    rooms: {
      'begegnungsraum-nord': {
        version: 4,
        updatedAt: '2026-08-15T08:00:00Z',
        verifiedAt: '2026-08-15T08:00:00Z',
        data: {
          id: 'begegnungsraum-nord',
          venueId: 'buergerhaus-nord',
          name: 'Begegnungsraum',
          description: { de: 'Heller Raum im Erdgeschoss mit Teeküche.', tr: 'Zemin katta çay mutfaklı aydınlık oda.' },
          machineTranslated: ['tr'],
          capacity: 30,
          sizeSqm: 60,
          equipment: ['kitchen', 'wifi'],
          accessibility: ['step-free'],
          openingHours: [
            { weekday: 1, opens: '09:00', closes: '22:00' },
            { weekday: 6, opens: '10:00', closes: '18:00' },
          ],
          closures: [{ from: '2026-12-24', to: '2027-01-01', reason: { de: 'Weihnachtspause' } }],
          bookingPolicy: { needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 120, maxDurationMinutes: 240, bufferMinutes: 15 },
          fees: { standardEurPerHour: 12.5, rules: [{ applicantKinds: ['migrant-organization'], eurPerHour: 0 }] },
          houseRules: { de: 'Räumen Sie nach der Nutzung auf.' },
          contactOffice: { name: 'Integrationsbüro Musterkreis', email: 'raeume@musterkreis.example' },
          photos: [{ url: 'https://bilder.musterkreis.example/begegnungsraum.jpg', alt: { de: 'Stuhlkreis im Begegnungsraum' } }],
        },
      },
    },
    events: {
      'sprachcafe-montag': {
        version: 2,
        updatedAt: '2025-01-20T08:00:00Z',
        verifiedAt: null,
        data: { id: 'sprachcafe-montag', title: { de: 'Sprachcafé am Montag' }, verifiedAt: null },
      },
      elterncafe: {
        version: 1,
        updatedAt: '2026-11-02T08:00:00Z',
        verifiedAt: '2026-11-02T08:00:00Z',
        data: {
          id: 'elterncafe',
          title: { de: 'Elterncafé', tr: 'Veli kafesi' },
          summary: { de: 'Eltern tauschen sich bei Tee und Kuchen aus.' },
          description: { de: 'Ein offenes Treffen für Eltern, mit Kinderbetreuung.' },
          machineTranslated: [],
          // A Tuesday in winter time: the series and its preview stay in the future for years.
          start: '2030-01-08T17:00:00+01:00',
          end: '2030-01-08T19:00:00+01:00',
          allDay: false,
          recurrence: null,
          location: { kind: 'room', roomId: 'begegnungsraum-nord' },
          organizers: [{ kind: 'office', name: 'Integrationsbüro Musterkreis' }],
          cooperation: null,
          format: 'parents-seminar',
          topics: [],
          languages: ['de', 'tr'],
          areas: [],
          audience: null,
          accessibilityNotes: null,
          registration: { required: false },
          price: { free: true },
          priceNote: null,
          status: 'scheduled',
        },
      },
      'stadtkalender-lichterfest': {
        version: 3,
        updatedAt: '2026-12-01T06:00:00Z',
        // Confirmed by the last sync: not among the stale records the freshness tests count.
        verifiedAt: '2026-12-01T06:00:00Z',
        source: { id: 'stadtkalender', name: 'Veranstaltungskalender der Stadt', url: 'https://www.musterkreis.example.de/kalender.ics', lastSyncedAt: '2026-12-01T06:00:00Z' },
        data: {
          id: 'stadtkalender-lichterfest',
          title: { de: 'Lichterfest auf dem Marktplatz' },
          summary: { de: 'Laternen, Musik und Essen aus vielen Ländern.' },
          description: null,
          machineTranslated: [],
          start: '2030-12-14T17:00:00+01:00',
          end: '2030-12-14T21:00:00+01:00',
          allDay: false,
          recurrence: null,
          location: { kind: 'address', name: 'Marktplatz', street: 'Marktplatz 1', postalCode: '12345', city: 'Musterstadt' },
          organizers: [{ kind: 'office', name: 'Stadt Musterstadt' }],
          cooperation: null,
          format: 'festival',
          topics: [],
          languages: ['de'],
          areas: [],
          audience: null,
          accessibilityNotes: null,
          registration: { required: false },
          price: { free: true },
          priceNote: null,
          status: 'scheduled',
        },
      },
    },
  };
}

const tooSmall = (path: string): FieldError => ({ path, code: 'too_small', message: 'Too small: expected string to have >=1 characters' });
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isInstant = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(value);

/** The server's refusals for what the venue, room and event forms send. */
function fieldErrors(collection: PlaceCollection, data: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  if (collection !== 'events' && !text(data.name)) errors.push(tooSmall('name'));
  if (collection === 'venues') {
    const address = (data.address ?? {}) as Record<string, unknown>;
    if (!/^\d{5}$/.test(String(address.postalCode ?? ''))) errors.push({ path: 'address.postalCode', code: 'invalid_format', message: 'a German postal code of five digits' });
  }
  if (collection === 'rooms') {
    const capacity = data.capacity;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1 || capacity > 5000) errors.push({ path: 'capacity', code: 'invalid_type', message: 'Invalid input: expected an integer from 1 to 5000' });
    ((data.closures as Array<Record<string, unknown>> | undefined) ?? []).forEach((closure, index) => {
      if (!isDate(closure.from)) errors.push({ path: `closures.${index}.from`, code: 'invalid_format', message: 'Invalid ISO date' });
      if (!isDate(closure.to)) errors.push({ path: `closures.${index}.to`, code: 'invalid_format', message: 'Invalid ISO date' });
      else if (isDate(closure.from) && String(closure.to) < String(closure.from)) errors.push({ path: `closures.${index}.to`, code: 'before_start', message: 'A closure must not end before it starts.' });
    });
    ((data.photos as Array<Record<string, unknown>> | undefined) ?? []).forEach((photo, index) => {
      if (!/^https:\/\/[^/\s]+/.test(String(photo.url ?? ''))) errors.push({ path: `photos.${index}.url`, code: 'not_https', message: 'A photo must be an https address.' });
    });
  }
  if (collection === 'events') {
    if (!text((data.title as Record<string, unknown> | undefined)?.de)) errors.push(tooSmall('title.de'));
    if (!isInstant(data.start)) errors.push({ path: 'start', code: 'invalid_format', message: 'Invalid ISO datetime' });
    if (!isInstant(data.end)) errors.push({ path: 'end', code: 'invalid_format', message: 'Invalid ISO datetime' });
    if (isInstant(data.start) && isInstant(data.end) && Date.parse(String(data.end)) < Date.parse(String(data.start))) errors.push({ path: 'end', code: 'custom', message: 'The end must not be before the start.' });
    const recurrence = data.recurrence as { rrule: string; exdates?: string[] } | null | undefined;
    if (recurrence && isInstant(data.start) && isInstant(data.end)) {
      try {
        validateSchedule({ start: new Date(String(data.start)), end: new Date(String(data.end)), allDay: data.allDay === true, recurrence: { rrule: recurrence.rrule, exdates: recurrence.exdates ?? [] }, timeZone: 'Europe/Berlin' });
      } catch (error) {
        if (!(error instanceof RecurrenceError)) throw error;
        errors.push({ path: 'recurrence.rrule', code: error.code, message: error.message });
      }
    }
  }
  return errors;
}

/** What somebody else saved meanwhile, when a test asks for a 412. */
function somebodyElsesChange(collection: PlaceCollection, data: Record<string, unknown>): Record<string, unknown> {
  if (collection === 'rooms') return { ...data, capacity: 24 };
  if (collection === 'venues') return { ...data, name: 'Bürgerhaus Nord (Haus A)' };
  return { ...data, title: { ...(data.title as Record<string, string>), tr: 'Veliler kafesi' } };
}

export function officePlaceHandlers(options: OfficeRecordsOptions = {}) {
  const stores = storedPlaceFixtures();
  const audit: AuditEntry[] = [
    { id: 101, at: '2026-08-15T08:00:00Z', actor: { kind: 'staff', id: 'staff-2', name: 'Jonas Berger' }, recordType: 'room', recordId: 'begegnungsraum-nord', operation: 'put', changes: { capacity: { before: 25, after: 30 } }, requestId: 'mock-audit-101' },
  ];
  let conflictPending = options.recordConflict === true;
  const signedIn = (request: Request) => request.headers.get('authorization')?.startsWith('Bearer ') === true;
  const titleOf = (data: Record<string, unknown>) => String(data.name ?? (data.title as { de?: string } | undefined)?.de ?? data.id);
  const storeOf = (name: unknown) => (COLLECTIONS.includes(String(name)) ? stores[name as PlaceCollection] : undefined);

  const write = (collection: PlaceCollection) =>
    http.put(`${API}/${collection}/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const id = String(params.id);
      const body = (await request.json()) as Record<string, unknown>;
      const ifMatch = request.headers.get('if-match');
      recordWriteLog.push({ collection, id, ifMatch, body });
      const before = stores[collection][id];
      if (before && conflictPending) {
        conflictPending = false;
        before.data = somebodyElsesChange(collection, before.data);
        before.version += 1;
        before.updatedAt = '2026-12-01T09:00:00Z';
        audit.unshift({ id: audit.length + 200, at: before.updatedAt, actor: { kind: 'staff', id: 'staff-2', name: 'Jonas Berger' }, recordType: AUDIT_TYPES[collection], recordId: id, operation: 'put', changes: {}, requestId: null });
      }
      if (before?.source && request.headers.get('overwrite-imported') !== 'true') {
        return problem(409, 'Der Termin kommt aus einem Kalender', { type: '/problems/imported-event', source: before.source } as never);
      }
      if (before && ifMatch && ifMatch !== `"${before.version}"`) {
        return problem(412, 'Jemand anderes hat den Eintrag inzwischen geändert', { currentVersion: before.version, current: before.data } as never);
      }
      const errors = fieldErrors(collection, body);
      if (errors.length) return problem(400, 'The request is malformed.', { errors } as never);
      const changes = Object.fromEntries(
        Object.keys(body)
          .filter((key) => JSON.stringify(body[key]) !== JSON.stringify(before?.data[key]))
          .map((key) => [key, { before: before?.data[key], after: body[key] }]),
      );
      const now = new Date().toISOString();
      stores[collection][id] = { data: body, version: (before?.version ?? 0) + 1, updatedAt: now, verifiedAt: before?.verifiedAt ?? null, ...(before?.source ? { source: before.source } : {}) };
      audit.unshift({ id: audit.length + 200, at: now, actor: { kind: 'staff', id: 'staff-1', name: 'Selin Yılmaz' }, recordType: AUDIT_TYPES[collection], recordId: id, operation: 'put', changes, requestId: null });
      return HttpResponse.json({ data: body });
    });

  return [
    ...roomTaxonomyHandlers(),
    http.get(`${API}/taxonomies/event-formats`, ({ request }) => {
      const locale = requestLocale(request);
      const data: TaxonomyTerm[] = eventFormatFixtures.map(({ code, label }) => {
        const reader = new TranslationReader(locale);
        return { code, label: reader.read('label', label), translation: reader.translation() };
      });
      return HttpResponse.json<ListResponse<TaxonomyTerm>>({ data, meta: { total: data.length, nextCursor: null, locale } });
    }),
    ...taxonomyHandlers(),
    http.get(`${API}/records/:collection`, ({ request, params }) => {
      const store = storeOf(params.collection);
      if (!store) return undefined;
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const url = new URL(request.url);
      const q = url.searchParams.get('q')?.toLowerCase();
      const staleSince = url.searchParams.get('staleSince');
      const rows = Object.entries(store)
        .map(([id, entry]) => ({ id, title: titleOf(entry.data), version: entry.version, updatedAt: entry.updatedAt, verifiedAt: entry.verifiedAt }))
        .filter((row) => (!q || row.title.toLowerCase().includes(q)) && (!staleSince || !row.verifiedAt || row.verifiedAt < staleSince))
        .sort((a, b) => (a.verifiedAt ?? '').localeCompare(b.verifiedAt ?? '') || a.id.localeCompare(b.id));
      return HttpResponse.json({ data: rows, meta: { nextCursor: null } });
    }),
    http.get(`${API}/records/:collection/:id`, ({ request, params }) => {
      const store = storeOf(params.collection);
      if (!store) return undefined;
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const entry = store[String(params.id)];
      if (!entry) return problem(404, 'No such record.');
      const source = params.collection === 'events' ? { source: entry.source ?? null } : {};
      return HttpResponse.json({ data: entry.data, meta: { version: entry.version, updatedAt: entry.updatedAt, verifiedAt: entry.verifiedAt, ...source } }, { headers: { ETag: `"${entry.version}"` } });
    }),
    http.get(`${API}/audit`, ({ request }) => {
      const url = new URL(request.url);
      const type = url.searchParams.get('recordType');
      const id = url.searchParams.get('recordId');
      if (!id || !Object.values(AUDIT_TYPES).includes(type as never)) return undefined;
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      return HttpResponse.json({ data: audit.filter((entry) => entry.recordType === type && entry.recordId === id), meta: { nextCursor: null } });
    }),
    http.post(`${API}/records/:collection/:id/confirmation`, ({ request, params }) => {
      const store = storeOf(params.collection);
      if (!store) return undefined;
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const collection = params.collection as PlaceCollection;
      const id = String(params.id);
      const entry = store[id];
      if (!entry) return problem(404, 'No such record.');
      const ifMatch = request.headers.get('if-match');
      recordWriteLog.push({ collection, id, ifMatch, body: { confirm: true } });
      if (ifMatch && ifMatch !== `"${entry.version}"`) return problem(412, 'Jemand anderes hat den Eintrag inzwischen geändert', { currentVersion: entry.version, current: entry.data } as never);
      const now = new Date().toISOString();
      audit.unshift({ id: audit.length + 200, at: now, actor: { kind: 'staff', id: 'staff-1', name: 'Selin Yılmaz' }, recordType: AUDIT_TYPES[collection], recordId: id, operation: 'confirm', changes: { verifiedAt: { before: entry.verifiedAt, after: now } }, requestId: null });
      entry.verifiedAt = now;
      entry.version += 1;
      return HttpResponse.json({ data: entry.data, meta: { version: entry.version, updatedAt: entry.updatedAt, verifiedAt: now } }, { headers: { ETag: `"${entry.version}"` } });
    }),
    write('venues'),
    write('rooms'),
    write('events'),
  ];
}
