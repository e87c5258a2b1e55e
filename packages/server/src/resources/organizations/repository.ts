/** SQL for the directory of organisations: search with facets, one record, writes. */
import { ORGANIZATION_FACETS, type OrganizationRecord, type OrganizationRef } from '@teilhabe/contract';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { TtlCache } from '../../cache/ttl-cache.js';
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

export type FacetCounts = Record<OrganizationFacet, Array<{ code: string; count: number }>>;
type SearchMode = 'full-text' | 'typo-tolerant';

/**
 * Full text first (indexed, with prefixes for search-as-you-type); only when
 * that finds nothing, names are compared by trigram similarity, so a typo
 * still finds the organisation without slowing every search down. Facet
 * counts are the costly part on large directories and do not depend on the
 * page, so they come from `facetCache` when the same search was counted lately.
 */
export async function searchOrganizations(db: Kysely<DatabaseSchema>, tenantId: string, search: OrganizationSearch, facetCache: TtlCache<FacetCounts>) {
  const fullText = await searchOnce(db, tenantId, search, 'full-text', facetCache);
  return fullText.total === 0 && search.q ? searchOnce(db, tenantId, search, 'typo-tolerant', facetCache) : fullText;
}

async function searchOnce(db: Kysely<DatabaseSchema>, tenantId: string, search: OrganizationSearch, mode: SearchMode, facetCache: TtlCache<FacetCounts>) {
  const facetKey = JSON.stringify([mode, search.q ?? '', search.updatedSince ?? '', ORGANIZATION_FACETS.map((f) => [...(search.filters[f] ?? [])].sort())]);
  const [page, facets] = await Promise.all([
    searchResultPage(db, tenantId, search, mode),
    facetCache.get(tenantId, facetKey, () => countFacets(db, tenantId, search, mode)),
  ]);
  return { ...page, facets };
}

/** The organisations the search (without facet filters) matches, ranked: a CTE both queries start from. */
function matchedOrganizations(tenantId: string, search: OrganizationSearch, mode: SearchMode) {
  const nameMatching = mode === 'typo-tolerant' ? NAME_COLUMN : {};
  const textCondition = search.q ? textMatch(search.q, nameMatching) : null;
  const rank = textCondition && search.q ? textRank(search.q, nameMatching) : sql<number>`0`;
  const conditions: RawBuilder<boolean>[] = [sql<boolean>`tenant_id = ${tenantId}`];
  if (search.updatedSince) conditions.push(sql<boolean>`updated_at >= ${search.updatedSince}::timestamptz`);
  if (textCondition) conditions.push(textCondition);
  return sql`matched AS MATERIALIZED (
      SELECT id, name, updated_at, types, topics, languages, areas, offers, ${rank} AS rank
      FROM organizations WHERE ${sql.join(conditions, sql` AND `)}
    )`;
}

async function searchResultPage(db: Kysely<DatabaseSchema>, tenantId: string, search: OrganizationSearch, mode: SearchMode) {
  const result = await sql<{ total: number; rows: Array<Omit<OrganizationRow, 'updated_at'> & { updated_at: string }> }>`
    WITH ${matchedOrganizations(tenantId, search, mode)},
    filtered AS (SELECT * FROM matched WHERE ${facetFilters(search)}),
    -- The (large) stored record is read for the page only, not for every match.
    page AS (
      SELECT p.id, p.name, o.doc, p.updated_at, p.types, p.topics, p.languages, p.areas, p.offers, p.rank
      FROM (SELECT * FROM filtered ORDER BY rank DESC, name, id LIMIT ${search.limit} OFFSET ${search.offset}) AS p
      JOIN organizations AS o ON o.tenant_id = ${tenantId} AND o.id = p.id
    )
    SELECT
      (SELECT count(*)::int FROM filtered) AS total,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'updated_at', updated_at, 'doc', ${SUMMARY_DOC}) ORDER BY rank DESC, name, id), '[]'::json) FROM page) AS rows`.execute(db);
  const { total, rows } = result.rows[0]!;
  return { total, rows: rows.map((row) => ({ ...row, updated_at: new Date(row.updated_at) })) };
}

/** Disjunctive facets: each facet is counted under all the *other* filters, so a user sees what each further choice would give. */
async function countFacets(db: Kysely<DatabaseSchema>, tenantId: string, search: OrganizationSearch, mode: SearchMode): Promise<FacetCounts> {
  const perFacet = ORGANIZATION_FACETS.map(
    (facet) => sql`SELECT ${facet}::text AS facet, code, count(*)::int AS count
      FROM matched, unnest(${sql.ref(FACET_COLUMNS[facet])}) AS code
      WHERE ${facetFilters(search, facet)} GROUP BY code`,
  );
  const result = await sql<{ facet: OrganizationFacet; code: string; count: number }>`
    WITH ${matchedOrganizations(tenantId, search, mode)}
    ${sql.join(perFacet, sql` UNION ALL `)}
    ORDER BY facet, count DESC, code`.execute(db);
  const counts = Object.fromEntries(ORGANIZATION_FACETS.map((facet) => [facet, [] as { code: string; count: number }[]])) as FacetCounts;
  for (const row of result.rows) counts[row.facet].push({ code: row.code, count: row.count });
  return counts;
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
