/**
 * Full-text search over a record's code and every language of its translatable
 * text. The expressions match the GIN indexes of the initial migration, so the
 * planner can use them; change both together.
 */
export function planTextVector(alias: string): string {
  return (
    `(to_tsvector('simple'::regconfig, ${alias}."code") || ` +
    `jsonb_to_tsvector('simple'::regconfig, ${alias}."title", '["string"]') || ` +
    `jsonb_to_tsvector('simple'::regconfig, ${alias}."description", '["string"]'))`
  );
}

export function organisationTextVector(alias: string): string {
  return (
    `(to_tsvector('simple'::regconfig, ${alias}."short_code") || ` +
    `jsonb_to_tsvector('simple'::regconfig, ${alias}."name", '["string"]'))`
  );
}

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
