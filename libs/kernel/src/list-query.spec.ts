import { describe, expect, it } from '@jest/globals';
import { InvalidQueryException } from './domain.exception.js';
import { MAX_RANGE_ROWS, parseListQuery } from './list-query.js';

/** Runs `parse` expecting a 400 and returns the exception. */
function refusal(parse: () => unknown): InvalidQueryException {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidQueryException);
    return error as InvalidQueryException;
  }
  throw new Error('expected an InvalidQueryException, but the query was accepted');
}

function expectRefused(query: Record<string, unknown>, parameter: string): void {
  const error = refusal(() => parseListQuery(query));
  expect(error.code).toBe('invalid_query');
  expect(error.message).toContain(`"${parameter}"`);
  expect(Object.keys(error.errors ?? {})).toEqual([parameter]);
}

describe('parseListQuery defaults', () => {
  it('with no parameters, the first 1000 rows are asked for, unsorted and unfiltered', () => {
    expect(parseListQuery({})).toEqual({ sort: null, range: { start: 0, end: 999 }, filter: {} });
  });

  it('the default range spans exactly the maximum number of rows', () => {
    const { range } = parseListQuery({});
    expect(range.end - range.start + 1).toBe(MAX_RANGE_ROWS);
  });
});

describe('parseListQuery with valid parameters', () => {
  it('reads react-admin sort, range and filter', () => {
    expect(
      parseListQuery({
        sort: '["dueDate","DESC"]',
        range: '[25,49]',
        filter: '{"status":["delayed","at_risk"],"q":"erasmus"}',
      }),
    ).toEqual({
      sort: { field: 'dueDate', order: 'DESC' },
      range: { start: 25, end: 49 },
      filter: { status: ['delayed', 'at_risk'], q: 'erasmus' },
    });
  });

  it.each([
    ['asc', 'ASC'],
    ['desc', 'DESC'],
    ['Asc', 'ASC'],
  ])('the sort order %p is accepted and normalised to %p', (order, normalised) => {
    expect(parseListQuery({ sort: JSON.stringify(['title', order]) }).sort).toEqual({
      field: 'title',
      order: normalised,
    });
  });

  it('a range of exactly 1000 rows is allowed', () => {
    expect(parseListQuery({ range: '[1000,1999]' }).range).toEqual({ start: 1000, end: 1999 });
  });

  it('a range of a single row is allowed', () => {
    expect(parseListQuery({ range: '[7,7]' }).range).toEqual({ start: 7, end: 7 });
  });

  it('an empty filter object is no filter', () => {
    expect(parseListQuery({ filter: '{}' }).filter).toEqual({});
  });

  it('a parameter the endpoint allows besides sort, range and filter is accepted', () => {
    expect(parseListQuery({ locale: 'ru' }, ['locale'])).toEqual(parseListQuery({}));
  });
});

describe('parseListQuery refusals (400 invalid_query naming the parameter)', () => {
  it.each(['sort', 'range', 'filter'])('malformed JSON in %s is refused', (parameter) => {
    expectRefused({ [parameter]: '[oops' }, parameter);
  });

  it.each(['sort', 'range', 'filter'])('%s given twice (so the value is an array) is refused', (parameter) => {
    expectRefused({ [parameter]: ['[]', '[]'] }, parameter);
  });

  it.each([
    ['a bare string', '"title"'],
    ['one element', '["title"]'],
    ['three elements', '["title","ASC","x"]'],
    ['a numeric field', '[1,"ASC"]'],
    ['a numeric order', '["title",1]'],
    ['an object', '{"field":"title","order":"ASC"}'],
  ])('a sort that is %s is refused', (_shape, sort) => {
    expectRefused({ sort }, 'sort');
  });

  it.each(['UP', 'ascending', ''])('a sort order %p other than ASC or DESC is refused', (order) => {
    expectRefused({ sort: JSON.stringify(['title', order]) }, 'sort');
  });

  it.each([
    ['a number', '5'],
    ['one element', '[0]'],
    ['three elements', '[0,1,2]'],
    ['an object', '{"start":0,"end":9}'],
    ['numbers as strings', '["0","9"]'],
    ['a negative start', '[-1,9]'],
    ['a negative end', '[0,-9]'],
    ['a fractional start', '[0.5,9]'],
    ['a fractional end', '[0,9.5]'],
    ['null bounds', '[null,null]'],
    ['an unsafe integer', '[0,9007199254740993]'],
  ])('a range with %s is refused', (_shape, range) => {
    expectRefused({ range }, 'range');
  });

  it('a range that ends before it starts is refused', () => {
    expectRefused({ range: '[10,9]' }, 'range');
  });

  it('a range wider than 1000 rows is refused', () => {
    expectRefused({ range: '[0,1000]' }, 'range');
    expect(refusal(() => parseListQuery({ range: '[0,1000]' })).message).toContain('1000');
  });

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"delayed"'],
    ['a number', '3'],
    ['a boolean', 'true'],
  ])('a filter that is %s rather than an object is refused', (_shape, filter) => {
    expectRefused({ filter }, 'filter');
  });

  it.each([
    ['filter', String.raw`{"q":"erasmus\u0000"}`],
    ['filter', String.raw`{"code\u0000":"P1"}`],
    ['filter', String.raw`{"status":["delayed","\u0000"]}`],
    ['sort', String.raw`["title\u0000","ASC"]`],
  ])('a NUL character smuggled into %s as JSON is refused', (parameter, raw) => {
    expectRefused({ [parameter]: raw }, parameter);
    expect(refusal(() => parseListQuery({ [parameter]: raw })).message).toContain('NUL');
  });

  it('an unknown query parameter is refused and named', () => {
    expectRefused({ page: '2' }, 'page');
  });

  it('an unknown parameter is refused even when the rest of the query is valid', () => {
    expectRefused({ sort: '["title","ASC"]', perPage: '25' }, 'perPage');
  });

  it('a parameter allowed by one endpoint is still refused where it is not allowed', () => {
    const error = refusal(() => parseListQuery({ locale: 'ru' }, ['embed']));
    expect(error.message).toContain('"locale"');
  });

  it('a filter nested thousands of levels deep is refused, not walked by recursion', () => {
    const deep = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
    const error = refusal(() => parseListQuery({ filter: deep }));
    expect(error.errors).toEqual({ filter: { key: 'nestsTooDeep', levels: 16 } });
    expect(error.localized('en').errors).toEqual({ filter: 'nests deeper than 16 levels' });
  });
});
