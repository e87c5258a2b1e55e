/**
 * The operations of the second factor (authenticator app, passkeys, recovery
 * codes) and of sign-in through the municipality's OpenID Connect provider.
 */
import { z } from '@hono/zod-openapi';
import { publicRoute, staffRoute } from './access.js';
import { Problem, TenantParam } from './common.js';
import {
  OidcCallbackQuery,
  PasskeyAuthenticationInput,
  PasskeyOptions,
  PasskeyRegistrationInput,
  RecoveryCodeInput,
  SecondFactorEnrolled,
  SecondFactorPassed,
  SecondFactorsResponse,
  SignInMethods,
  TotpCodeInput,
  TotpEnrollment,
} from './sign-in.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const redirect = (description: string) => ({ description, headers: z.object({ Location: z.string() }) });

const noTenant = problem('No such tenant.');
const invalid = problem('The body is invalid; `errors` names each bad field.');
const tooMany = problem('Too many attempts; see `Retry-After`.');
const wrongCode = problem('The code or passkey did not match (or was used already).');
const notNow = problem('Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors).');
const pending = { allowsPendingSecondFactor: true } as const;

// ── Which ways to sign in exist ────────────────────────────────────────────

export const getSignInMethods = publicRoute({
  operationId: 'getSignInMethods',
  tags: ['Sign-in'],
  method: 'get',
  path: '/v1/{tenant}/auth/methods',
  summary: 'How people of this tenant can sign in (password, identity provider)',
  request: { params: TenantParam },
  responses: { 200: json(SignInMethods, 'The sign-in methods'), 404: noTenant },
});

// ── OpenID Connect ─────────────────────────────────────────────────────────

export const startOidcSignIn = publicRoute({
  operationId: 'startOidcSignIn',
  tags: ['Sign-in'],
  method: 'get',
  path: '/v1/{tenant}/auth/oidc/start',
  summary: 'Sign in with the municipality\'s identity provider (a browser navigation, not a fetch)',
  description:
    'Redirects to the identity provider (authorization code flow with PKCE, `state` and `nonce`). Sets one short-lived, `HttpOnly` cookie limited to `/v1/{tenant}/auth/oidc/` that ties the callback to this browser; no other route sets or reads it.',
  request: { params: TenantParam },
  responses: {
    302: redirect('To the identity provider'),
    404: problem('No such tenant, or no identity provider configured for it.'),
    502: problem('The identity provider cannot be reached.'),
  },
});

export const completeOidcSignIn = publicRoute({
  operationId: 'completeOidcSignIn',
  tags: ['Sign-in'],
  method: 'get',
  path: '/v1/{tenant}/auth/oidc/callback',
  summary: 'Where the identity provider sends the browser back',
  description:
    'Lets a person in only when an active staff member with the e-mail the provider confirmed exists in this tenant (no self sign-up). On success it redirects to `/office/?tenant=…#session=ses_…`: the secret is in the fragment, which browsers never send to a server, so no access log or proxy sees it.',
  request: { params: TenantParam, query: OidcCallbackQuery },
  responses: {
    302: redirect('Signed in: to the office app, with the session secret in the fragment'),
    400: problem('The sign-in was not started here, is expired, or `state` does not match.'),
    401: problem('The identity provider refused the sign-in.'),
    403: problem('Nobody in this tenant has the e-mail the identity provider confirmed (or it is not confirmed).'),
    404: problem('No such tenant, or no identity provider configured for it.'),
    502: problem('The identity provider cannot be reached or answered something unusable.'),
  },
});

// ── The second factor of the signed-in person ───────────────────────────────

export const getSecondFactors = staffRoute([], {
  operationId: 'getSecondFactors',
  tags: ['Sign-in'],
  method: 'get',
  path: '/v1/{tenant}/auth/second-factors',
  summary: 'The second factors of the signed-in person',
  request: { params: TenantParam },
  responses: { 200: json(SecondFactorsResponse, 'Authenticator app, passkeys, recovery codes left'), 400: notNow, 404: noTenant },
});

export const startTotpEnrollment = staffRoute(
  [],
  {
    operationId: 'startTotpEnrollment',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/totp/enrollment',
    summary: 'Start setting up an authenticator app: a new secret and its `otpauth://` URI',
    description: 'The secret counts only after `confirmation` with a first code. A pending session may call it only when the person has no second factor yet (`secondFactorOptions` = `enroll`).',
    request: { params: TenantParam },
    responses: { 201: json(TotpEnrollment, 'The secret to show once'), 400: notNow, 403: notNow, 404: noTenant, 409: problem('An authenticator app is set up already; remove it first.') },
  },
  pending,
);

export const confirmTotpEnrollment = staffRoute(
  [],
  {
    operationId: 'confirmTotpEnrollment',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/totp/enrollment/confirmation',
    summary: 'Confirm the authenticator app with its first code',
    description: 'From now on the app is a second factor. A pending sign-in that had to set one up is complete with it.',
    request: { params: TenantParam, body: body(TotpCodeInput) },
    responses: { 200: json(SecondFactorEnrolled, 'Set up; recovery codes if these are new'), 400: invalid, 401: wrongCode, 403: notNow, 404: noTenant, 409: notNow, 410: problem('No set-up was started, or it expired; start again.'), 429: tooMany },
  },
  pending,
);

export const removeTotp = staffRoute([], {
  operationId: 'removeTotp',
  tags: ['Sign-in'],
  method: 'delete',
  path: '/v1/{tenant}/auth/totp',
  summary: 'Remove the authenticator app',
  request: { params: TenantParam },
  responses: { 200: json(SecondFactorsResponse, 'Removed'), 400: notNow, 404: problem('No such tenant, or no authenticator app is set up.'), 409: problem('The tenant requires a second factor and this is the last one; add a passkey first.') },
});

export const verifyTotp = staffRoute(
  [],
  {
    operationId: 'verifyTotp',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/totp',
    summary: 'Complete a pending sign-in with a code of the authenticator app',
    description: 'A code works once; wrong codes slow down and then lock like wrong passwords.',
    request: { params: TenantParam, body: body(TotpCodeInput) },
    responses: { 200: json(SecondFactorPassed, 'The sign-in is complete'), 400: invalid, 401: wrongCode, 404: noTenant, 409: notNow, 429: tooMany },
  },
  pending,
);

export const useRecoveryCode = staffRoute(
  [],
  {
    operationId: 'useRecoveryCode',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/recovery-code',
    summary: 'Complete a pending sign-in with a recovery code (each works once)',
    request: { params: TenantParam, body: body(RecoveryCodeInput) },
    responses: { 200: json(SecondFactorPassed, 'The sign-in is complete'), 400: invalid, 401: wrongCode, 404: noTenant, 409: notNow, 429: tooMany },
  },
  pending,
);

export const regenerateRecoveryCodes = staffRoute([], {
  operationId: 'regenerateRecoveryCodes',
  tags: ['Sign-in'],
  method: 'post',
  path: '/v1/{tenant}/auth/recovery-codes',
  summary: 'New recovery codes; the old ones stop working',
  request: { params: TenantParam },
  responses: { 200: json(SecondFactorEnrolled, 'The new codes, shown only now'), 400: notNow, 404: noTenant, 409: problem('Set up a second factor first.') },
});

export const passkeyRegistrationOptions = staffRoute(
  [],
  {
    operationId: 'passkeyRegistrationOptions',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/passkeys/registration-options',
    summary: 'Options for `navigator.credentials.create` to add a passkey',
    description: 'A pending session may call it only when the person has no second factor yet (`secondFactorOptions` = `enroll`).',
    request: { params: TenantParam },
    responses: { 200: json(PasskeyOptions, 'Creation options with a fresh challenge'), 400: notNow, 403: notNow, 404: noTenant },
  },
  pending,
);

export const registerPasskey = staffRoute(
  [],
  {
    operationId: 'registerPasskey',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/passkeys',
    summary: 'Add the passkey the browser created',
    request: { params: TenantParam, body: body(PasskeyRegistrationInput) },
    responses: {
      201: json(SecondFactorEnrolled, 'Added; recovery codes if these are new'),
      400: problem('The body is invalid, or the browser\'s answer does not verify (wrong origin, challenge or signature).'),
      403: notNow,
      404: noTenant,
      409: problem('This passkey is registered already.'),
      410: problem('No challenge is waiting, or it expired; ask for new options.'),
    },
  },
  pending,
);

export const removePasskey = staffRoute([], {
  operationId: 'removePasskey',
  tags: ['Sign-in'],
  method: 'delete',
  path: '/v1/{tenant}/auth/passkeys/{id}',
  summary: 'Remove a passkey',
  request: { params: TenantParam.extend({ id: z.string().max(1400).regex(/^[\w-]+$/).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: json(SecondFactorsResponse, 'Removed'), 400: notNow, 404: problem('No such tenant or passkey.'), 409: problem('The tenant requires a second factor and this is the last one; set up another first.') },
});

export const passkeyAuthenticationOptions = staffRoute(
  [],
  {
    operationId: 'passkeyAuthenticationOptions',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/passkey/options',
    summary: 'Options for `navigator.credentials.get` to complete a pending sign-in',
    request: { params: TenantParam },
    responses: { 200: json(PasskeyOptions, 'Request options with a fresh challenge and the person\'s passkeys'), 404: noTenant, 409: problem('Nothing is pending, or the person has no passkey.') },
  },
  pending,
);

export const verifyPasskey = staffRoute(
  [],
  {
    operationId: 'verifyPasskey',
    tags: ['Sign-in'],
    method: 'post',
    path: '/v1/{tenant}/auth/passkey',
    summary: 'Complete a pending sign-in with a passkey',
    request: { params: TenantParam, body: body(PasskeyAuthenticationInput) },
    responses: {
      200: json(SecondFactorPassed, 'The sign-in is complete'),
      400: invalid,
      401: wrongCode,
      404: noTenant,
      409: notNow,
      410: problem('No challenge is waiting, or it expired; ask for new options.'),
      429: tooMany,
    },
  },
  pending,
);

export const signInRoutes = {
  getSignInMethods,
  startOidcSignIn,
  completeOidcSignIn,
  getSecondFactors,
  startTotpEnrollment,
  confirmTotpEnrollment,
  removeTotp,
  verifyTotp,
  useRecoveryCode,
  regenerateRecoveryCodes,
  passkeyRegistrationOptions,
  registerPasskey,
  removePasskey,
  passkeyAuthenticationOptions,
  verifyPasskey,
};
