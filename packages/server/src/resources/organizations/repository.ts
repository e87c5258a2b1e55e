/** SQL for the directory of organisations: search with facets, one record, writes. */
import { ORGANIZATION_FACETS, type OrganizationRecord, type OrganizationRef } from '@teilhabe/contract';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { overlaps, textMatch, textRank } from '../search.js';
import type { OrganizationRow } from './mapping.js';

export type OrganizationFacet = (typeof ORGANIZATION_FACETS)[number];

export interface OrganizationSearch {
  q?: string | undefined;
  filters: Partial<Record<OrganizationFacet, string[] | undefined>>;
  updatedSince?: string | undefined;
  limit: number;
  offset: number;
}

/** Facet name → column that holds its codes. */
const FACET_COLUMNS: Record<OrganizationFacet, string> = {
  topic: 'topics',
  type: 'types',
  language: 'languages',
  area: 'areas',
  offer: 'offers',
};

const NAME_COLUMN = { nameColumn: 'search_name' };

/** Facet filters (all, or all but one for that facet's own counts). */
function facetFilters(search: OrganizationSearch, skipFacet?: OrganizationFacet): RawBuilder<boolean> {
  const list: RawBuilder<boolean>[] = [sql<boolean>`TRUE`];
  for (const facet of ORGANIZATION_FACETS) {
    const codes = search.filters[facet];
    if (facet !== skipFacet && codes?.length) list.push(overlaps(FACET_COLUMNS[facet], codes));
  }
  return sql.join(list, sql` AND `) as RawBuilder<boolean>;
}

/** Only what a list item shows: the full record stays in the database. */
const SUMMARY_DOC = sql`jsonb_build_object(
  'shortDescription', doc->'shortDescription', 'machineTranslated', doc->'machineTranslated', 'verifiedAt', doc->'verifiedAt',
  'types', types, 'topics', topics, 'languages', languages, 'areas', areas, 'offers', offers)`;

interface SearchResultRow {
  total: number;
  rows: Array<Omit<OrganizationRow, 'updated_at'> & { updated_at: string }>;
  facets: Array<{ facet: OrganizationFacet; code: string; count: number }>;
}

/**
 * One statement, one round trip: the text match runs once (`matched`), then
 * the page, the total and the facet counts are taken from it.
 */
export async function searchOrganizations(db: Kysely<DatabaseSchema>, tenantId: string, search: OrganizationSearch) {
  const textCondition = search.q ? textMatch(search.q, NAME_COLUMN) : null;
  const rank = textCondition && search.q ? textRank(search.q, NAME_COLUMN) : sql<number>`0`;
  const baseConditions: RawBuilder<boolean>[] = [sql<boolean>`tenant_id = ${tenantId}`];
  if (search.updatedSince) baseConditions.push(sql<boolean>`updated_at >= ${search.updatedSince}::timestamptz`);
  if (textCondition) baseConditions.push(textCondition);

  // Disjunctive facets: each facet is counted under all the *other* filters,
  // so a user sees how many results each further choice would give.
  const facetCounts = ORGANIZATION_FACETS.map(
    (facet) => sql`SELECT ${facet}::text AS facet, code, count(*)::int AS count
      FROM matched, unnest(${sql.ref(FACET_COLUMNS[facet])}) AS code
      WHERE ${facetFilters(search, facet)} GROUP BY code`,
  );
  const result = await sql<SearchResultRow>`
    WITH matched AS MATERIALIZED (
      SELECT id, name, updated_at, types, topics, languages, areas, offers, ${rank} AS rank
      FROM organizations WHERE ${sql.join(baseConditions, sql` AND `)}
    ),
    filtered AS (SELECT * FROM matched WHERE ${facetFilters(search)}),
    -- The (large) stored record is read for the page only, not for every match.
    page AS (
      SELECT p.id, p.name, o.doc, p.updated_at, p.types, p.topics, p.languages, p.areas, p.offers, p.rank
      FROM (SELECT * FROM filtered ORDER BY rank DESC, name, id LIMIT ${search.limit} OFFSET ${search.offset}) AS p
      JOIN organizations AS o ON o.tenant_id = ${tenantId} AND o.id = p.id
    ),
    facet_counts AS (${sql.join(facetCounts, sql` UNION ALL `)})
    SELECT
      (SELECT count(*)::int FROM filtered) AS total,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'updated_at', updated_at, 'doc', ${SUMMARY_DOC}) ORDER BY rank DESC, name, id), '[]'::json) FROM page) AS rows,
      (SELECT coalesce(json_agg(facet_counts ORDER BY facet, count DESC, code), '[]'::json) FROM facet_counts) AS facets`.execute(db);

  const { total, rows, facets } = result.rows[0]!;
  const facetsByName = Object.fromEntries(ORGANIZATION_FACETS.map((facet) => [facet, [] as { code: string; count: number }[]]));
  for (const row of facets) facetsByName[row.facet]!.push({ code: row.code, count: row.count });
  return { rows: rows.map((row) => ({ ...row, updated_at: new Date(row.updated_at) })), total, facets: facetsByName };
}

export async function findOrganization(db: Kysely<DatabaseSchema>, tenantId: string, id: string) {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'doc', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [umbrellas, members] = await Promise.all([
    relatedOrganizations(db, tenantId, id, 'umbrellas'),
    relatedOrganizations(db, tenantId, id, 'members'),
  ]);
  return { row: row as OrganizationRow, umbrellas, members };
}

function relatedOrganizations(db: Kysely<DatabaseSchema>, tenantId: string, id: string, relation: 'umbrellas' | 'members'): Promise<OrganizationRef[]> {
  const [own, other] = relation === 'umbrellas' ? (['member_id', 'umbrella_id'] as const) : (['umbrella_id', 'member_id'] as const);
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('organizations as o', (join) => join.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', `m.${other}`))
    .select(['o.id', 'o.name'])
    .where('m.tenant_id', '=', tenantId)
    .where(`m.${own}`, '=', id)
    .orderBy('o.name')
    .execute();
}

export async function existingOrganizationIds(db: Kysely<DatabaseSchema>, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.selectFrom('organizations').select('id').where('tenant_id', '=', tenantId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((row) => row.id));
}

/** Creates or replaces an organisation and its umbrella memberships in one transaction. */
export async function saveOrganization(db: Kysely<DatabaseSchema>, tenantId: string, record: OrganizationRecord, updatedAt = new Date()) {
  const { id, name, umbrellaIds, ...rest } = record;
  const values = {
    name,
    doc: JSON.stringify(rest),
    types: record.types,
    topics: record.topics,
    languages: record.languages,
    areas: record.areas,
    offers: record.offers,
    updated_at: updatedAt,
  };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('organizations')
      .values({ tenant_id: tenantId, id, ...values })
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet(values))
      .execute();
    await trx.deleteFrom('organization_memberships').where('tenant_id', '=', tenantId).where('member_id', '=', id).execute();
    if (umbrellaIds.length) {
      await trx
        .insertInto('organization_memberships')
        .values(umbrellaIds.map((umbrellaId) => ({ tenant_id: tenantId, member_id: id, umbrella_id: umbrellaId })))
        .execute();
    }
  });
}

export async function deleteOrganization(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('organizations').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
