import type { ListQuery, Page } from '#kernel';
import type { SqlRunner } from './database.js';
import { buildListSql, type ListSpec } from './list-sql.js';
import { translateReadError } from './pg-errors.js';
import { SqlParams } from './sql-params.js';

/**
 * One page of a list and the total for Content-Range. Beyond the exact bound
 * the total is the planner's estimate, never less than the rows known to exist.
 * The two statements run side by side, except for a search: there the count
 * would build the same index bitmaps as the page, and most searches fill less
 * than a page, whose length is then the total, so the count runs only after a
 * full page (or an empty one past the start).
 */
export async function fetchPage<T>(
  runner: SqlRunner,
  spec: ListSpec,
  query: ListQuery,
  scope: (params: SqlParams) => string[] = () => [],
): Promise<Page<T>> {
  const params = new SqlParams();
  const sql = buildListSql(spec, query, params, scope(params));
  const count = () => runner.query<{ total: number }>(sql.count, sql.countParams).then(([{ total }]) => total);
  let rows: T[];
  let total: number;
  if (typeof query.filter.q === 'string' && query.filter.q !== '') {
    rows = await runner.query<T>(sql.page, sql.pageParams).catch(translateReadError);
    const { start, end } = query.range;
    const endsHere = rows.length < end - start + 1 && (rows.length > 0 || start === 0);
    total = endsHere ? start + rows.length : await count().catch(translateReadError);
  } else {
    [rows, total] = await Promise.all([runner.query<T>(sql.page, sql.pageParams), count()]).catch(translateReadError);
  }
  if (total <= sql.exactUpTo) return { rows, total };
  const [plan] = await runner
    .query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
      `EXPLAIN (FORMAT JSON) ${sql.estimate}`,
      sql.countParams,
    )
    .catch(translateReadError);
  return { rows, total: Math.max(total, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows'])), estimated: true };
}
