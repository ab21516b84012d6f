import { describe, expect, it } from '@jest/globals';
import { negotiateLocale } from './locale.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['kk-KZ,ru;q=0.8,en;q=0.5', 'kk'],
    ['ru-RU', 'ru'],
    ['de-DE,ru;q=0.3,kk;q=0.2', 'ru'],
    ['en;q=0.1, kk;q=0.9', 'kk'],
    ['fr, de', 'en'],
    ['ru;q=0, kk;q=0.4', 'kk'],
    ['RU', 'ru'],
    [['kk', 'ru'], 'kk'],
  ])('%p → %s', (header, locale) => {
    expect(negotiateLocale(header as string | undefined)).toBe(locale);
  });

  it('reads only the first 20 ranges of a long header', () => {
    expect(negotiateLocale(`${'xx,'.repeat(20)}ru`)).toBe('en');
  });
});
