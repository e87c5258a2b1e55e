/**
 * HTTP for sign-in through the identity provider, and the public list of
 * sign-in methods the office's sign-in page reads. The flow is in `oidc.ts`.
 */
import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf } from '../audit/audit-log.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { OIDC_ATTEMPT_MS, OidcSignIn, type OidcSettings } from './oidc.js';
import { findStaffByEmail } from './repository.js';
import { openSession } from './service.js';

/** Ties the callback to the browser that started the sign-in; never sent anywhere but the OIDC paths. */
const BROWSER_COOKIE = 'tk_oidc';

export function registerOidcRoutes(app: OpenAPIHono<AppEnv>, dependencies: AppDependencies, settings: OidcSettings | undefined) {
  const { db, now } = dependencies;
  const oidc = settings && new OidcSignIn(settings, db);
  const baseUrl = (c: Context<AppEnv>) => dependencies.publicBaseUrl ?? new URL(c.req.url).origin;
  const tenantPath = (c: Context<AppEnv>) => `/v1/${encodeURIComponent(c.get('tenant').id)}/auth/oidc`;
  const configuredFor = (c: Context<AppEnv>) => {
    if (!oidc?.servesTenant(c.get('tenant').id)) {
      throw new ProblemError({ status: 404, type: 'oidc-not-configured', title: 'Für dieses Büro ist kein Identitätsanbieter eingerichtet', detail: 'Melden Sie sich mit E-Mail-Adresse und Passwort an.' });
    }
    return oidc;
  };

  app.openapi(routes.getSignInMethods, async (c) => {
    const tenantId = c.get('tenant').id;
    const startUrl = `/v1/${encodeURIComponent(tenantId)}/auth/oidc/start`;
    return c.json({ data: { password: true, oidc: oidc?.servesTenant(tenantId) ? { startUrl } : null } }, 200);
  });

  app.openapi(routes.startOidcSignIn, async (c) => {
    const provider = configuredFor(c);
    const redirectUri = `${baseUrl(c)}${tenantPath(c)}/callback`;
    const { url, browserSecret } = await provider.start(c.get('tenant').id, redirectUri, now());
    setCookie(c, BROWSER_COOKIE, browserSecret, {
      path: `${tenantPath(c)}/`,
      httpOnly: true,
      // Lax, not Strict: the provider's redirect back is a cross-site top-level navigation.
      sameSite: 'Lax',
      secure: redirectUri.startsWith('https:'),
      maxAge: OIDC_ATTEMPT_MS / 1000,
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect(url.href, 302);
  });

  app.openapi(routes.completeOidcSignIn, async (c) => {
    const provider = configuredFor(c);
    const tenant = c.get('tenant');
    const browserSecret = getCookie(c, BROWSER_COOKIE);
    deleteCookie(c, BROWSER_COOKIE, { path: `${tenantPath(c)}/` });
    const identity = await provider.finish(tenant.id, new URL(c.req.url).searchParams, browserSecret, now());
    const row = await findStaffByEmail(db, tenant.id, identity.email);
    if (!row || row.disabled_at) {
      throw new ProblemError({
        status: 403,
        type: 'oidc-unknown-person',
        title: 'Zu dieser Anmeldung gibt es kein Konto im Büro',
        detail: `Ihr Identitätsanbieter meldet die E-Mail-Adresse ${identity.email}. Eine Person mit der Rolle Admin kann Sie mit dieser Adresse eintragen.`,
      });
    }
    const session = await openSession({ db, tenant, actor: auditActorOf(c), now: now(), hashing: dependencies.passwordHashing }, row, 'oidc', { secondFactorPassed: identity.secondFactorPassed });
    c.header('Cache-Control', 'no-store');
    // The fragment never leaves the browser: neither this server's nor a proxy's log sees the secret.
    return c.redirect(`${baseUrl(c)}/office/?tenant=${encodeURIComponent(tenant.id)}#session=${session.token}`, 302);
  });
}
