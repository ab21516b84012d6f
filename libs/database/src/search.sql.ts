/**
 * The stored full-text vector of a table that has one (migration SearchVectors): code and every language of the
 * translatable text for plan records and organisations, the narrative of progress updates, a report's title.
 * Each has a GIN index named ix_<table>_search.
 */
export function searchVector(alias: string): string {
  return `${alias}."search_vector"`;
}

/** What each table's stored vector is made of; the migration SearchVectors wrote the same expressions. */
export const SEARCH_VECTOR_OF = {
  planRecord: `to_tsvector('simple'::regconfig, "code") || jsonb_to_tsvector('simple'::regconfig, "title", '["string"]') || jsonb_to_tsvector('simple'::regconfig, "description", '["string"]')`,
  organisation: `to_tsvector('simple'::regconfig, "short_code") || jsonb_to_tsvector('simple'::regconfig, "name", '["string"]')`,
  progressUpdate: `jsonb_to_tsvector('simple'::regconfig, "narrative", '["string"]')`,
  report: `to_tsvector('simple'::regconfig, "title")`,
} as const;

/**
 * Turns what a user typed into a prefix query: every word must match the start
 * of a word in any language ("erasm" finds "Erasmus+", "Эразм" the Russian title).
 * Dots, slashes and underscores stay inside a word, as PostgreSQL's parser keeps
 * them in codes ("P2.O1" finds "P2.O1.M3", "rex/587" finds "REX/587").
 * Returns null when nothing searchable is left.
 */
export function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[._/][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 8)
    .map((word) => `${word}:*`)
    .join(' & ');
}
