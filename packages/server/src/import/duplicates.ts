/**
 * Rows of the file that are probably organisations the directory has
 * already: the same e-mail address or website, or a name that is close by
 * trigram similarity (pg_trgm, on the folded name the search uses too), so
 * "Deutsch-Türkischer Kulturverein Musterstadt" finds "… Musterstadt e.V.".
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

/** Below this the names are different organisations more often than not (e.g. two parents' associations of one town). */
export const NAME_SIMILARITY_THRESHOLD = 0.65;

export interface ExistingOrganization {
  id: string;
  name: string;
  email: string | null;
  website: string | null;
}

export interface DuplicateCandidate {
  name: string;
  email: string;
  website: string;
}

export interface DuplicateMatch {
  id: string;
  name: string;
  reason: 'name' | 'email' | 'website';
  similarity: number;
}

export async function loadExistingOrganizations(db: Kysely<DatabaseSchema>, tenantId: string): Promise<ExistingOrganization[]> {
  const result = await sql<ExistingOrganization>`
    SELECT id, name, doc->>'email' AS email, doc->>'website' AS website
    FROM organizations WHERE tenant_id = ${tenantId}`.execute(db);
  return result.rows;
}

export const comparableEmail = (value: string | null | undefined) => (value ?? '').trim().replace(/^mailto:/i, '').toLowerCase();

/** Scheme, `www.`, a trailing slash and case do not make a different website. */
export function comparableWebsite(value: string | null | undefined): string {
  return (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** The best match for each candidate (same index), or null. Run it inside a transaction. */
export async function findDuplicates(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  existing: readonly ExistingOrganization[],
  candidates: readonly DuplicateCandidate[],
): Promise<Array<DuplicateMatch | null>> {
  const byEmail = new Map<string, ExistingOrganization>();
  const byWebsite = new Map<string, ExistingOrganization>();
  for (const organization of existing) {
    const email = comparableEmail(organization.email);
    const website = comparableWebsite(organization.website);
    if (email) byEmail.set(email, organization);
    if (website) byWebsite.set(website, organization);
  }
  const byName = await similarNames(db, tenantId, candidates.map((candidate) => candidate.name));
  return candidates.map((candidate, index) => {
    const named = byName.get(index);
    if (named && named.similarity >= 0.999) return { ...named, reason: 'name' };
    const email = byEmail.get(comparableEmail(candidate.email));
    if (candidate.email && email) return { id: email.id, name: email.name, reason: 'email', similarity: named?.id === email.id ? named.similarity : 0 };
    const website = byWebsite.get(comparableWebsite(candidate.website));
    if (candidate.website && website) return { id: website.id, name: website.name, reason: 'website', similarity: named?.id === website.id ? named.similarity : 0 };
    return named ? { ...named, reason: 'name' } : null;
  });
}

/**
 * The file's names go into a temporary table with its own trigram index,
 * and each stored organisation probes it: comparing every pair instead
 * costs seconds for a few thousand rows on PGlite. Needs a transaction
 * (the table is dropped at its end).
 */
async function similarNames(db: Kysely<DatabaseSchema>, tenantId: string, names: readonly string[]) {
  const matches = new Map<number, { id: string; name: string; similarity: number }>();
  if (names.every((name) => !name)) return matches;
  await sql`CREATE TEMP TABLE import_names ON COMMIT DROP AS
    SELECT (idx - 1)::int AS idx, lower(tk_unaccent(n)) AS folded
    FROM unnest(${[...names]}::text[]) WITH ORDINALITY AS u(n, idx) WHERE n <> ''`.execute(db);
  await sql`CREATE INDEX ON import_names USING gin (folded gin_trgm_ops)`.execute(db);
  await sql`ANALYZE import_names`.execute(db);
  const result = await sql<{ idx: number; id: string; name: string; similarity: number }>`
    SELECT DISTINCT ON (i.idx) i.idx, o.id, o.name, similarity(o.search_name, i.folded)::float8 AS similarity
    FROM organizations AS o JOIN import_names AS i ON i.folded % o.search_name
    WHERE o.tenant_id = ${tenantId} AND similarity(o.search_name, i.folded) >= ${NAME_SIMILARITY_THRESHOLD}
    ORDER BY i.idx, similarity DESC, o.id`.execute(db);
  await sql`DROP TABLE import_names`.execute(db);
  for (const row of result.rows) matches.set(row.idx, { id: row.id, name: row.name, similarity: Math.round(row.similarity * 100) / 100 });
  return matches;
}
