/**
 * `client.signInMethods`: the ways to sign in and the hand-off of an
 * identity-provider sign-in; `client.secondFactor`: the authenticator app,
 * passkeys and recovery codes.
 *
 * Calls for a person send the client's `token`, which is then the session
 * secret (`ses_…`) from `POST /auth/sign-in` or from `sessionFromFragment`.
 * A session stays the same secret when its second factor passes.
 *
 * The passkey methods hand the WebAuthn options over as JSON and take the
 * browser's answer as JSON, the format of `@simplewebauthn/browser`
 * (`startRegistration({ optionsJSON })`, `startAuthentication({ optionsJSON })`);
 * the SDK itself stays free of WebAuthn code.
 */
import type { components } from '../generated/openapi.js';
import type { CallOptions } from '../transport.js';
import type { ResourceContext } from './context.js';

type Schemas = components['schemas'];
export type SignInMethods = Schemas['SignInMethods'];
export type SecondFactorsResponse = Schemas['SecondFactorsResponse'];
export type SecondFactorEnrolled = Schemas['SecondFactorEnrolled'];
export type SecondFactorPassed = Schemas['SecondFactorPassed'];
export type TotpEnrollment = Schemas['TotpEnrollment'];
export type PasskeyOptions = Schemas['PasskeyOptions'];
/** What `navigator.credentials.create/get` answered, as JSON. */
export type WebAuthnResponse = Schemas['WebAuthnResponse'];

export interface SignInMethodsResource {
  /** Password, and whether the municipality's identity provider is configured. Public. */
  get(options?: CallOptions): Promise<SignInMethods>;
  /** The URL to navigate the browser to (not to fetch) for the identity provider; undefined without one. */
  oidcStartUrl(methods: SignInMethods): string | undefined;
  /** The session secret the identity-provider sign-in left in the office app's URL fragment (`#session=ses_…`). */
  sessionFromFragment(hash: string): string | undefined;
}

export interface SecondFactorResource {
  /** The signed-in person's factors. */
  list(options?: CallOptions): Promise<SecondFactorsResponse>;
  /** A new authenticator secret and its `otpauth://` URI; it counts once `confirmTotpEnrollment` got a code. */
  startTotpEnrollment(options?: CallOptions): Promise<TotpEnrollment>;
  /** Confirms the app with its first code. `recoveryCodes` are shown only in this answer. */
  confirmTotpEnrollment(code: string, options?: CallOptions): Promise<SecondFactorEnrolled>;
  removeTotp(options?: CallOptions): Promise<SecondFactorsResponse>;
  /** Completes a pending sign-in with the app's code. An ApiError 401 for a wrong or used code, 429 when throttled. */
  verifyTotp(code: string, options?: CallOptions): Promise<SecondFactorPassed>;
  /** Completes a pending sign-in with a recovery code (each works once). */
  useRecoveryCode(code: string, options?: CallOptions): Promise<SecondFactorPassed>;
  /** Ten new recovery codes; the old ones stop working. */
  regenerateRecoveryCodes(options?: CallOptions): Promise<SecondFactorEnrolled>;

  /** Options for `startRegistration({ optionsJSON: result.data })`. */
  passkeyRegistrationOptions(options?: CallOptions): Promise<PasskeyOptions>;
  /** Stores the passkey the browser created. */
  registerPasskey(response: WebAuthnResponse, label?: string, options?: CallOptions): Promise<SecondFactorEnrolled>;
  removePasskey(id: string, options?: CallOptions): Promise<SecondFactorsResponse>;
  /** Options for `startAuthentication({ optionsJSON: result.data })` during a pending sign-in. */
  passkeyAuthenticationOptions(options?: CallOptions): Promise<PasskeyOptions>;
  /** Completes a pending sign-in with the passkey's answer. */
  verifyPasskey(response: WebAuthnResponse, options?: CallOptions): Promise<SecondFactorPassed>;
}

export function signInMethodsResource({ transport, tenant, baseUrl }: ResourceContext): SignInMethodsResource {
  return {
    get: (options) => transport.call({ shape: 'record' }, options, (init) => transport.api.GET('/v1/{tenant}/auth/methods', { ...init, params: { path: { tenant } } })),
    oidcStartUrl: (methods) => {
      const start = methods.data.oidc?.startUrl;
      return start ? `${baseUrl}${start}` : undefined;
    },
    sessionFromFragment: (hash) => {
      const secret = new URLSearchParams(hash.replace(/^#/, '')).get('session');
      return secret && /^ses_[\w-]+$/.test(secret) ? secret : undefined;
    },
  };
}

export function secondFactorResource({ transport, tenant }: ResourceContext): SecondFactorResource {
  const path = { params: { path: { tenant } } };
  const asPerson = { shape: 'record', auth: true, noStore: true } as const;

  return {
    list: (options) => transport.call(asPerson, options, (init) => transport.api.GET('/v1/{tenant}/auth/second-factors', { ...init, ...path })),
    startTotpEnrollment: (options) => transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/totp/enrollment', { ...init, ...path })),
    confirmTotpEnrollment: (code, options) =>
      transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/totp/enrollment/confirmation', { ...init, ...path, body: { code } })),
    removeTotp: (options) => transport.call(asPerson, options, (init) => transport.api.DELETE('/v1/{tenant}/auth/totp', { ...init, ...path })),
    verifyTotp: (code, options) => transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/totp', { ...init, ...path, body: { code } })),
    useRecoveryCode: (code, options) => transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/recovery-code', { ...init, ...path, body: { code } })),
    regenerateRecoveryCodes: (options) => transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/recovery-codes', { ...init, ...path })),

    passkeyRegistrationOptions: (options) =>
      transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/passkeys/registration-options', { ...init, ...path })),
    registerPasskey: (response, label, options) =>
      transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/passkeys', { ...init, ...path, body: { response, ...(label ? { label } : {}) } })),
    removePasskey: (id, options) =>
      transport.call(asPerson, options, (init) => transport.api.DELETE('/v1/{tenant}/auth/passkeys/{id}', { ...init, params: { path: { tenant, id } } })),
    passkeyAuthenticationOptions: (options) => transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/passkey/options', { ...init, ...path })),
    verifyPasskey: (response, options) => transport.call(asPerson, options, (init) => transport.api.POST('/v1/{tenant}/auth/passkey', { ...init, ...path, body: { response } })),
  };
}
