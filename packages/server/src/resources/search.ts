/**
 * Full-text + trigram search shared by the searchable resources: German
 * stemming with prefix matching for search-as-you-type, `unaccent`, and
 * trigram similarity on names so that typos still find something.
 */
import { sql, type RawBuilder } from 'kysely';

/** `"Hausaufgaben  Hilfe!"` → `hausaufgaben hilfe` (at most eight words); null when no searchable word is left. */
export function searchWords(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length ? words.join(' ') : null;
}

/**
 * A prefix query (`'hausaufgab':* & 'hilf':*`) built from the lexemes the
 * database itself produced: `unaccent` may turn a letter into query syntax
 * (ŉ → 'n, ⑴ → (1)), so nothing of the input is ever parsed as a tsquery.
 * `plainto_tsquery` accepts any text and quotes every lexeme; each closing
 * quote then gets `:*`.
 */
function prefixQuery(config: 'german' | 'simple', words: string): RawBuilder<unknown> {
  return sql`regexp_replace(plainto_tsquery(${sql.lit(config)}::regconfig, tk_unaccent(${words}))::text, '''( |$)', ''':*\\1', 'g')::tsquery`;
}

/** A condition on `search_document` (and `search_name` if the table has one). */
export function textMatch(input: string, options: { nameColumn?: string } = {}): RawBuilder<boolean> | null {
  const words = searchWords(input);
  if (!words) return null;
  const documentMatch = sql<boolean>`(search_document @@ ${prefixQuery('german', words)} OR search_document @@ ${prefixQuery('simple', words)})`;
  if (!options.nameColumn) return documentMatch;
  const name = sql.ref(options.nameColumn);
  const normalized = input.toLowerCase().trim();
  return sql<boolean>`(${documentMatch} OR tk_unaccent(${normalized}) <% ${name} OR ${name} % tk_unaccent(${normalized}))`;
}

/** Relevance of a row for the search, higher first. */
export function textRank(input: string, options: { nameColumn?: string } = {}): RawBuilder<number> {
  const words = searchWords(input) ?? '';
  const documentRank = sql<number>`ts_rank(search_document, ${prefixQuery('simple', words)}) + ts_rank(search_document, ${prefixQuery('german', words)})`;
  if (!options.nameColumn) return documentRank;
  return sql<number>`(${documentRank} + word_similarity(tk_unaccent(${input.toLowerCase().trim()}), ${sql.ref(options.nameColumn)}))`;
}

/** `column && codes`: the record carries any of the codes. */
export const overlaps = (column: string, codes: readonly string[]) => sql<boolean>`${sql.ref(column)} && ${sql.val([...codes])}::text[]`;
