/**
 * Who may call an operation, stated once per route: public operations say
 * `security: []`; staff operations name their roles in `x-roles` (read by the
 * server's one role guard) and in their description, and accept a signed-in
 * person's session or a program's token, both as a bearer secret.
 */
import { createRoute } from '@hono/zod-openapi';
import { Problem } from './common.js';
import type { StaffRole } from './office.js';

type RouteConfig = Parameters<typeof createRoute>[0];

const problemContent = { 'application/problem+json': { schema: Problem } };

/** Both bearer kinds: a person's session (`ses_…`) or a program's token (`tk_…`). */
export const STAFF_SECURITY: Array<Record<string, string[]>> = [{ staffSession: [] }, { apiToken: [] }];

export const ACCESS_ERRORS = {
  401: { description: 'Not signed in: no, an expired or an unknown bearer secret.', content: problemContent },
  403: { description: 'Signed in, but without the role this operation needs (or for another tenant).', content: problemContent },
} as const;

export interface PublicRouteOptions {
  /**
   * A POST that only reads (the funding match: its profile stays out of URLs
   * and logs). Marked `x-reads-only`, so that the server does not take it
   * for a write: the cached data versions stay valid.
   */
  readsOnly?: boolean;
}

/** A public operation: no sign-in, no cookie, no personal data in the answer. */
export function publicRoute<const R extends RouteConfig>(config: R, options: PublicRouteOptions = {}) {
  return createRoute({ ...config, security: [], ...(options.readsOnly ? { 'x-reads-only': true as const } : {}) });
}

/** Whether the route changes no data although its method is not GET. */
export function readsOnly(route: object): boolean {
  return (route as { 'x-reads-only'?: boolean })['x-reads-only'] === true;
}

export interface StaffRouteOptions {
  /**
   * Also open to a session whose second factor is still pending. Only the
   * steps that complete the sign-in (and signing out) set it; everything
   * else answers such a session 401 `second-factor-required`.
   */
  allowsPendingSecondFactor?: boolean;
}

/**
 * A staff operation. `roles` lists the roles that may call it (`admin` may
 * always); an empty list means any signed-in person or token of the tenant.
 */
export function staffRoute<const R extends RouteConfig>(roles: readonly StaffRole[], config: R, options: StaffRouteOptions = {}) {
  const who = roles.length ? `Needs the role ${roles.map((r) => `\`${r}\``).join(' or ')} (or \`admin\`).` : 'Needs a signed-in person or a token of this tenant.';
  const pending = options.allowsPendingSecondFactor ? ' A session whose second factor is still pending may call it too.' : '';
  return createRoute({
    ...config,
    security: STAFF_SECURITY,
    description: config.description ? `${config.description}\n\n${who}${pending}` : `${who}${pending}`,
    'x-roles': roles,
    ...(options.allowsPendingSecondFactor ? { 'x-allows-pending-second-factor': true as const } : {}),
    responses: { ...ACCESS_ERRORS, ...config.responses },
  });
}

/** Whether a session with its second factor still pending may call the route. */
export function allowsPendingSecondFactor(route: object): boolean {
  return (route as { 'x-allows-pending-second-factor'?: boolean })['x-allows-pending-second-factor'] === true;
}

/** The roles a route declares (undefined for a public route). */
export function requiredRoles(route: object): readonly StaffRole[] | undefined {
  return (route as { 'x-roles'?: readonly StaffRole[] })['x-roles'];
}
