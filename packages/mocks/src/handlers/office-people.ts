/**
 * The admin screens and the account security of the office app, for its
 * stories and browser tests: staff (invite, roles, disable, the last-admin
 * rule), tokens of programs (the secret once, revoke), and the signed-in
 * person's second factors (authenticator app, passkeys, recovery codes).
 * Handlers run before the general office ones, so `admin` turns the mocked
 * session into an admin's.
 */
import { http, HttpResponse } from 'msw';
import type { ApiToken, SecondFactorsResponse, StaffMember, StaffSession } from '@teilhabe/sdk';
import { API, problem } from './common.js';

export interface OfficePeopleOptions {
  /** The signed-in person is an admin (she sees staff and tokens). */
  admin?: boolean;
  /** `load`: staff, tokens and the second factors answer 500; `last-admin`: every staff change answers 409 `last-admin`. */
  peopleFailure?: 'load' | 'last-admin';
  /** The signed-in person's factors: none yet (default), or an app and a passkey. */
  factors?: 'none' | 'app-and-passkey';
}

/** The secret the mocks hand out for a new token, and for a new authenticator app. */
export const MOCK_TOKEN_SECRET = 'tk_mock-3f9a7c2e1b4d6a8f0c2e4b6d8f1a3c5e';
export const MOCK_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** What the staff, token and factor handlers received, newest last. */
export const peopleLog: Array<{ method: string; path: string; body?: unknown }> = [];

const SESSION = 'Bearer ses_mock-office-session';
const signedIn = (request: Request) => request.headers.get('authorization') === SESSION;
const denied = () => problem(401, 'Sign in first.');
const CURRENT_ID = '6f1c2a8e-2f6b-4a44-9b1e-0d6c1d4b7a10';

export function staffFixtures(): StaffMember[] {
  const member = (id: string, fields: Partial<StaffMember> & Pick<StaffMember, 'name' | 'email'>): StaffMember => ({
    id,
    roles: ['editor'],
    status: 'active',
    secondFactors: [],
    createdAt: '2026-01-05T09:00:00Z',
    ...fields,
  });
  return [
    member(CURRENT_ID, { name: 'Selin Yılmaz', email: 'buero@musterkreis.example.de', roles: ['admin', 'bookings', 'editor'] }),
    member('7a2d3b9f-3c7e-4b55-8c2f-1e7d2e5c8b21', { name: 'Jonas Weber', email: 'jonas.weber@musterkreis.example.de', roles: ['editor'], secondFactors: ['totp'] }),
    member('8b3e4ca0-4d8f-4c66-9d30-2f8e3f6d9c32', { name: 'Olena Kravets', email: 'olena.kravets@musterkreis.example.de', roles: ['bookings'], status: 'invited' }),
    member('9c4f5db1-5e90-4d77-8e41-309f4a7e0d43', { name: 'Marco Rossi', email: 'marco.rossi@musterkreis.example.de', roles: ['bookings'], status: 'disabled' }),
  ];
}

export function tokenFixtures(): ApiToken[] {
  return [
    { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Import Vereinsregister', roles: ['editor'], createdAt: '2026-03-02T08:00:00Z', revokedAt: null },
    { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Alter Kalender-Export', roles: ['editor'], createdAt: '2025-11-10T08:00:00Z', revokedAt: '2026-06-30T12:00:00Z' },
  ];
}

function adminSession(staff: StaffMember): StaffSession {
  return {
    expiresAt: '2030-01-01T12:00:00Z',
    idleExpiresAt: '2030-01-01T02:00:00Z',
    secondFactor: 'not-needed',
    secondFactorOptions: [],
    staff,
    tenant: { id: 'musterkreis', name: 'Landkreis Musterkreis' },
  };
}

const recoveryCodes = () => Array.from({ length: 10 }, (_, n) => `k7qm${n}-4tz9c`);

export function officePeopleHandlers(options: OfficePeopleOptions = {}) {
  const staff = staffFixtures();
  const tokens = tokenFixtures();
  const factors: SecondFactorsResponse['data'] =
    options.factors === 'app-and-passkey'
      ? { totp: true, passkeys: [{ id: 'cHJvYmUtcGFzc2tleS0x', label: 'Laptop im Büro', createdAt: '2026-02-01T10:00:00Z', lastUsedAt: '2026-11-30T07:45:00Z' }], recoveryCodesLeft: 8, required: false }
      : { totp: false, passkeys: [], recoveryCodesLeft: 0, required: false };
  let enrolling = false;
  const log = async (request: Request, path: string) => {
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().json().catch(() => undefined);
    peopleLog.push({ method: request.method, path, body });
  };
  const firstFactorCodes = () => (factors.totp || factors.passkeys.length > 0 ? [] : recoveryCodes());
  const adminOnly = [
    http.get(`${API}/auth/session`, ({ request }) => (signedIn(request) ? HttpResponse.json(adminSession(staff[0]!)) : denied())),
    http.get(`${API}/staff`, ({ request }) => {
      if (!signedIn(request)) return denied();
      return options.peopleFailure === 'load' ? problem(500, 'Internal error.') : HttpResponse.json({ data: staff });
    }),
    http.post(`${API}/staff`, async ({ request }) => {
      if (!signedIn(request)) return denied();
      await log(request, '/staff');
      const body = (await request.json()) as { name: string; email: string; roles: StaffMember['roles'] };
      if (staff.some((m) => m.email.toLowerCase() === body.email.toLowerCase())) {
        return problem(409, 'Diese E-Mail-Adresse hat schon ein Konto', { type: 'staff-exists', errors: [{ path: 'email', code: 'taken', message: 'Zu dieser E-Mail-Adresse gibt es schon eine Person.' }] });
      }
      const member: StaffMember = { id: crypto.randomUUID(), name: body.name, email: body.email, roles: body.roles, status: 'invited', secondFactors: [], createdAt: new Date().toISOString() };
      staff.push(member);
      return HttpResponse.json({ data: member, setPasswordUrl: 'https://daten.musterkreis.example/office/set-password?tenant=musterkreis#token=mock-link' }, { status: 201 });
    }),
    http.patch(`${API}/staff/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return denied();
      await log(request, `/staff/${String(params.id)}`);
      const patch = (await request.json()) as { roles?: StaffMember['roles']; disabled?: boolean };
      const index = staff.findIndex((m) => m.id === params.id);
      if (index < 0) return problem(404, 'Person not found');
      const before = staff[index]!;
      const after: StaffMember = {
        ...before,
        roles: patch.roles ?? before.roles,
        status: patch.disabled === undefined ? before.status : patch.disabled ? 'disabled' : before.status === 'disabled' ? 'active' : before.status,
      };
      const losesAdmin = before.roles.includes('admin') && before.status !== 'disabled' && (!after.roles.includes('admin') || after.status === 'disabled');
      const otherAdmin = staff.some((m) => m.id !== before.id && m.status !== 'disabled' && m.roles.includes('admin'));
      if (options.peopleFailure === 'last-admin' || (losesAdmin && !otherAdmin)) {
        return problem(409, 'Dann hätte niemand mehr die Rolle Admin', { type: 'last-admin', detail: 'Geben Sie zuerst einer anderen Person die Rolle Admin.' });
      }
      staff[index] = after;
      return HttpResponse.json({ data: after });
    }),
    http.get(`${API}/tokens`, ({ request }) => {
      if (!signedIn(request)) return denied();
      return options.peopleFailure === 'load' ? problem(500, 'Internal error.') : HttpResponse.json({ data: tokens });
    }),
    http.post(`${API}/tokens`, async ({ request }) => {
      if (!signedIn(request)) return denied();
      await log(request, '/tokens');
      const body = (await request.json()) as { name: string; roles: ApiToken['roles'] };
      if (tokens.some((t) => !t.revokedAt && t.name === body.name)) return problem(409, 'A live token has this name already.');
      const token: ApiToken = { id: crypto.randomUUID(), name: body.name, roles: body.roles, createdAt: new Date().toISOString(), revokedAt: null };
      tokens.unshift(token);
      return HttpResponse.json({ data: token, token: MOCK_TOKEN_SECRET }, { status: 201 });
    }),
    http.delete(`${API}/tokens/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return denied();
      await log(request, `/tokens/${String(params.id)}`);
      const token = tokens.find((t) => t.id === params.id);
      if (!token) return problem(404, 'No such token.');
      token.revokedAt ??= new Date().toISOString();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
  return [
    ...(options.admin ? adminOnly : []),
    http.get(`${API}/auth/second-factors`, ({ request }) => {
      if (!signedIn(request)) return denied();
      return options.peopleFailure === 'load' ? problem(500, 'Internal error.') : HttpResponse.json({ data: factors });
    }),
    http.post(`${API}/auth/totp/enrollment`, ({ request }) => {
      if (!signedIn(request)) return denied();
      if (factors.totp) return problem(409, 'An authenticator app is set up already; remove it first.');
      enrolling = true;
      const label = encodeURIComponent('Teilhabe-Kit Landkreis Musterkreis:buero@musterkreis.example.de');
      return HttpResponse.json(
        { data: { secret: MOCK_TOTP_SECRET, uri: `otpauth://totp/${label}?secret=${MOCK_TOTP_SECRET}&issuer=Teilhabe-Kit&algorithm=SHA1&digits=6&period=30`, expiresAt: '2030-01-01T12:10:00Z' } },
        { status: 201 },
      );
    }),
    http.post(`${API}/auth/totp/enrollment/confirmation`, async ({ request }) => {
      if (!signedIn(request)) return denied();
      await log(request, '/auth/totp/enrollment/confirmation');
      const { code } = (await request.json()) as { code?: string };
      if (!enrolling) return problem(410, 'No set-up was started, or it expired; start again.');
      if (code !== '123456') return problem(401, 'The code did not match.');
      const codes = firstFactorCodes();
      enrolling = false;
      factors.totp = true;
      if (codes.length) factors.recoveryCodesLeft = codes.length;
      return HttpResponse.json({ data: factors, recoveryCodes: codes });
    }),
    http.delete(`${API}/auth/totp`, async ({ request }) => {
      if (!signedIn(request)) return denied();
      await log(request, '/auth/totp');
      if (!factors.totp) return problem(404, 'No authenticator app is set up.');
      factors.totp = false;
      return HttpResponse.json({ data: factors });
    }),
    http.post(`${API}/auth/passkeys/registration-options`, ({ request }) => {
      if (!signedIn(request)) return denied();
      return HttpResponse.json({
        data: {
          challenge: 'bW9jay1jaGFsbGVuZ2UtMDEyMzQ1Njc4OQ',
          rp: { name: 'Teilhabe-Kit Landkreis Musterkreis', id: location.hostname },
          user: { id: 'bW9jay11c2VyLWlk', name: 'buero@musterkreis.example.de', displayName: 'Selin Yılmaz' },
          pubKeyCredParams: [{ alg: -7, type: 'public-key' }, { alg: -257, type: 'public-key' }],
          timeout: 60000,
          attestation: 'none',
          excludeCredentials: factors.passkeys.map((p) => ({ id: p.id, type: 'public-key' })),
          authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
        },
      });
    }),
    http.post(`${API}/auth/passkeys`, async ({ request }) => {
      if (!signedIn(request)) return denied();
      await log(request, '/auth/passkeys');
      const { response, label } = (await request.json()) as { response: { id: string }; label?: string };
      if (factors.passkeys.some((p) => p.id === response.id)) return problem(409, 'This passkey is registered already.');
      const codes = firstFactorCodes();
      factors.passkeys = [...factors.passkeys, { id: response.id, label: label || 'Passkey', createdAt: new Date().toISOString(), lastUsedAt: null }];
      if (codes.length) factors.recoveryCodesLeft = codes.length;
      return HttpResponse.json({ data: factors, recoveryCodes: codes }, { status: 201 });
    }),
    http.delete(`${API}/auth/passkeys/:id`, async ({ request, params }) => {
      if (!signedIn(request)) return denied();
      await log(request, `/auth/passkeys/${String(params.id)}`);
      if (!factors.passkeys.some((p) => p.id === params.id)) return problem(404, 'No such passkey.');
      factors.passkeys = factors.passkeys.filter((p) => p.id !== params.id);
      return HttpResponse.json({ data: factors });
    }),
    http.post(`${API}/auth/recovery-codes`, async ({ request }) => {
      if (!signedIn(request)) return denied();
      await log(request, '/auth/recovery-codes');
      if (!factors.totp && factors.passkeys.length === 0) return problem(409, 'Set up a second factor first.');
      factors.recoveryCodesLeft = 10;
      return HttpResponse.json({ data: factors, recoveryCodes: recoveryCodes() });
    }),
  ];
}
