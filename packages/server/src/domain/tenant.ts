import type { Locale } from '@teilhabe/contract';

/** The tenant as services see it: whose records, in which time zone and default language. */
export interface Tenant {
  id: string;
  name: string;
  defaultLocale: Locale;
  locales: Locale[];
  /** An IANA zone (`Europe/Berlin`): calendar days, opening hours and deadlines are read in it. */
  timeZone: string;
  corsOrigins: string[];
}
