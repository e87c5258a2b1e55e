/**
 * The office side of the API for the office app's stories and browser tests:
 * sign-in (wrong password, throttling, second factor), the session, sign-out,
 * password links, and the booking queue with decisions. Every staff route
 * answers 401 without a bearer secret, as the server does.
 */
import { http, HttpResponse } from 'msw';
import type { StaffBooking, StaffSession } from '@teilhabe/sdk';
import { API, codeList, problem } from './common.js';
import { officePlaceHandlers } from './office-places.js';
import { officeRecordHandlers, type OfficeRecordsOptions } from './office-records.js';
import { officeStartHandlers, type OfficeStartOptions } from './office-start.js';
import { reviewQueueHandlers } from './office-review.js';
import { officeImportHandlers } from './office-import.js';
import { officePeopleHandlers, type OfficePeopleOptions } from './office-people.js';
import { officeTaxonomyHandlers, type OfficeTaxonomiesOptions } from './office-taxonomies.js';
import { officeEventSourceHandlers, type OfficeEventSourcesOptions } from './office-event-sources.js';

/** `second-factor`: an authenticator app is set up; `passkey`: a passkey (and recovery codes). */
export type SignInMode = 'ok' | 'wrong' | 'throttled' | 'second-factor' | 'passkey';
export type QueueMode = 'empty' | 'competing';

export interface OfficeHandlerOptions extends OfficeRecordsOptions, OfficeStartOptions, OfficePeopleOptions, OfficeTaxonomiesOptions, OfficeEventSourcesOptions {
  /** Extra waiting requests after the fixtures (to page through a long queue). */
  moreRequests?: number;
  signIn?: SignInMode;
  queue?: QueueMode;
  /** Whether the tenant has an identity provider. */
  oidc?: boolean;
  /** `conflict`: approving answers 409, as when the room was taken meanwhile. */
  decide?: 'ok' | 'conflict';
}

/** The code the mocked authenticator app shows, and a recovery code that works. */
export const MOCK_TOTP_CODE = '123456';
export const MOCK_RECOVERY_CODE = 'ABCD-EFGH-JKLM';
export const MOCK_SESSION_SECRET = 'ses_mock-office-session';
/** A password link that has been used already (410). */
export const USED_LINK_TOKEN = 'used-link-token-0123456789';

/** Every decision the mocks received, newest last (tests read what was sent). */
export const decisionLog: Array<{ id: string; body: Record<string, unknown> }> = [];

const staff = {
  id: '6f1c2a8e-2f6b-4a44-9b1e-0d6c1d4b7a10',
  email: 'buero@musterkreis.example.de',
  name: 'Selin Yılmaz',
  roles: ['bookings', 'editor'],
  status: 'active',
  secondFactors: [],
  createdAt: '2026-01-05T09:00:00Z',
} satisfies StaffSession['staff'];

/** The id of the passkey the mocked account has; a passkey answer with another id is refused. */
export const MOCK_PASSKEY_ID = 'cHJvYmUtcGFzc2tleS0x';

function session(secondFactor: StaffSession['secondFactor'], withToken: boolean, factors: StaffSession['secondFactorOptions'] = ['totp', 'recovery-code']): StaffSession {
  return {
    ...(withToken ? { token: MOCK_SESSION_SECRET } : {}),
    expiresAt: '2030-01-01T12:00:00Z',
    idleExpiresAt: '2030-01-01T02:00:00Z',
    secondFactor,
    secondFactorOptions: secondFactor === 'pending' ? factors : [],
    staff,
    tenant: { id: 'musterkreis', name: 'Landkreis Musterkreis' },
  };
}

const requester = (name: string, email: string, organizationName?: string, phone?: string) => ({ name, email, ...(organizationName ? { organizationName } : {}), ...(phone ? { phone } : {}) });

function request(id: string, fields: Partial<StaffBooking> & Pick<StaffBooking, 'start' | 'end' | 'requester'>): StaffBooking {
  return {
    id,
    roomId: 'saal-rathaus',
    roomName: 'Großer Saal',
    venueId: 'rathaus-musterstadt',
    venueName: 'Rathaus Musterstadt',
    status: 'requested',
    recurrence: null,
    occurrences: [{ start: fields.start, end: fields.end, status: 'requested' }],
    purpose: 'Mitgliederversammlung',
    expectedAttendees: 40,
    isPublic: false,
    locale: 'de',
    createdAt: '2026-11-28T10:00:00Z',
    feeEurPerHour: 0,
    decisionReason: null,
    officeNote: null,
    overlaps: [],
    waitingDays: 3,
    ...fields,
  };
}

/** Three waiting requests: two that compete for the hall on one evening, and a weekly series. */
export function queueFixtures(): StaffBooking[] {
  const evening = { start: '2027-01-12T17:00:00Z', end: '2027-01-12T20:00:00Z' };
  const amina = request('0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a', {
    ...evening,
    requester: requester('Amina Haddad', 'amina@example.org', 'Arabischer Kulturverein Musterstadt', '+49 170 1234567'),
    waitingDays: 6,
  });
  const dmytro = request('1c7a4b63-7d2f-4e8f-8b54-2a1f3e4d5c6b', {
    ...evening,
    requester: requester('Dmytro Koval', 'dmytro@example.org', 'Ukrainische Elterninitiative'),
    purpose: 'Elternabend',
    expectedAttendees: 25,
    waitingDays: 1,
  });
  const overlap = (b: StaffBooking) => ({ bookingId: b.id, status: b.status, start: b.start, end: b.end, requesterName: b.requester.name, organizationName: b.requester.organizationName ?? null });
  amina.overlaps = [overlap(dmytro)];
  dmytro.overlaps = [overlap(amina)];
  const series = ['2027-01-14', '2027-01-21', '2027-01-28'].map((date) => ({ start: `${date}T09:00:00Z`, end: `${date}T11:00:00Z`, status: 'requested' as const }));
  const cafe = request('2d8b5c74-8e3a-4f90-9c65-3b2a4f5e6d7c', {
    start: series[0]!.start,
    end: series[0]!.end,
    roomId: 'gruppenraum',
    roomName: 'Gruppenraum 2',
    recurrence: { frequency: 'weekly', until: '2027-01-28' },
    occurrences: series,
    requester: requester('Leyla Demir', 'leyla@example.org', 'Frauencafé International'),
    purpose: 'Frauencafé mit Kinderbetreuung',
    expectedAttendees: 15,
    waitingDays: 2,
  });
  // Confirmed dates of the hall, for the room timeline: the evening after the competing requests, and one a week later.
  const choir = request('3e9c6d85-9f4b-4a01-8d76-4c3b5a6f7e8d', {
    start: '2027-01-13T17:00:00Z',
    end: '2027-01-13T19:00:00Z',
    status: 'confirmed',
    occurrences: [{ start: '2027-01-13T17:00:00Z', end: '2027-01-13T19:00:00Z', status: 'confirmed' }],
    requester: requester('Nino Beridze', 'nino@example.org', 'Georgischer Chor Musterstadt'),
    purpose: 'Chorprobe',
    waitingDays: null,
  });
  const assembly = request('4fad7e96-a05c-4b12-9e87-5d4c6b7a8f9e', {
    start: '2027-01-19T17:00:00Z',
    end: '2027-01-19T21:00:00Z',
    status: 'confirmed',
    occurrences: [{ start: '2027-01-19T17:00:00Z', end: '2027-01-19T21:00:00Z', status: 'confirmed' }],
    requester: requester('Hüseyin Kaya', 'hueseyin@example.org', 'Integrationsrat Musterkreis'),
    purpose: 'Sitzung des Integrationsrats',
    waitingDays: null,
  });
  return [amina, cafe, dmytro, choir, assembly];
}

/** `count` plain waiting requests, one a day from February 2027. */
function generatedRequests(count: number): StaffBooking[] {
  return Array.from({ length: count }, (_, n) => {
    const start = new Date(Date.UTC(2027, 1, 1, 16) + n * 86_400_000).toISOString().replace('.000Z', 'Z');
    const end = new Date(Date.parse(start) + 2 * 3_600_000).toISOString().replace('.000Z', 'Z');
    const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    return request(id, { start, end, roomId: 'gruppenraum', roomName: 'Gruppenraum 2', requester: requester(`Person ${n + 1}`, `person${n + 1}@example.org`), waitingDays: 0 });
  });
}

const signedIn = (request: Request) => request.headers.get('authorization') === `Bearer ${MOCK_SESSION_SECRET}`;
const unauthorized = () => problem(401, 'Sign in first.');

export function officeHandlers(options: OfficeHandlerOptions = {}) {
  const bookings = options.queue === 'empty' ? [] : [...queueFixtures(), ...generatedRequests(options.moreRequests ?? 0)];
  let pending = false;
  const pendingFactors: StaffSession['secondFactorOptions'] = options.signIn === 'passkey' ? ['passkey', 'recovery-code'] : ['totp', 'recovery-code'];
  return [
    ...officePlaceHandlers(options),
    ...officePeopleHandlers(options),
    ...officeRecordHandlers(options),
    ...officeTaxonomyHandlers(options),
    ...officeEventSourceHandlers(options),
    http.get(`${API}/auth/methods`, () =>
      HttpResponse.json({ data: { password: true, oidc: options.oidc ? { startUrl: '/v1/musterkreis/auth/oidc/start' } : null } }),
    ),
    http.post(`${API}/auth/sign-in`, async ({ request }) => {
      const body = (await request.json()) as { email?: string; password?: string };
      if (options.signIn === 'throttled') {
        const response = problem(429, 'Too many attempts.');
        response.headers.set('Retry-After', '120');
        return response;
      }
      if (options.signIn === 'wrong' || !body.password) return problem(401, 'E-mail or password is wrong.');
      pending = options.signIn === 'second-factor' || options.signIn === 'passkey';
      return HttpResponse.json(session(pending ? 'pending' : 'not-needed', true, pendingFactors));
    }),
    http.post(`${API}/auth/passkey/options`, ({ request }) => {
      if (!signedIn(request)) return unauthorized();
      return HttpResponse.json({ data: { challenge: 'bW9jay1jaGFsbGVuZ2U', rpId: location.hostname, timeout: 60_000, userVerification: 'preferred', allowCredentials: [{ id: MOCK_PASSKEY_ID, type: 'public-key' }] } });
    }),
    http.post(`${API}/auth/passkey`, async ({ request }) => {
      const { response } = (await request.json()) as { response?: { id?: string } };
      if (!signedIn(request)) return unauthorized();
      if (response?.id !== MOCK_PASSKEY_ID) return problem(401, 'The passkey did not match.');
      pending = false;
      return HttpResponse.json({ data: session('passed', false) });
    }),
    http.post(`${API}/auth/totp`, async ({ request }) => {
      const { code } = (await request.json()) as { code?: string };
      if (!signedIn(request)) return unauthorized();
      if (code !== MOCK_TOTP_CODE) return problem(401, 'The code is wrong.');
      pending = false;
      return HttpResponse.json({ data: session('passed', false) });
    }),
    http.post(`${API}/auth/recovery-code`, async ({ request }) => {
      const { code } = (await request.json()) as { code?: string };
      if (!signedIn(request)) return unauthorized();
      if (code !== MOCK_RECOVERY_CODE) return problem(401, 'The code is wrong.');
      pending = false;
      return HttpResponse.json({ data: session('passed', false) });
    }),
    http.get(`${API}/auth/session`, ({ request }) => (signedIn(request) ? HttpResponse.json(session(pending ? 'pending' : 'not-needed', false, pendingFactors)) : unauthorized())),
    http.delete(`${API}/auth/session`, ({ request }) => (signedIn(request) ? new HttpResponse(null, { status: 204 }) : unauthorized())),
    http.post(`${API}/auth/sign-out-everywhere`, ({ request }) => (signedIn(request) ? new HttpResponse(null, { status: 204 }) : unauthorized())),
    http.post(`${API}/auth/password-reset`, () => new HttpResponse(null, { status: 202 })),
    http.post(`${API}/auth/password`, async ({ request }) => {
      const { token } = (await request.json()) as { token?: string };
      return token === USED_LINK_TOKEN ? problem(410, 'The link is used or expired.') : new HttpResponse(null, { status: 204 });
    }),
    http.get(`${API}/bookings`, ({ request }) => {
      if (!signedIn(request)) return unauthorized();
      const url = new URL(request.url);
      const statuses = codeList(url, 'status');
      const wanted = statuses.length ? statuses : ['requested'];
      const room = url.searchParams.get('room');
      const q = url.searchParams.get('q')?.toLowerCase();
      const text = (b: StaffBooking) => [b.requester.name, b.requester.email, b.requester.organizationName ?? '', b.purpose].join(' ').toLowerCase();
      const matches = bookings.filter((b) => wanted.includes(b.status) && (!room || b.roomId === room) && (!q || text(b).includes(q)));
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const next = offset + limit < matches.length ? String(offset + limit) : null;
      return HttpResponse.json({ data: matches.slice(offset, offset + limit), meta: { total: matches.length, nextCursor: next, locale: 'de' } });
    }),
    http.patch(`${API}/bookings/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return unauthorized();
      const body = (await request.json()) as { status: 'confirmed' | 'declined'; reason?: string; dates?: Record<string, string> };
      decisionLog.push({ id: String(params.id), body });
      const booking = bookings.find((b) => b.id === params.id);
      if (!booking) return problem(404, 'No such booking.');
      if (booking.status !== 'requested') return problem(409, 'The booking is no longer a request.');
      const declines = body.status === 'declined' || Object.values(body.dates ?? {}).includes('declined');
      if (declines && !(body.reason && body.reason.trim().length >= 3)) {
        return problem(400, 'The request is malformed.', { errors: [{ path: 'reason', code: 'custom', message: 'Write the resident why (reason) when you decline.' }] });
      }
      if (options.decide === 'conflict' && body.status === 'confirmed') return problem(409, 'The room is taken at that time.', { conflicts: [{ start: booking.start, end: booking.end }] } as never);
      booking.status = body.status;
      booking.decisionReason = body.reason ?? null;
      for (const other of bookings) {
        other.overlaps = body.status === 'declined' ? other.overlaps.filter((o) => o.bookingId !== booking.id) : other.overlaps.map((o) => (o.bookingId === booking.id ? { ...o, status: 'confirmed' } : o));
      }
      return HttpResponse.json({ data: booking });
    }),
    http.post(`${API}/bookings/:id/decline-conflicting`, async ({ request, params }) => {
      if (!signedIn(request)) return unauthorized();
      const body = (await request.json()) as { reason?: string };
      decisionLog.push({ id: `${String(params.id)}/decline-conflicting`, body });
      const confirmed = bookings.find((b) => b.id === params.id);
      if (!confirmed || confirmed.status !== 'confirmed') return problem(409, 'The booking is not confirmed.');
      if (!(body.reason && body.reason.trim().length >= 3)) return problem(400, 'The request is malformed.', { errors: [{ path: 'reason', code: 'too_small', message: 'Too small' }] });
      const declined = bookings.filter((b) => b.status === 'requested' && b.overlaps.some((o) => o.bookingId === confirmed.id));
      for (const b of declined) {
        b.status = 'declined';
        b.decisionReason = body.reason;
      }
      return HttpResponse.json({ data: declined.map((b) => ({ id: b.id })) });
    }),
    http.get(`${API}/rooms`, () =>
      HttpResponse.json({
        data: [
          { id: 'saal-rathaus', name: 'Großer Saal' },
          { id: 'gruppenraum', name: 'Gruppenraum 2' },
        ],
        meta: { total: 2, nextCursor: null, locale: 'de' },
      }),
    ),
    ...officeStartHandlers(options, signedIn),
    ...reviewQueueHandlers(signedIn),
    ...officeImportHandlers(signedIn),
  ];
}
