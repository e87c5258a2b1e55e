import type { Locale, StaffRole } from '@teilhabe/contract';
import type { Tenant } from '../domain/tenant.js';

/** The request's tenant; the same shape the services take. */
export type TenantContext = Tenant;

/** Who makes a staff request: a signed-in person or a program's token. */
export interface Actor {
  kind: 'staff' | 'token';
  /** The staff id or the token id. */
  id: string;
  name: string;
  email?: string;
  tenantId: string;
  roles: StaffRole[];
  /** The session of a signed-in person. */
  sessionId?: string;
  /** Signed in with the password, the second factor still to come. */
  secondFactorPending: boolean;
}

/** What middleware puts on the Hono context for the handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    tenant: TenantContext;
    locale: Locale;
    /** Set once the bearer secret of the request is checked. */
    actor?: Actor;
    /** Set for a route the contract marks `x-reads-only` (a POST that changes no data). */
    readsOnly?: boolean;
  };
}
