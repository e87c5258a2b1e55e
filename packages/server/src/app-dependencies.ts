import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './db/schema.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { TenantDirectory } from './http/tenant.js';

/** What route modules get from the app: storage, tenants, limits, mail and a clock. */
export interface AppDependencies {
  db: Kysely<DatabaseSchema>;
  tenants: TenantDirectory;
  bookingLimiter: RateLimiter;
  /** Public origin of this server, for links such as a booking's manage URL. */
  publicBaseUrl: string | undefined;
  /** The current time; tests move it. */
  now: () => Date;
  mail: {
    /** True when mail reaches people (SMTP); false when it only lands in files or nowhere. */
    reachesRecipients: boolean;
    /** Tells this instance's outbox worker that a commit queued mail (it would find it at its next poll anyway). */
    wake(): void;
  };
}
