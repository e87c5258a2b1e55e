import { type Connection, tenantsResource } from '@teilhabe/sdk';
import type { UiLocale } from '../localization/index.js';

/** Options of every read a widget makes: the content locale and the abort signal of the request. */
export interface ApiCallOptions {
  locale: UiLocale;
  signal?: AbortSignal | undefined;
}

/** What every widget's data calls may add: the tenant's time zone. */
export interface TenantTimeZoneSource {
  /** The tenant's IANA time zone (from `/v1/tenants`); without it the widget assumes Europe/Berlin. */
  getTimeZone?(options: { signal?: AbortSignal }): Promise<string | undefined>;
}

/**
 * `getTimeZone` over the SDK, the same for every widget's default api: reads
 * the tenant list with the widget's connection (only the tenants resource).
 */
export function tenantTimeZone(connection: Connection): NonNullable<TenantTimeZoneSource['getTimeZone']> {
  const tenants = tenantsResource(connection);
  return async ({ signal }) => (await tenants.list({ signal })).data.find((entry) => entry.id === connection.tenant)?.timeZone;
}
