import { describe, expect, it } from '@jest/globals';
import { JSON_LIMITS } from '#kernel';
import { parseRequestJson, RequestJsonError } from './request-json.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('request JSON', () => {
  it('parses an ordinary document', () => {
    expect(parseRequestJson('{"title":{"en":"x"},"ids":[1,2]}')).toEqual({ title: { en: 'x' }, ids: [1, 2] });
  });

  it('treats an empty body as no body', () => {
    expect(parseRequestJson('  ')).toBeUndefined();
  });

  it.each([
    ['malformed JSON', '{"a":'],
    ['__proto__', '{"__proto__":{"x":1}}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"x":1}}}'],
    [`nesting of ${JSON_LIMITS.depth + 1} levels`, nested(JSON_LIMITS.depth + 1)],
    [
      `an array of ${JSON_LIMITS.arrayLength + 1} items`,
      `[${Array(JSON_LIMITS.arrayLength + 1)
        .fill(0)
        .join(',')}]`,
    ],
    [
      `an object of ${JSON_LIMITS.keys + 1} keys`,
      `{${Array.from({ length: JSON_LIMITS.keys + 1 }, (_, i) => `"k${i}":0`).join(',')}}`,
    ],
  ])('refuses %s with a 400 error', (_, text) => {
    expect(() => parseRequestJson(text)).toThrow(RequestJsonError);
    try {
      parseRequestJson(text);
    } catch (error) {
      expect((error as RequestJsonError).statusCode).toBe(400);
    }
  });

  it('accepts documents exactly at the limits', () => {
    expect(parseRequestJson(nested(JSON_LIMITS.depth))).toBeDefined();
    expect(parseRequestJson(`[${Array(JSON_LIMITS.arrayLength).fill(0).join(',')}]`)).toHaveLength(
      JSON_LIMITS.arrayLength,
    );
  });
});
