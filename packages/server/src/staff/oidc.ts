/**
 * Sign-in through the municipality's OpenID Connect provider (Keycloak,
 * ADFS, Azure AD …) with openid-client: authorization code flow with PKCE,
 * `state` and `nonce`. One provider per server, configured by the operator.
 *
 * Between the redirect and the callback the attempt lives in the database
 * (any instance can finish it; used once; ten minutes). A short-lived cookie,
 * limited to the OIDC paths, ties the callback to the browser that started
 * it, so nobody can make another person's browser finish their sign-in.
 *
 * The provider only says who the person is; whether they may work here is
 * ours to decide: an active staff member of the tenant with exactly the
 * e-mail the provider confirmed. Nobody signs themselves up.
 */
import { randomBytes } from 'node:crypto';
import * as openid from 'openid-client';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { hashSecret, sameSecret } from '../http/auth.js';
import { ProblemError } from '../http/problem.js';

export const OIDC_ATTEMPT_MS = 10 * 60_000;

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Only this tenant signs in through the provider; others keep passwords only. */
  tenant?: string;
  /** The provider always checks a second factor itself, even where it reports no `amr` (e.g. a Keycloak with an OTP policy). */
  enforcesSecondFactor?: boolean;
  /** Accept an e-mail without `email_verified: true` (providers of one directory, such as ADFS, send no such claim). */
  trustUnverifiedEmail?: boolean;
}

/** The settings from `OIDC_*` variables, or undefined when no provider is configured. */
export function oidcSettingsFromEnv(env: Record<string, string | undefined>): OidcSettings | undefined {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer && !clientId) return undefined;
  if (!issuer || !clientId || !clientSecret) throw new Error('OpenID Connect needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.');
  return {
    issuer,
    clientId,
    clientSecret,
    tenant: env.OIDC_TENANT || undefined,
    enforcesSecondFactor: env.OIDC_ENFORCES_SECOND_FACTOR === '1',
    trustUnverifiedEmail: env.OIDC_TRUST_UNVERIFIED_EMAIL === '1',
  };
}

/** Who the provider says signed in. */
export interface OidcIdentity {
  email: string;
  /** The provider reports that it checked a second factor (`amr` holds `mfa`), or always does. */
  secondFactorPassed: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class OidcSignIn {
  #configuration: Promise<openid.Configuration> | undefined;

  constructor(
    readonly settings: OidcSettings,
    private readonly db: Kysely<DatabaseSchema>,
  ) {}

  servesTenant(tenantId: string): boolean {
    return !this.settings.tenant || this.settings.tenant === tenantId;
  }

  /** The provider's metadata, fetched once; a failure is retried on the next sign-in. */
  configuration(): Promise<openid.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // Plain http only for a provider on this machine (tests, a local Keycloak); everything else must be https.
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    this.#configuration ??= openid
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, { execute: insecure ? [openid.allowInsecureRequests] : [], timeout: 10 })
      .catch((error: unknown) => {
        this.#configuration = undefined;
        throw unreachable(error);
      });
    return this.#configuration;
  }

  /** Starts an attempt: the provider's URL to send the browser to, and the secret of the browser's binding cookie. */
  async start(tenantId: string, redirectUri: string, now: Date): Promise<{ url: URL; browserSecret: string }> {
    const configuration = await this.configuration();
    const state = openid.randomState();
    const nonce = openid.randomNonce();
    const codeVerifier = openid.randomPKCECodeVerifier();
    const browserSecret = randomBytes(32).toString('base64url');
    await this.db.deleteFrom('oidc_sign_in_attempts').where('expires_at', '<', now).execute();
    await this.db
      .insertInto('oidc_sign_in_attempts')
      .values({
        state_hash: hashSecret(state),
        tenant_id: tenantId,
        browser_hash: hashSecret(browserSecret),
        nonce,
        code_verifier: codeVerifier,
        redirect_uri: redirectUri,
        expires_at: new Date(now.getTime() + OIDC_ATTEMPT_MS),
      })
      .execute();
    const url = openid.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await openid.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, browserSecret };
  }

  /** Finishes the attempt `state` names with the provider's answer (the callback's query). */
  async finish(tenantId: string, query: URLSearchParams, browserSecret: string | undefined, now: Date): Promise<OidcIdentity> {
    const state = query.get('state');
    const attempt = state
      ? await this.db.deleteFrom('oidc_sign_in_attempts').where('state_hash', '=', hashSecret(state)).where('tenant_id', '=', tenantId).returningAll().executeTakeFirst()
      : undefined;
    if (!state || !attempt || attempt.expires_at <= now || !browserSecret || !sameSecret(hashSecret(browserSecret), attempt.browser_hash)) {
      throw new ProblemError({
        status: 400,
        type: 'oidc-state',
        title: 'Die Anmeldung wurde nicht hier begonnen oder ist abgelaufen',
        detail: 'Beginnen Sie die Anmeldung noch einmal auf der Anmeldeseite des Büros, im selben Browser.',
      });
    }
    const configuration = await this.configuration();
    const callbackUrl = new URL(attempt.redirect_uri);
    callbackUrl.search = query.toString();
    let tokens;
    try {
      tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      if (error instanceof openid.AuthorizationResponseError) {
        throw new ProblemError({ status: 401, type: 'oidc-refused', title: 'Ihr Identitätsanbieter hat die Anmeldung abgelehnt', detail: `Der Anbieter meldet: ${error.error}. Versuchen Sie es noch einmal oder melden Sie sich mit Passwort an.` });
      }
      throw unreachable(error);
    }
    const claims = tokens.claims()!;
    let email = claims.email;
    let verified = claims.email_verified;
    if (typeof email !== 'string') {
      // Many providers put the e-mail only into the userinfo answer, not into the ID token.
      const userInfo = await openid.fetchUserInfo(configuration, tokens.access_token, claims.sub).catch((error: unknown) => {
        throw unreachable(error);
      });
      email = userInfo.email;
      verified = userInfo.email_verified;
    }
    if (typeof email !== 'string' || !email.includes('@')) {
      throw new ProblemError({ status: 403, type: 'oidc-no-email', title: 'Ihr Identitätsanbieter nennt keine E-Mail-Adresse', detail: 'Fragen Sie Ihre IT, ob der Anbieter die E-Mail-Adresse (scope "email") an diese Anwendung gibt.' });
    }
    if (verified !== true && !this.settings.trustUnverifiedEmail) {
      throw new ProblemError({ status: 403, type: 'oidc-email-unverified', title: 'Ihre E-Mail-Adresse ist beim Identitätsanbieter nicht bestätigt', detail: 'Bestätigen Sie die Adresse dort oder fragen Sie Ihre IT.' });
    }
    const amr = Array.isArray(claims.amr) ? claims.amr : [];
    return { email: email.toLowerCase(), secondFactorPassed: Boolean(this.settings.enforcesSecondFactor) || amr.includes('mfa') };
  }
}

/** The cause goes to the operator's log, not to the browser: it may name internal hosts. */
function unreachable(error: unknown) {
  console.warn(`OpenID Connect: ${(error as Error)?.message ?? String(error)}`);
  return new ProblemError({
    status: 502,
    type: 'oidc-unavailable',
    title: 'Der Identitätsanbieter antwortet nicht wie erwartet',
    detail: 'Melden Sie sich mit Passwort an oder versuchen Sie es später noch einmal.',
  });
}
