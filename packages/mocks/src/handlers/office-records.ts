/**
 * The office's records as stored, for the records and freshness screens:
 * staff reads (`/records/…`), writes through the public routes with
 * `If-Match` (412 with the current record when `recordConflict` is set and
 * somebody else "saves" first), field errors like the server's, the tenant
 * settings (its locales) and the audit trail each write adds to.
 */
import { http, HttpResponse } from 'msw';
import type { AuditEntry, RecordCollection } from '@teilhabe/sdk';
import { API, problem } from './common.js';

export interface OfficeRecordsOptions {
  /** The first write of a record answers 412: another person saved a change to the Turkish description and the phone meanwhile. */
  recordConflict?: boolean;
}

interface StoredEntry {
  data: Record<string, unknown>;
  version: number;
  updatedAt: string;
  verifiedAt: string | null;
}

/** Every write the mocks received, newest last (tests read what was sent). */
export const recordWriteLog: Array<{ collection: RecordCollection; id: string; ifMatch: string | null; body: Record<string, unknown> }> = [];

const AUDIT_TYPES: Record<RecordCollection, AuditEntry['recordType']> = {
  organizations: 'organization',
  venues: 'venue',
  rooms: 'room',
  events: 'event',
  'funding-programs': 'funding-program',
};

export function storedOrganizationFixtures(): Record<string, StoredEntry> {
  return {
    'kulturverein-anadolu': {
      version: 3,
      updatedAt: '2026-10-02T08:00:00Z',
      verifiedAt: '2026-10-02T08:00:00Z',
      data: {
        id: 'kulturverein-anadolu',
        name: 'Kulturverein Anadolu',
        shortDescription: { de: 'Treffpunkt für Familien aus der Türkei', tr: 'Türkiyeli aileler için buluşma yeri' },
        description: { de: 'Wir beraten Familien und bieten Deutschkurse an.', tr: 'Ailelere danışmanlık yapıyoruz.', en: 'We advise families and offer German courses.' },
        machineTranslated: ['en'],
        types: ['verein'],
        topics: ['sprache', 'familie'],
        languages: ['de', 'tr'],
        areas: ['musterstadt'],
        offers: ['beratung'],
        address: { street: 'Hauptstraße 5', postalCode: '12345', city: 'Musterstadt' },
        officeHours: [{ weekday: 2, opens: '10:00', closes: '14:00' }],
        officeHoursNote: null,
        contacts: [],
        website: 'https://anadolu.example.de',
        email: 'kontakt@anadolu.example.de',
        phone: '+49 30 1234567',
        social: [],
        hasOwnRooms: true,
        umbrellaIds: [],
        nonProfit: true,
        registeredAssociation: true,
        youthWelfareProvider: false,
        foundedYear: 1998,
        verifiedAt: '2026-10-02T08:00:00Z',
      },
    },
    'jugendtreff-nord': {
      version: 1,
      updatedAt: '2024-05-10T08:00:00Z',
      verifiedAt: '2024-05-10T08:00:00Z',
      data: {
        id: 'jugendtreff-nord',
        name: 'Jugendtreff Nord',
        shortDescription: { de: 'Offener Treff für Jugendliche' },
        description: { de: 'Nachmittags offen, mit Hausaufgabenhilfe.' },
        machineTranslated: [],
        types: ['jugendeinrichtung'],
        topics: ['jugend'],
        languages: ['de'],
        areas: [],
        offers: [],
        address: null,
        officeHours: [],
        officeHoursNote: null,
        contacts: [],
        website: null,
        email: null,
        phone: null,
        social: [],
        hasOwnRooms: false,
        umbrellaIds: [],
        nonProfit: true,
        registeredAssociation: false,
        youthWelfareProvider: true,
        foundedYear: null,
        verifiedAt: '2024-05-10T08:00:00Z',
      },
    },
  };
}

/** The server's messages for the fields the mocks check. */
function fieldErrors(data: Record<string, unknown>): Array<{ path: string; code: string; message: string }> {
  const errors: Array<{ path: string; code: string; message: string }> = [];
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  if ('name' in data && !text(data.name)) errors.push({ path: 'name', code: 'too_small', message: 'Too small: expected string to have >=1 characters' });
  const description = data.description as Record<string, unknown> | undefined;
  if (description && !text(description.de)) errors.push({ path: 'description.de', code: 'too_small', message: 'Too small: expected string to have >=1 characters' });
  if (typeof data.website === 'string' && !/^https?:\/\//.test(data.website)) errors.push({ path: 'website', code: 'invalid_format', message: 'Invalid URL' });
  return errors;
}

export function officeRecordHandlers(options: OfficeRecordsOptions = {}) {
  const stores: Record<RecordCollection, Record<string, StoredEntry>> = {
    organizations: storedOrganizationFixtures(),
    // Venues, rooms and events are office-places.ts'.
    events: {},
    'funding-programs': {
      'mikroprojekte-2027': {
        version: 5,
        updatedAt: '2026-09-01T08:00:00Z',
        verifiedAt: '2026-09-01T08:00:00Z',
        data: {
          id: 'mikroprojekte-2027',
          title: { de: 'Mikroprojekte für Teilhabe', tr: 'Katılım için mikro projeler' },
          summary: { de: 'Bis zu 1.500 Euro für kleine Vorhaben von Vereinen.' },
          description: { de: 'Gefördert werden kleine Projekte, die Begegnung schaffen.' },
          machineTranslated: ['tr'],
          provider: { name: 'Landkreis Musterkreis', level: 'district' },
          kinds: ['projektfoerderung'],
          supportTypes: ['money'],
          topics: ['teilhabe'],
          eligibleApplicants: ['verein'],
          requirements: { seatInAreas: ['musterstadt'], nonProfitRequired: true, ownContributionPercent: 10, notes: null },
          amount: { minEur: 200, maxEur: 1500 },
          deadlines: { kind: 'fixed', dates: ['2027-03-31', '2027-09-30'] },
          applicationSteps: [],
          requiredDocuments: [],
          office: { name: 'Integrationsbüro' },
          links: [],
          status: 'open',
        },
      },
    },
    venues: {},
    rooms: {},
  };
  const audit: AuditEntry[] = [
    {
      id: 1,
      at: '2026-10-02T08:00:00Z',
      actor: { kind: 'staff', id: 'staff-2', name: 'Jonas Berger' },
      recordType: 'organization',
      recordId: 'kulturverein-anadolu',
      operation: 'put',
      changes: { phone: { before: '+49 30 7654321', after: '+49 30 1234567' } },
      requestId: 'mock-audit-1',
    },
  ];
  let conflictPending = options.recordConflict === true;
  const titleOf = (data: Record<string, unknown>) => String(data.name ?? (data.title as { de?: string } | undefined)?.de ?? data.id);
  const signedIn = (request: Request) => request.headers.get('authorization')?.startsWith('Bearer ') === true;

  const write = (collection: RecordCollection) =>
    http.put(`${API}/${collection}/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const id = String(params.id);
      const body = (await request.json()) as Record<string, unknown>;
      const ifMatch = request.headers.get('if-match');
      recordWriteLog.push({ collection, id, ifMatch, body });
      const store = stores[collection];
      const before = store[id];
      if (before && conflictPending) {
        conflictPending = false;
        const description = { ...(before.data.description as Record<string, string>), tr: 'Ailelere danışmanlık ve Almanca kursları sunuyoruz.' };
        before.data = { ...before.data, description, phone: '+49 30 999999' };
        before.version += 1;
        before.updatedAt = '2026-12-01T09:00:00Z';
        audit.unshift({ id: audit.length + 1, at: before.updatedAt, actor: { kind: 'staff', id: 'staff-2', name: 'Jonas Berger' }, recordType: AUDIT_TYPES[collection], recordId: id, operation: 'put', changes: { description: {}, phone: {} }, requestId: null });
      }
      if (before && ifMatch && ifMatch !== `"${before.version}"`) {
        return problem(412, 'Jemand anderes hat den Eintrag inzwischen geändert', { currentVersion: before.version, current: before.data } as never);
      }
      const errors = fieldErrors(body);
      if (errors.length) return problem(400, 'The request is malformed.', { errors } as never);
      const changes = Object.fromEntries(
        Object.keys(body)
          .filter((key) => JSON.stringify(body[key]) !== JSON.stringify(before?.data[key]))
          .map((key) => [key, { before: before?.data[key], after: body[key] }]),
      );
      const now = new Date().toISOString();
      store[id] = { data: body, version: (before?.version ?? 0) + 1, updatedAt: now, verifiedAt: (body.verifiedAt as string | null | undefined) ?? null };
      audit.unshift({ id: audit.length + 1, at: now, actor: { kind: 'staff', id: 'staff-1', name: 'Selin Yılmaz' }, recordType: AUDIT_TYPES[collection], recordId: id, operation: 'put', changes, requestId: null });
      return HttpResponse.json({ data: body });
    });

  return [
    http.get(`${API}/settings`, () =>
      HttpResponse.json({
        data: {
          id: 'musterkreis',
          name: 'Landkreis Musterkreis',
          officeEmail: null,
          corsOrigins: [],
          defaultLocale: 'de',
          locales: ['de', 'en', 'tr', 'ar', 'uk'],
          timeZone: 'Europe/Berlin',
          logoUrl: null,
          bookingRetentionDays: 180,
          bookingReminders: true,
          requestDigestAfterDays: 3,
          secondFactor: 'optional',
        },
      }),
    ),
    http.get(`${API}/records/:collection`, ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const store = stores[params.collection as RecordCollection];
      if (!store) return problem(404, 'No such collection.');
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
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const entry = stores[params.collection as RecordCollection]?.[String(params.id)];
      if (!entry) return problem(404, 'No such record.');
      return HttpResponse.json({ data: entry.data, meta: { version: entry.version, updatedAt: entry.updatedAt, verifiedAt: entry.verifiedAt } }, { headers: { ETag: `"${entry.version}"` } });
    }),
    http.get(`${API}/audit`, ({ request }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const url = new URL(request.url);
      const type = url.searchParams.get('recordType');
      const id = url.searchParams.get('recordId');
      // The trail of the whole tenant (the start page) comes from the start-page handlers.
      if (!id) return undefined;
      const rows = audit.filter((entry) => (!type || entry.recordType === type) && (!id || entry.recordId === id));
      return HttpResponse.json({ data: rows, meta: { nextCursor: null } });
    }),
    http.post(`${API}/records/:collection/:id/confirmation`, ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const collection = params.collection as RecordCollection;
      const id = String(params.id);
      const entry = stores[collection]?.[id];
      if (!entry) return problem(404, 'No such record.');
      const ifMatch = request.headers.get('if-match');
      recordWriteLog.push({ collection, id, ifMatch, body: { confirm: true } });
      if (ifMatch && ifMatch !== `"${entry.version}"`) return problem(412, 'Jemand anderes hat den Eintrag inzwischen geändert', { currentVersion: entry.version, current: entry.data } as never);
      const now = new Date().toISOString();
      audit.unshift({ id: audit.length + 1, at: now, actor: { kind: 'staff', id: 'staff-1', name: 'Selin Yılmaz' }, recordType: AUDIT_TYPES[collection], recordId: id, operation: 'confirm', changes: { verifiedAt: { before: entry.verifiedAt, after: now } }, requestId: null });
      entry.data = { ...entry.data, verifiedAt: now };
      entry.verifiedAt = now;
      entry.version += 1;
      return HttpResponse.json({ data: entry.data, meta: { version: entry.version, updatedAt: entry.updatedAt, verifiedAt: now } }, { headers: { ETag: `"${entry.version}"` } });
    }),
    write('organizations'),
    write('events'),
    write('funding-programs'),
    write('venues'),
    write('rooms'),
  ];
}
