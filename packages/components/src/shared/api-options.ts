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
