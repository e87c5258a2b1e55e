import type { Locale } from '@teilhabe/contract';

/** The settings of a tenant as the server keeps them (the public `Tenant` plus CORS origins). */
export interface DemoTenant {
  id: string;
  name: string;
  defaultLocale: Locale;
  locales: Locale[];
  timeZone: string;
  corsOrigins: string[];
  officeEmail: string;
}

/** The fictional district every demo, story and benchmark uses. */
export const demoTenant: DemoTenant = {
  id: 'musterkreis',
  name: 'Landkreis Musterkreis',
  defaultLocale: 'de',
  locales: ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'],
  timeZone: 'Europe/Berlin',
  corsOrigins: ['*'],
  officeEmail: 'integration@musterkreis.example.de',
};
