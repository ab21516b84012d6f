import { InvalidQueryException } from '#kernel';

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
  report: `jsonb_to_tsvector('simple'::regconfig, "title", '["string"]')`,
} as const;

/**
 * What one search may cost. PostgreSQL splits a word joined by underscores, or by dots and slashes between
 * non-Latin letters, into a phrase of one token per part; a phrase of short prefixes ("ә_ә_ә…") is checked
 * against every row those prefixes match, which took seconds. So a word of more than 3 parts is searched as its
 * distinct parts, each word is cut to 40 characters (the search matches the start of words, so a cut word still
 * finds what the whole one would), repeated words count once, a single character is a word rather than a
 * prefix, and what is typed is at most 200 characters.
 */
export const SEARCH_LIMITS = { characters: 200, words: 8, wordCharacters: 40, partsPerWord: 3 } as const;

/**
 * Turns what a user typed into a prefix query: every word must match the start
 * of a word in any language ("erasm" finds "Erasmus+", "Эразм" the Russian title).
 * Dots, slashes and underscores stay inside a word, as PostgreSQL's parser keeps
 * them in codes ("P2.O1" finds "P2.O1.M3", "rex/587" finds "REX/587").
 * Returns null when nothing searchable is left; refuses (400) more than 200 characters.
 */
export function prefixQuery(text: string): string | null {
  if (text.length > SEARCH_LIMITS.characters) {
    throw new InvalidQueryException('filter', {
      key: 'fieldReason',
      field: 'q',
      reason: { key: 'mayBeAtMostCharacters', max: SEARCH_LIMITS.characters },
    });
  }
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[._/][\p{L}\p{N}]+)*/gu) ?? []).flatMap((word) => {
    const parts = word.split(/[._/]/);
    return parts.length > SEARCH_LIMITS.partsPerWord ? parts : [word];
  });
  const distinct = [...new Set(words.map(cutWord))];
  if (distinct.length === 0) return null;
  return (
    distinct
      .slice(0, SEARCH_LIMITS.words)
      // One letter or digit as a prefix matches most of a large plan: it is matched as a word.
      .map((word) => ([...word].length === 1 ? word : `${word}:*`))
      .join(' & ')
  );
}

/** The first 40 characters (whole code points), without a dangling separator. */
function cutWord(word: string): string {
  const characters = [...word];
  if (characters.length <= SEARCH_LIMITS.wordCharacters) return word;
  return characters
    .slice(0, SEARCH_LIMITS.wordCharacters)
    .join('')
    .replace(/[._/]+$/u, '');
}
