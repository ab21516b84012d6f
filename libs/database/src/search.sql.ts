import { InvalidQueryException } from './domain.exception.js';

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
 * What one search may cost. PostgreSQL splits a word joined by underscores, or by dots and slashes between
 * non-Latin letters, into a phrase of one token per part, and matching a phrase of n tokens costs about n²:
 * one "word" of 2,000 parts took seconds. Words are cut to 40 characters (at most 20 parts: the search is a
 * prefix search, so a cut word still finds what the whole one would), and what is typed to 200.
 */
export const SEARCH_LIMITS = { characters: 200, words: 8, wordCharacters: 40 } as const;

/**
 * Turns what a user typed into a prefix query: every word must match the start
 * of a word in any language ("erasm" finds "Erasmus+", "Эразм" the Russian title).
 * Dots, slashes and underscores stay inside a word, as PostgreSQL's parser keeps
 * them in codes ("P2.O1" finds "P2.O1.M3", "rex/587" finds "REX/587").
 * Returns null when nothing searchable is left; refuses (400) more than 200 characters.
 */
export function prefixQuery(text: string): string | null {
  if (text.length > SEARCH_LIMITS.characters) {
    throw new InvalidQueryException('filter', `q may be at most ${SEARCH_LIMITS.characters} characters`);
  }
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[._/][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, SEARCH_LIMITS.words)
    .map((word) => `${cutWord(word)}:*`)
    .join(' & ');
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
