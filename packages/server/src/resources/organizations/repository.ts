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

function conditions(tenantId: string, search: OrganizationSearch, skipFacet?: OrganizationFacet): RawBuilder<boolean>[] {
  const list: RawBuilder<boolean>[] = [sql<boolean>`tenant_id = ${tenantId}`];
  for (const facet of ORGANIZATION_FACETS) {
    const codes = search.filters[facet];
    if (facet !== skipFacet && codes?.length) list.push(overlaps(FACET_COLUMNS[facet], codes));
  }
  if (search.updatedSince) list.push(sql<boolean>`updated_at >= ${search.updatedSince}::timestamptz`);
  const match = search.q ? textMatch(search.q, NAME_COLUMN) : null;
  if (match) list.push(match);
  return list;
}

const and = (parts: RawBuilder<boolean>[]) => sql.join(parts, sql` AND `);

export async function searchOrganizations(db: Kysely<DatabaseSchema>, tenantId: string, search: OrganizationSearch) {
  const where = and(conditions(tenantId, search));
  const order = search.q && textMatch(search.q) ? sql`${textRank(search.q, NAME_COLUMN)} DESC, name` : sql`name`;
  const page = sql<OrganizationRow & { total: number }>`
    SELECT id, name, doc, updated_at, count(*) OVER () AS total
    FROM organizations WHERE ${where}
    ORDER BY ${order}, id
    LIMIT ${search.limit} OFFSET ${search.offset}`.execute(db);

  // Disjunctive facets: each facet is counted under all the *other* filters,
  // so a user sees how many results each further choice would give.
  const facetQueries = ORGANIZATION_FACETS.map(
    (facet) => sql`
      SELECT ${facet}::text AS facet, code, count(*)::int AS count
      FROM organizations, unnest(${sql.ref(FACET_COLUMNS[facet])}) AS code
      WHERE ${and(conditions(tenantId, search, facet))}
      GROUP BY code`,
  );
  const facets = sql<{ facet: OrganizationFacet; code: string; count: number }>`${sql.join(facetQueries, sql` UNION ALL `)} ORDER BY facet, count DESC, code`.execute(db);

  const [pageResult, facetResult] = await Promise.all([page, facets]);
  let total = pageResult.rows[0]?.total ?? 0;
  if (pageResult.rows.length === 0 && search.offset > 0) {
    const counted = await sql<{ total: number }>`SELECT count(*)::int AS total FROM organizations WHERE ${where}`.execute(db);
    total = counted.rows[0]?.total ?? 0;
  }
  const facetCounts = Object.fromEntries(ORGANIZATION_FACETS.map((facet) => [facet, [] as { code: string; count: number }[]]));
  for (const row of facetResult.rows) facetCounts[row.facet]!.push({ code: row.code, count: row.count });
  return { rows: pageResult.rows, total, facets: facetCounts };
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
