/**
 * The data API as a Hono app: middleware, every route of the contract, the
 * OpenAPI document and the landing pages. `createApp` is all a host needs.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { buildOpenApiDocument, readsOnly, routes } from '@teilhabe/contract';
import { createMiddleware } from 'hono/factory';
import type { AppDependencies } from './app-dependencies.js';
import { queueStaffLinkMail } from './mail/staff-mails.js';
import { registerAuditRoutes } from './audit/routes.js';
import { roleGuard } from './http/auth.js';
import { registerStoredRecordRoutes } from './records/routes.js';
import { registerRecordConfirmationRoutes } from './records/confirmation-routes.js';
import { OWASP_PASSWORD_HASHING, type PasswordHashing } from './staff/passwords.js';
import { registerStaffRoutes } from './staff/routes.js';
import { registerOidcRoutes } from './staff/oidc-routes.js';
import type { OidcSettings } from './staff/oidc.js';
import { registerSecondFactorRoutes } from './staff/second-factor-routes.js';
import { registerSettingsRoutes } from './tenants/routes.js';
import { registerTokenRoutes } from './tokens/routes.js';
import type { Database } from './db/database.js';
import { publicCaching } from './http/caching.js';
import { revalidateByDataVersion } from './http/revalidation.js';
import { DataVersions } from './db/data-versions.js';
import { maxBodyBytesFromEnvironment, requestBodyLimit } from './http/body-limit.js';
import type { AppEnv } from './http/env.js';
import { handleError, problemResponse, validationHook } from './http/problem.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import { TenantDirectory, tenantScope } from './http/tenant.js';
import { registerPages, type StaticMounts } from './pages/routes.js';
import { registerBookingRoutes } from './resources/bookings/routes.js';
import { registerEventRoutes } from './resources/events/routes.js';
import { registerFundingRoutes } from './resources/funding/routes.js';
import { registerOutboxRoutes } from './outbox/routes.js';
import { registerImportRoutes } from './import/routes.js';
import { registerEventSourceRoutes } from './event-sources/routes.js';
import { registerExportRoutes } from './export/routes.js';
import { registerOrganizationRoutes } from './resources/organizations/routes.js';
import { registerRoomRoutes } from './resources/rooms/routes.js';
import { registerTaxonomyRoutes } from './resources/taxonomies/routes.js';
import { registerSelfServiceRoutes } from './self-service/routes.js';
import type { ProofOfWorkOptions } from './self-service/proof-of-work.js';

export interface AppOptions {
  database: Database;
  /** Public origin, e.g. `https://daten.musterkreis.de`; used in links the API hands out. */
  publicBaseUrl?: string;
  /** Public booking requests per client address. Default: 30 per 10 minutes. */
  bookingRateLimit?: RateLimitOptions;
  /** Static folders to serve (widget bundles, demo page). */
  staticMounts?: StaticMounts;
  /** Largest request body in bytes, answered 413 beyond. Default: `MAX_BODY_BYTES`, else 1 MB. */
  maxBodyBytes?: number;
  now?: () => Date;
  /** scrypt cost of new password hashes; the OWASP parameters by default. */
  passwordHashing?: PasswordHashing;
  /** Hands invitation and reset links to people; by default they are mailed through the outbox. */
  deliverStaffLink?: AppDependencies['deliverStaffLink'];
  /** The municipality's OpenID Connect provider; without it people sign in with a password only. */
  oidc?: OidcSettings;
  /** Whether queued mail reaches people; the public booking answer says so. Default false. */
  mailReachesRecipients?: boolean;
  /** Called after a commit that queued mail (the server's outbox worker). */
  onMailQueued?: () => void;
  /** Difficulty and lifetime of the proof-of-work challenges of public forms. */
  proofOfWork?: ProofOfWorkOptions;
}

export function createApp(options: AppOptions) {
  const { db } = options.database;
  const tenants = new TenantDirectory(db);
  const dataVersions = new DataVersions(options.database);
  // Settings changed through another instance reach this one's tenant cache at once.
  dataVersions.onChange(() => tenants.forget());
  const dependencies: AppDependencies = {
    db,
    tenants,
    dataVersions,
    bookingLimiter: new RateLimiter(db, options.bookingRateLimit ?? { max: 30, windowMs: 10 * 60_000 }),
    publicBaseUrl: options.publicBaseUrl,
    now: options.now ?? (() => new Date()),
    passwordHashing: options.passwordHashing ?? OWASP_PASSWORD_HASHING,
    deliverStaffLink:
      options.deliverStaffLink ??
      (async (message) => {
        await queueStaffLinkMail(db, message);
        options.onMailQueued?.();
      }),
    mail: { reachesRecipients: options.mailReachesRecipients ?? false, wake: options.onMailQueued ?? (() => {}) },
  };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });
  const revalidate = revalidateByDataVersion(dataVersions, dependencies.now);
  app.onError(handleError);
  app.notFound((c) => problemResponse(c, { status: 404, type: 'not-found', title: 'Not found', detail: `Nothing is at ${c.req.path}.` }));
  app.use('*', requestId);
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.use('/v1/*', publicCaching);
  app.use('/v1/:tenant/*', tenantScope(tenants));
  app.use('/v1/:tenant/*', (c, next) => (c.get('tenant') ? revalidate(c, next) : next()));
  // After the tenant scope, so that a 413 carries the tenant's CORS headers.
  app.use('*', requestBodyLimit(options.maxBodyBytes ?? maxBodyBytesFromEnvironment()));
  guardEveryRouteByRole(app, dependencies);

  const openApiDocument = buildOpenApiDocument();
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument, 200, { 'Access-Control-Allow-Origin': '*' }));
  app.openapi(routes.listTenants, async (c) => {
    const emailNotifications = dependencies.mail.reachesRecipients;
    const data = (await tenants.list()).map(({ id, name, defaultLocale, locales, timeZone }) => ({ id, name, defaultLocale, locales, timeZone, emailNotifications }));
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({ data }, 200);
  });

  registerTaxonomyRoutes(app, dependencies);
  registerOrganizationRoutes(app, dependencies);
  registerRoomRoutes(app, dependencies);
  registerBookingRoutes(app, dependencies);
  registerEventRoutes(app, dependencies);
  registerFundingRoutes(app, dependencies);
  registerStaffRoutes(app, dependencies);
  registerSecondFactorRoutes(app, dependencies);
  registerOidcRoutes(app, dependencies, options.oidc);
  registerTokenRoutes(app, dependencies);
  registerSettingsRoutes(app, dependencies);
  registerAuditRoutes(app, dependencies);
  registerStoredRecordRoutes(app, dependencies);
  registerRecordConfirmationRoutes(app, dependencies);
  registerOutboxRoutes(app, dependencies);
  registerSelfServiceRoutes(app, dependencies, options.proofOfWork);
  registerImportRoutes(app, dependencies);
  registerEventSourceRoutes(app, dependencies);
  registerExportRoutes(app, dependencies);
  registerPages(app, { openApiDocument, staticMounts: options.staticMounts ?? [], listTenants: () => tenants.list(), publicBaseUrl: options.publicBaseUrl });

  return { app, dependencies };
}

/**
 * Every route the contract marks with `x-roles` gets the role guard as its
 * first middleware, so no handler can forget the check; one marked
 * `x-reads-only` says so to the revalidation middleware.
 */
const markReadsOnly = createMiddleware<AppEnv>(async (c, next) => {
  c.set('readsOnly', true);
  await next();
});

function guardEveryRouteByRole(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  const register = app.openapi.bind(app);
  app.openapi = ((route: Parameters<typeof register>[0], ...rest: unknown[]) => {
    const guard = roleGuard(route, db, now);
    const mark = readsOnly(route) ? [markReadsOnly] : [];
    const middleware = [...(guard ? [guard] : []), ...mark, ...[route.middleware ?? []].flat()];
    return (register as (...args: unknown[]) => unknown)({ ...route, middleware }, ...rest);
  }) as typeof app.openapi;
}
