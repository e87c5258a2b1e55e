/**
 * The operations of the office side: sign-in, settings, staff, tokens, the
 * audit trail and staff reads of records as stored.
 */
import { z } from '@hono/zod-openapi';
import { publicRoute, staffRoute } from './access.js';
import { Problem, Slug, TenantParam } from './common.js';
import { signInRoutes } from './sign-in-routes.js';
import {
  ApiToken,
  ApiTokenCreated,
  ApiTokenInput,
  AuditEntry,
  AuditQuery,
  PasswordResetRequest,
  RecordCollection,
  SetPasswordInput,
  SignInInput,
  StaffInvite,
  StaffInvited,
  StaffMember,
  StaffPatch,
  StaffSession,
  StoredRecord,
  StoredRecordQuery,
  StoredRecordSummary,
  TenantSettings,
  TenantSettingsPatch,
  type StaffRole,
} from './office.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** Lists of the office side page by cursor; they carry no facets or locale. */
const staffListOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ data: z.array(item), meta: z.object({ nextCursor: z.string().nullable() }) }).openapi(name);

const UuidParams = TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const invalid = problem('The body is invalid; `errors` names each bad field.');
const tooMany = problem('Too many attempts; see `Retry-After`.');

// ── Sign-in ────────────────────────────────────────────────────────────────

export const signIn = publicRoute({
  operationId: 'signIn',
  tags: ['Sign-in'],
  method: 'post',
  path: '/v1/{tenant}/auth/sign-in',
  summary: 'Sign in with e-mail and password',
  description:
    'The answer holds the session secret once (`token`); send it as `Authorization: Bearer …`. An unknown e-mail and a wrong password get the same answer. Repeated failures slow down and then lock the account and the address for a while (429).',
  request: { params: TenantParam, body: body(SignInInput) },
  responses: { 200: json(StaffSession, 'Signed in (maybe with the second factor still pending)'), 400: invalid, 401: problem('E-mail or password is wrong.'), 404: problem('No such tenant.'), 429: tooMany },
});

export const getSession = staffRoute([], {
  operationId: 'getSession',
  tags: ['Sign-in'],
  method: 'get',
  path: '/v1/{tenant}/auth/session',
  summary: 'The current session and who is signed in',
  request: { params: TenantParam },
  responses: { 200: json(StaffSession, 'The session (without its secret)'), 404: problem('No such tenant.') },
}, { allowsPendingSecondFactor: true });

export const signOut = staffRoute([], {
  operationId: 'signOut',
  tags: ['Sign-in'],
  method: 'delete',
  path: '/v1/{tenant}/auth/session',
  summary: 'Sign out (ends this session)',
  request: { params: TenantParam },
  responses: { 204: { description: 'Signed out' }, 404: problem('No such tenant.') },
}, { allowsPendingSecondFactor: true });

export const signOutEverywhere = staffRoute([], {
  operationId: 'signOutEverywhere',
  tags: ['Sign-in'],
  method: 'post',
  path: '/v1/{tenant}/auth/sign-out-everywhere',
  summary: 'End every session of the signed-in person, on every device',
  request: { params: TenantParam },
  responses: { 204: { description: 'All sessions ended' }, 404: problem('No such tenant.') },
});

export const setPassword = publicRoute({
  operationId: 'setPassword',
  tags: ['Sign-in'],
  method: 'post',
  path: '/v1/{tenant}/auth/password',
  summary: 'Set a password with the one-time link of an invitation or a reset',
  description: `At least 12 characters; common passwords are refused. Ends every other session of the person.`,
  request: { params: TenantParam, body: body(SetPasswordInput) },
  responses: { 204: { description: 'The password is set; sign in with it' }, 400: invalid, 404: problem('No such tenant.'), 410: problem('The link is used or expired.'), 429: tooMany },
});

export const requestPasswordReset = publicRoute({
  operationId: 'requestPasswordReset',
  tags: ['Sign-in'],
  method: 'post',
  path: '/v1/{tenant}/auth/password-reset',
  summary: 'Ask for a link to set a new password',
  description: 'The answer is the same whether the e-mail belongs to a person or not; the link goes to the e-mail address only.',
  request: { params: TenantParam, body: body(PasswordResetRequest) },
  responses: { 202: { description: 'If the address belongs to a person of this tenant, a link is on its way' }, 400: invalid, 404: problem('No such tenant.'), 429: tooMany },
});

// ── Settings ───────────────────────────────────────────────────────────────

export const getSettings = staffRoute(['admin'], {
  operationId: 'getSettings',
  tags: ['Settings'],
  method: 'get',
  path: '/v1/{tenant}/settings',
  summary: 'The settings of the tenant',
  request: { params: TenantParam },
  responses: { 200: json(z.object({ data: TenantSettings }).openapi('TenantSettingsResponse'), 'The settings'), 404: problem('No such tenant.') },
});

export const patchSettings = staffRoute(['admin'], {
  operationId: 'patchSettings',
  tags: ['Settings'],
  method: 'patch',
  path: '/v1/{tenant}/settings',
  summary: 'Change some settings of the tenant',
  request: { params: TenantParam, body: body(TenantSettingsPatch) },
  responses: { 200: json(z.object({ data: TenantSettings }).openapi('TenantSettingsChanged'), 'The settings after the change'), 400: invalid, 404: problem('No such tenant.') },
});

// ── Staff ──────────────────────────────────────────────────────────────────

export const listStaff = staffRoute(['admin'], {
  operationId: 'listStaff',
  tags: ['Staff'],
  method: 'get',
  path: '/v1/{tenant}/staff',
  summary: 'The people who work with this tenant\'s data',
  request: { params: TenantParam },
  responses: { 200: json(z.object({ data: z.array(StaffMember) }).openapi('StaffList'), 'Everyone, disabled people included'), 404: problem('No such tenant.') },
});

export const inviteStaff = staffRoute(['admin'], {
  operationId: 'inviteStaff',
  tags: ['Staff'],
  method: 'post',
  path: '/v1/{tenant}/staff',
  summary: 'Add a person; the answer holds a one-time link to set the password',
  request: { params: TenantParam, body: body(StaffInvite) },
  responses: { 201: json(StaffInvited, 'Invited'), 400: invalid, 404: problem('No such tenant.'), 409: problem('A person with this e-mail exists already.') },
});

export const updateStaff = staffRoute(['admin'], {
  operationId: 'updateStaff',
  tags: ['Staff'],
  method: 'patch',
  path: '/v1/{tenant}/staff/{id}',
  summary: 'Change a person\'s name or roles, or disable them (which ends their sessions at once)',
  request: { params: UuidParams, body: body(StaffPatch) },
  responses: {
    200: json(z.object({ data: StaffMember }).openapi('StaffChanged'), 'Changed'),
    400: invalid,
    404: problem('No such tenant or person.'),
    409: problem('The change would leave the tenant without an active admin.'),
  },
});

// ── Tokens ─────────────────────────────────────────────────────────────────

export const listTokens = staffRoute(['admin'], {
  operationId: 'listTokens',
  tags: ['Tokens'],
  method: 'get',
  path: '/v1/{tenant}/tokens',
  summary: 'Tokens of programs (imports, other municipal systems)',
  request: { params: TenantParam },
  responses: { 200: json(z.object({ data: z.array(ApiToken) }).openapi('ApiTokenList'), 'Every token, revoked ones included'), 404: problem('No such tenant.') },
});

export const createToken = staffRoute(['admin'], {
  operationId: 'createToken',
  tags: ['Tokens'],
  method: 'post',
  path: '/v1/{tenant}/tokens',
  summary: 'Create a token for a program; the secret is in this answer only',
  request: { params: TenantParam, body: body(ApiTokenInput) },
  responses: { 201: json(ApiTokenCreated, 'Created'), 400: invalid, 404: problem('No such tenant.'), 409: problem('A live token has this name already.') },
});

export const revokeToken = staffRoute(['admin'], {
  operationId: 'revokeToken',
  tags: ['Tokens'],
  method: 'delete',
  path: '/v1/{tenant}/tokens/{id}',
  summary: 'Revoke a token; programs using it are refused from now on',
  request: { params: UuidParams },
  responses: { 204: { description: 'Revoked' }, 404: problem('No such tenant or token.') },
});

// ── Audit ──────────────────────────────────────────────────────────────────

export const listAudit = staffRoute([], {
  operationId: 'listAudit',
  tags: ['Audit'],
  method: 'get',
  path: '/v1/{tenant}/audit',
  summary: 'Who changed what and when, newest first',
  description: 'Filter by record (`recordType` + `recordId`), by person or token (`actor`) and by time. Passwords, secrets and tokens are never part of it.',
  request: { params: TenantParam, query: AuditQuery },
  responses: { 200: json(staffListOf(AuditEntry, 'AuditList'), 'One page of entries'), 400: invalid, 404: problem('No such tenant.') },
});

// ── Records as stored ──────────────────────────────────────────────────────

/** Which role reads and writes each collection. */
export const COLLECTION_ROLES: Record<RecordCollection, StaffRole> = {
  organizations: 'editor',
  events: 'editor',
  'funding-programs': 'editor',
  venues: 'bookings',
  rooms: 'bookings',
};

function storedRecordRoutes(collection: RecordCollection, operationName: string) {
  const role = COLLECTION_ROLES[collection];
  const list = staffRoute([role], {
    operationId: `listStored${operationName}`,
    tags: ['Records'],
    method: 'get',
    path: `/v1/{tenant}/records/${collection}`,
    summary: `${operationName} as stored, unpublished ones included, least recently confirmed first`,
    request: { params: TenantParam, query: StoredRecordQuery },
    responses: { 200: json(staffListOf(StoredRecordSummary, `Stored${operationName}List`), 'One page'), 400: invalid, 404: problem('No such tenant.') },
  });
  const get = staffRoute([role], {
    operationId: `getStored${operationName}`,
    tags: ['Records'],
    method: 'get',
    path: `/v1/{tenant}/records/${collection}/{id}`,
    summary: `One of the ${collection} as stored, with its version (\`ETag\`) for the next write`,
    request: { params: TenantParam.extend({ id: Slug.openapi({ param: { name: 'id', in: 'path' } }) }) },
    responses: { 200: json(StoredRecord, 'The record with every locale and every contact'), 404: problem('No such tenant or record.') },
  });
  return { list, get };
}

const storedOrganizations = storedRecordRoutes('organizations', 'Organizations');
const storedVenues = storedRecordRoutes('venues', 'Venues');
const storedRooms = storedRecordRoutes('rooms', 'Rooms');
const storedEvents = storedRecordRoutes('events', 'Events');
const storedFundingPrograms = storedRecordRoutes('funding-programs', 'FundingPrograms');

export const storedRecordRoutesByCollection = {
  organizations: storedOrganizations,
  venues: storedVenues,
  rooms: storedRooms,
  events: storedEvents,
  'funding-programs': storedFundingPrograms,
} as const;

export const officeRoutes = {
  signIn,
  getSession,
  signOut,
  signOutEverywhere,
  setPassword,
  requestPasswordReset,
  ...signInRoutes,
  getSettings,
  patchSettings,
  listStaff,
  inviteStaff,
  updateStaff,
  listTokens,
  createToken,
  revokeToken,
  listAudit,
  listStoredOrganizations: storedOrganizations.list,
  getStoredOrganization: storedOrganizations.get,
  listStoredVenues: storedVenues.list,
  getStoredVenue: storedVenues.get,
  listStoredRooms: storedRooms.list,
  getStoredRoom: storedRooms.get,
  listStoredEvents: storedEvents.list,
  getStoredEvent: storedEvents.get,
  listStoredFundingPrograms: storedFundingPrograms.list,
  getStoredFundingProgram: storedFundingPrograms.get,
};
