import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidQueryException } from '#kernel';
import { prefixQuery, SEARCH_LIMITS } from './search.sql.js';

const WORD = String.raw`[\p{L}\p{N}]+(?:[._/][\p{L}\p{N}]+)*(?::\*)?`;
const PREFIX_QUERY = new RegExp(`^${WORD}(?: & ${WORD})*$`, 'u');

describe('prefixQuery', () => {
  it('every typed word must match the start of a word', () => {
    expect(prefixQuery('Erasmus+ youth')).toBe('erasmus:* & youth:*');
  });

  it('a single partial word becomes a prefix', () => {
    expect(prefixQuery('erasm')).toBe('erasm:*');
  });

  it('Cyrillic words are lowercased', () => {
    expect(prefixQuery('Эразмус')).toBe('эразмус:*');
  });

  it('Kazakh letters are kept as letters', () => {
    expect(prefixQuery('Қазақстан')).toBe('қазақстан:*');
    expect(prefixQuery('ӘӨҮҰІҢҒҺ')).toBe('әөүұіңғһ:*');
  });

  it('digits are words too', () => {
    expect(prefixQuery('2025 forum')).toBe('2025:* & forum:*');
  });

  it.each([
    ['REX/587', 'rex/587:*'],
    ['P2.O1', 'p2.o1:*'],
    ['P2.O1.M3', 'p2.o1.m3:*'],
    ['short_code', 'short_code:*'],
  ])('dots, slashes and underscores stay inside a code such as %p', (text, query) => {
    expect(prefixQuery(text)).toBe(query);
  });

  it.each([
    ['a trailing dot', 'P2.', 'p2:*'],
    ['a leading slash', '/587', '587:*'],
    ['doubled dots', 'P2..O1', 'p2:* & o1:*'],
    ['a slash between spaces', 'rex / 587', 'rex:* & 587:*'],
  ])('%s does not join or start a word', (_kind, text, query) => {
    expect(prefixQuery(text)).toBe(query);
  });

  it('SQL-looking input leaves only its words', () => {
    expect(prefixQuery("'; DROP TABLE x; --")).toBe('drop:* & table:* & x');
  });

  it.each([
    ['quotes', `"Astana" 'forum'`, 'astana:* & forum:*'],
    ['tsquery operators', 'youth & !erasmus | (mobility) <-> a:*', 'youth:* & erasmus:* & mobility:* & a'],
    ['a backslash', 'back\\slash', 'back:* & slash:*'],
    ['hyphens and colons', 'EU-Kazakhstan: forum', 'eu:* & kazakhstan:* & forum:*'],
    ['surrounding spaces and tabs', '  \t forum \n ', 'forum:*'],
  ])('%s are stripped', (_kind, text, query) => {
    expect(prefixQuery(text)).toBe(query);
  });

  it.each(['', '   ', '+++', '\'"', '--;', '!&|()<>:*'])('nothing searchable in %p gives no query', (text) => {
    expect(prefixQuery(text)).toBeNull();
  });

  it('refuses more than 200 characters with 400 naming the filter', () => {
    expect(prefixQuery('a'.repeat(SEARCH_LIMITS.characters))).toBe(`${'a'.repeat(40)}:*`);
    const refusal = (() => {
      try {
        prefixQuery('a'.repeat(SEARCH_LIMITS.characters + 1));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InvalidQueryException);
    expect((refusal as InvalidQueryException).localized('en').errors).toEqual({
      filter: 'q may be at most 200 characters',
    });
    expect((refusal as InvalidQueryException).localized('ru').errors).toEqual({
      filter: 'q: может содержать не более 200 символов',
    });
  });

  it.each([
    [
      'underscores',
      Array.from({ length: 40 }, (_, i) => `a${i}`).join('_'),
      'a0:* & a1:* & a2:* & a3:* & a4:* & a5:* & a6:* & a7:*',
    ],
    ['dots between Cyrillic letters', 'ә.'.repeat(99) + 'ә', 'ә'],
    ['slashes between Kazakh words', 'қаз/'.repeat(49) + 'қаз', 'қаз:*'],
  ])('searches a word of many parts joined by %s as its distinct parts', (_kind, word, query) => {
    expect(prefixQuery(word)).toBe(query);
  });

  it('keeps a code of up to 3 parts whole, as PostgreSQL does', () => {
    expect(prefixQuery('P2.O1.M3')).toBe('p2.o1.m3:*');
    expect(prefixQuery('P2.O1.M3.X')).toBe('p2:* & o1:* & m3:* & x');
  });

  it('matches a single letter or digit as a word, not as a prefix of most words', () => {
    expect(prefixQuery('ә forum 7')).toBe('ә & forum:* & 7');
  });

  it('counts a repeated word once', () => {
    expect(prefixQuery('forum Forum FORUM youth')).toBe('forum:* & youth:*');
  });

  it('cuts a long word to 40 characters', () => {
    expect(prefixQuery('x'.repeat(60))).toBe(`${'x'.repeat(40)}:*`);
  });

  it('cuts between code points, never inside a surrogate pair', () => {
    const query = prefixQuery('𝐀'.repeat(50))!;
    expect(query).toBe(`${'𝐀'.repeat(40)}:*`);
  });

  it('at most the first 8 words are used', () => {
    expect(prefixQuery('one two three four five six seven eight nine ten')).toBe(
      'one:* & two:* & three:* & four:* & five:* & six:* & seven:* & eight:*',
    );
  });

  it('whatever is typed, the result is null or words of letters and digits joined as prefixes, at most 8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const query = prefixQuery(text);
        if (query === null) {
          expect(text).not.toMatch(/[\p{L}\p{N}]/u);
        } else {
          expect(query).toMatch(PREFIX_QUERY);
          expect(query.split(' & ').length).toBeLessThanOrEqual(8);
        }
      }),
    );
  });
});
