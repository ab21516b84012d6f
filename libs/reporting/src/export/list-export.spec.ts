import { describe, expect, it } from '@jest/globals';
import { InvalidQueryException, type ListQuery, type Page } from '#kernel';
import { COUNT_EXACT_UP_TO } from '#database';
import { MAX_EXPORT_ROWS, readAll } from './list-export.js';

/**
 * A list of `size` rows that answers as fetchPage does: the total exact up to
 * the bound or the page's end, beyond it `estimate` (a planner that may be far off).
 */
function listOf(size: number, estimate: number) {
  const ranges: Array<[number, number]> = [];
  const list = async (query: ListQuery): Promise<Page<number>> => {
    const { start, end } = query.range;
    ranges.push([start, end]);
    const rows = Array.from({ length: Math.max(0, Math.min(end + 1, size) - start) }, (_, i) => start + i);
    const exactUpTo = Math.max(COUNT_EXACT_UP_TO, end + 1);
    if (size <= exactUpTo) return { rows, total: size };
    return { rows, total: Math.max(exactUpTo + 1, estimate), estimated: true };
  };
  return { list, ranges };
}

const query: ListQuery = { sort: null, range: { start: 0, end: 24 }, filter: {} };

describe('readAll: an export reads every row, whatever the total says', () => {
  it.each([
    ['exact', 640, 640],
    ['estimated too low', 25_500, 2_000],
    ['estimated too high', 3_001, 90_000],
    ['exactly the limit', MAX_EXPORT_ROWS, 250_000],
  ])('a list whose total is %s gives all its rows once, in order', async (_case, size, estimate) => {
    const { list } = listOf(size, estimate);
    const rows = await readAll(list, query);
    expect(rows.length).toBe(size);
    expect(rows.every((row, i) => row === i)).toBe(true);
  });

  it('a list over the limit is refused before its rows are read, by an exact count, not on an estimate', async () => {
    const { list, ranges } = listOf(MAX_EXPORT_ROWS + 1, 50_000);
    const refusal = readAll(list, query);
    await expect(refusal).rejects.toBeInstanceOf(InvalidQueryException);
    await expect(refusal).rejects.toThrow(`an export holds at most ${MAX_EXPORT_ROWS}`);
    expect(ranges).toEqual([
      [0, 999],
      [MAX_EXPORT_ROWS, MAX_EXPORT_ROWS],
    ]);
  });

  it('a list under the bound is read in one page and never probed', async () => {
    const { list, ranges } = listOf(999, 0);
    expect((await readAll(list, query)).length).toBe(999);
    expect(ranges).toEqual([[0, 999]]);
  });
});
