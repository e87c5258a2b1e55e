import type { Tenant } from '../domain/tenant.js';

/** The settings of a tenant as the server keeps them, with the office's address. */
export interface DemoTenant extends Tenant {
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
