import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createMigratedDatabase } from '../../../test/support/test-database.js';
import { Database } from './database.js';
import { prefixQuery, SEARCH_LIMITS } from './search.sql.js';

/**
 * What PostgreSQL makes of prefixQuery's output: always a valid tsquery, and never more than a bounded number
 * of tokens, whatever was typed (a phrase of n tokens costs about n² to match).
 */
describe('search queries on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let db: Database;
  // Each word at most 40 characters: at most 20 tokens, 39 phrase operators; 8 words and 7 "&" between them.
  const MAX_NODES = SEARCH_LIMITS.words * (2 * SEARCH_LIMITS.wordCharacters) + SEARCH_LIMITS.words;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    db = new Database(database.dataSource);
  });
  afterAll(() => database.drop());

  const nodes = async (query: string) =>
    (await db.query<{ n: number }>(`SELECT numnode(to_tsquery('simple'::regconfig, $1)) AS n`, [query]))[0].n;

  const separated = fc
    .tuple(
      fc.array(fc.constantFrom('a', 'ә', 'қаз', 'Ж', '7', 'x1', 'рус'), { minLength: 1, maxLength: 120 }),
      fc.constantFrom('_', '.', '/', ' ', '-'),
    )
    .map(([parts, separator]) => parts.join(separator).slice(0, SEARCH_LIMITS.characters));

  it('whatever is typed, PostgreSQL parses the query and it stays small', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(separated, fc.string({ unit: 'grapheme', maxLength: 200 })), async (text) => {
        const query = prefixQuery(text);
        if (query === null) return;
        expect(await nodes(query)).toBeLessThanOrEqual(MAX_NODES);
      }),
      { numRuns: 300 },
    );
  });

  it('the worst case the pentest found, one word of thousands of underscored tokens, is cut', async () => {
    const hostile = Array.from({ length: 2000 }, (_, i) => `a${i}`).join('_');
    expect(await nodes(`${hostile}:*`)).toBe(3999);
    expect(await nodes(prefixQuery(hostile.slice(0, SEARCH_LIMITS.characters))!)).toBeLessThanOrEqual(MAX_NODES);
  });
});
