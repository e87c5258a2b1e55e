/**
 * Creating a municipality's tenant from nothing: the tenant row, the standard
 * taxonomies in every UI locale, no records. Used by `teilhabe-server tenant create`.
 */
import { LOCALES, TaxonomyTermInput, type Locale, type TaxonomyName } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DatabaseSchema } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { SYSTEM_ACTOR, recordAudit } from '../audit/audit-log.js';
import { standardTaxonomies } from '../resources/taxonomies/standard.js';
import { replaceTerms } from '../resources/taxonomies/repository.js';
import { readSettings, writeSettings } from './settings.js';

export interface NewTenant {
  id: string;
  name: string;
  locales?: Locale[];
  defaultLocale?: Locale;
  corsOrigins?: string[];
  officeEmail?: string | null;
  timeZone?: string;
}

export class TenantError extends Error {}

const TENANT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkTenantId(id: string) {
  if (!TENANT_ID.test(id) || id.length > 60) throw new TenantError(`"${id}" is not a valid tenant id: use lowercase letters, digits and single hyphens (at most 60), e.g. "stadt-musterhausen".`);
}

export async function createTenant(db: Kysely<DatabaseSchema>, tenant: NewTenant) {
  checkTenantId(tenant.id);
  const locales = tenant.locales ?? [...LOCALES];
  const defaultLocale = tenant.defaultLocale ?? 'de';
  if (!locales.includes(defaultLocale)) throw new TenantError(`The default locale ${defaultLocale} must be one of --locales (${locales.join(',')}).`);
  await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('tenants').select('id').where('id', '=', tenant.id).executeTakeFirst();
    if (existing) throw new TenantError(`The tenant "${tenant.id}" exists already; change it with "tenant update".`);
    await trx
      .insertInto('tenants')
      .values({
        id: tenant.id,
        name: tenant.name,
        default_locale: defaultLocale,
        locales,
        time_zone: tenant.timeZone ?? 'Europe/Berlin',
        cors_origins: tenant.corsOrigins ?? [],
        office_email: tenant.officeEmail ?? null,
      })
      .execute();
    for (const [name, terms] of Object.entries(standardTaxonomies)) await replaceTerms(trx, tenant.id, name as TaxonomyName, terms);
    await recordAudit(trx, tenant.id, SYSTEM_ACTOR('teilhabe-server tenant create'), { recordType: 'settings', recordId: tenant.id, operation: 'create', after: await readSettings(trx, tenant.id) });
  });
}

export async function updateTenant(db: Kysely<DatabaseSchema>, id: string, patch: Omit<Partial<NewTenant>, 'id' | 'timeZone'>) {
  await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('tenants').select('id').where('id', '=', id).executeTakeFirst();
    if (!existing) throw new TenantError(`There is no tenant "${id}"; create it with "tenant create".`);
    const { before, after } = await writeSettings(trx, id, Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)));
    await recordAudit(trx, id, SYSTEM_ACTOR('teilhabe-server tenant update'), { recordType: 'settings', recordId: id, operation: 'update', before, after });
  });
}

const TermsFile = z.array(TaxonomyTermInput);

/**
 * Terms of one taxonomy from JSON (`[{ "code", "label": { "de": … } }]`) or
 * CSV (`code;de;en;…` with a header row naming the locales). Terms with a
 * code that exists are replaced; the others are kept.
 */
export function parseTermsFile(fileName: string, text: string): TaxonomyTermInput[] {
  const body = text.replace(/^\uFEFF/, '');
  if (fileName.toLowerCase().endsWith('.json')) return TermsFile.parse(JSON.parse(body));
  const lines = body.split(/\r?\n/).filter((line) => line.trim());
  const separator = (lines[0] ?? '').includes(';') ? ';' : ',';
  const header = (lines[0] ?? '').split(separator).map((cell) => cell.trim().toLowerCase());
  if (header[0] !== 'code') throw new TenantError('The first column of the CSV must be "code", the others locales such as "de", "en".');
  const unknown = header.slice(1).filter((locale) => !(LOCALES as readonly string[]).includes(locale));
  if (unknown.length) throw new TenantError(`Unknown locale columns: ${unknown.join(', ')}. Use ${LOCALES.join(', ')}.`);
  return TermsFile.parse(
    lines.slice(1).map((line) => {
      const cells = line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
      return { code: cells[0], label: Object.fromEntries(header.slice(1).map((locale, index) => [locale, cells[index + 1]]).filter(([, label]) => label)) };
    }),
  );
}

export async function importTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, terms: TaxonomyTermInput[]) {
  await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('taxonomy_terms').select(['code', 'label']).where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).orderBy('position').execute();
    const incoming = new Map(terms.map((term) => [term.code, term]));
    const merged: TaxonomyTermInput[] = [
      ...existing.map((row) => incoming.get(row.code) ?? { code: row.code, label: row.label as TaxonomyTermInput['label'] }),
      ...terms.filter((term) => !existing.some((row) => row.code === term.code)),
    ];
    await replaceTerms(trx, tenantId, taxonomy, merged);
    await recordAudit(trx, tenantId, SYSTEM_ACTOR('teilhabe-server taxonomy import'), { recordType: 'taxonomy', recordId: taxonomy, operation: 'import', before: { terms: existing.length }, after: { terms: merged.length } });
  });
  return terms.length;
}
