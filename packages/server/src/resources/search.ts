/**
 * Full-text + trigram search shared by the searchable resources: German
 * stemming with prefix matching for search-as-you-type, `unaccent`, and
 * trigram similarity on names so that typos still find something.
 */
import { sql, type RawBuilder } from 'kysely';

/** `"Hausaufgaben  Hilfe"` → `hausaufgaben:* & hilfe:*`; null when no searchable word is left. */
export function prefixTsQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

/** A condition on `search_document` (and `search_name` if the table has one). */
export function textMatch(input: string, options: { nameColumn?: string } = {}): RawBuilder<boolean> | null {
  const tsQuery = prefixTsQuery(input);
  if (!tsQuery) return null;
  const documentMatch = sql<boolean>`(search_document @@ to_tsquery('german', tk_unaccent(${tsQuery})) OR search_document @@ to_tsquery('simple', tk_unaccent(${tsQuery})))`;
  if (!options.nameColumn) return documentMatch;
  const name = sql.ref(options.nameColumn);
  const normalized = input.toLowerCase().trim();
  return sql<boolean>`(${documentMatch} OR tk_unaccent(${normalized}) <% ${name} OR ${name} % tk_unaccent(${normalized}))`;
}

/** Relevance of a row for the search, higher first. */
export function textRank(input: string, options: { nameColumn?: string } = {}): RawBuilder<number> {
  const tsQuery = prefixTsQuery(input) ?? '';
  const documentRank = sql<number>`ts_rank(search_document, to_tsquery('simple', tk_unaccent(${tsQuery}))) + ts_rank(search_document, to_tsquery('german', tk_unaccent(${tsQuery})))`;
  if (!options.nameColumn) return documentRank;
  return sql<number>`(${documentRank} + word_similarity(tk_unaccent(${input.toLowerCase().trim()}), ${sql.ref(options.nameColumn)}))`;
}

/** `column && codes`: the record carries any of the codes. */
export const overlaps = (column: string, codes: readonly string[]) => sql<boolean>`${sql.ref(column)} && ${sql.val([...codes])}::text[]`;
