import type { Locale, TaxonomyName, TaxonomyTerm, TaxonomyTermInput, TaxonomyTermWrite } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { FieldError } from '../../domain/errors.js';
import { Localizer } from '../../i18n/localizer.js';

export async function listTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, locale: Locale, defaultLocale: Locale): Promise<TaxonomyTerm[]> {
  const rows = await db
    .selectFrom('taxonomy_terms')
    .select(['code', 'label', 'machine_translated'])
    .where('tenant_id', '=', tenantId)
    .where('taxonomy', '=', taxonomy)
    .orderBy('position')
    .execute();
  return rows.map((row) => {
    const localizer = new Localizer(locale, defaultLocale, row.machine_translated as Locale[]);
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

/** One term as stored, with every locale of its label. */
export interface StoredTermRow {
  code: string;
  label: Record<string, string>;
  machine_translated: string[];
  version: number;
}

const STORED_COLUMNS = ['code', 'label', 'machine_translated', 'version'] as const;

export function listStoredTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName): Promise<StoredTermRow[]> {
  return db.selectFrom('taxonomy_terms').select(STORED_COLUMNS).where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).orderBy('position').orderBy('code').execute();
}

export async function findStoredTerm(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, code: string, options: { forUpdate?: boolean } = {}): Promise<StoredTermRow | undefined> {
  let query = db.selectFrom('taxonomy_terms').select(STORED_COLUMNS).where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).where('code', '=', code);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** A new term goes to the end of its list. */
export async function insertTerm(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, code: string, term: TaxonomyTermWrite) {
  await db
    .insertInto('taxonomy_terms')
    .values({
      tenant_id: tenantId,
      taxonomy,
      code,
      label: JSON.stringify(term.label),
      machine_translated: term.machineTranslated,
      position: sql<number>`(SELECT COALESCE(max(position) + 1, 0) FROM taxonomy_terms WHERE tenant_id = ${tenantId} AND taxonomy = ${taxonomy})`,
    })
    .execute();
}

export async function updateTerm(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, code: string, term: TaxonomyTermWrite, version: number) {
  await db
    .updateTable('taxonomy_terms')
    .set({ label: JSON.stringify(term.label), machine_translated: term.machineTranslated, version })
    .where('tenant_id', '=', tenantId)
    .where('taxonomy', '=', taxonomy)
    .where('code', '=', code)
    .execute();
}

export async function deleteTerm(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, code: string) {
  await db.deleteFrom('taxonomy_terms').where('tenant_id', '=', tenantId).where('taxonomy', '=', taxonomy).where('code', '=', code).execute();
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
