import type { DataVersions } from './db/data-versions.js';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './db/schema.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { TenantContext } from './http/env.js';
import type { TenantDirectory } from './http/tenant.js';
import type { PasswordHashing } from './staff/passwords.js';

/** A one-time link for a person of the staff: an invitation or a password reset. */
export interface StaffLinkMessage {
  kind: 'set-password' | 'reset-password';
  tenant: TenantContext;
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
}

/** What route modules get from the app: storage, tenants, limits, mail and a clock. */
export interface AppDependencies {
  db: Kysely<DatabaseSchema>;
  tenants: TenantDirectory;
  /** Each tenant's data version: public ETags and caches of derived results key on it. */
  dataVersions: DataVersions;
  bookingLimiter: RateLimiter;
  /** Public origin of this server, for links such as a booking's manage URL. */
  publicBaseUrl: string | undefined;
  /** The current time; tests move it. */
  now: () => Date;
  passwordHashing: PasswordHashing;
  /** Hands a one-time link to the person (by mail). */
  deliverStaffLink: (message: StaffLinkMessage) => Promise<void>;
  mail: {
    /** True when mail reaches people (SMTP); false when it only lands in files or nowhere. */
    reachesRecipients: boolean;
    /** Tells this instance's outbox worker that a commit queued mail (it would find it at its next poll anyway). */
    wake(): void;
  };
}
