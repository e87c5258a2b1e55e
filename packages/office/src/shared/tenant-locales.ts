/**
 * The tenant's content locales, German first, from the public tenant list:
 * every role may read it (the settings are for admins only). Every locale
 * when the list cannot be read, so no translation is hidden.
 */
import type { Locale, TeilhabeClient } from '@teilhabe/sdk';

/** Every content locale the API knows, German (the source) first. */
export const ALL_CONTENT_LOCALES: readonly Locale[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'];

export async function tenantLocales(client: TeilhabeClient): Promise<Locale[]> {
  try {
    const tenant = (await client.tenants.list()).data.find((t) => t.id === client.tenant);
    if (tenant) return ['de', ...tenant.locales.filter((locale) => locale !== 'de')];
  } catch {
    // Falls through to every locale.
  }
  return [...ALL_CONTENT_LOCALES];
}
