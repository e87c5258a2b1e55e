import type { Locale } from '@teilhabe/contract';

export interface TenantContext {
  id: string;
  name: string;
  defaultLocale: Locale;
  locales: Locale[];
  timeZone: string;
  corsOrigins: string[];
}

/** What middleware puts on the Hono context for the handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    tenant: TenantContext;
    locale: Locale;
  };
}
