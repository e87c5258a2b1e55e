import type { Locale, TaxonomyName, TaxonomyTerm, TaxonomyTermInput } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { FieldError } from '../../domain/errors.js';
import { Localizer } from '../../i18n/localizer.js';

export async function listTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, locale: Locale, defaultLocale: Locale): Promise<TaxonomyTerm[]> {
  const rows = await db
    .selectFrom('taxonomy_terms')
    .select(['code', 'label'])
    .where('tenant_id', '=', tenantId)
    .where('taxonomy', '=', taxonomy)
    .orderBy('position')
    .execute();
  return rows.map((row) => {
    const localizer = new Localizer(locale, defaultLocale);
    return { code: row.code, label: localizer.text('label', row.label), translation: localizer.translation() };
  });
}

export async function replaceTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, terms: readonly TaxonomyTermInput[]) {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('taxonomy_terms').where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).execute();
    if (terms.length === 0) return;
    await trx
      .insertInto('taxonomy_terms')
      .values(terms.map((term, position) => ({ tenant_id: tenantId, taxonomy, code: term.code, label: JSON.stringify(term.label), position })))
      .execute();
  });
}

/**
 * Field errors for codes a record uses that its taxonomy does not know, so
 * that the office's data stays consistent with the filters the widgets offer.
 */
export async function unknownCodeErrors(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  checks: ReadonlyArray<{ path: string; taxonomy: TaxonomyName; codes: readonly string[] }>,
): Promise<FieldError[]> {
  const wanted = checks.filter((check) => check.codes.length > 0);
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('taxonomy_terms')
    .select(['taxonomy', 'code'])
    .where('tenant_id', '=', tenantId)
    .where('taxonomy', 'in', [...new Set(wanted.map((check) => check.taxonomy))])
    .execute();
  const known = new Set(rows.map((row) => `${row.taxonomy}/${row.code}`));
  return wanted.flatMap((check) =>
    check.codes
      .map((code, index) => ({ code, index }))
      .filter(({ code }) => !known.has(`${check.taxonomy}/${code}`))
      .map(({ code, index }) => ({
        path: `${check.path}.${index}`,
        code: 'unknown_code',
        message: `"${code}" is not in /taxonomies/${check.taxonomy}.`,
      })),
  );
}
