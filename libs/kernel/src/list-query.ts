import { InvalidQueryException } from './domain.exception.js';
import { jsonShapeProblem } from './json-limits.js';
import { nulCharacterPaths } from './nul-characters.js';

/**
 * The list parameters of react-admin's simple-rest data provider, parsed and
 * bounded. Field names are checked later against the resource (list-sql.ts).
 */
export type SortOrder = 'ASC' | 'DESC';

export interface ListQuery {
  sort: { field: string; order: SortOrder } | null;
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

export const MAX_RANGE_ROWS = 1000;
const DEFAULT_RANGE = { start: 0, end: MAX_RANGE_ROWS - 1 };

function parseJson(parameter: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new InvalidQueryException(parameter, { key: 'givenOnceAsJson' });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new InvalidQueryException(parameter, { key: 'notValidJson' });
  }
  // Checked first: the NUL check below walks the document by recursion.
  const problem = jsonShapeProblem(value);
  if (problem) throw new InvalidQueryException(parameter, problem);
  // PostgreSQL text cannot hold NUL (JSON can carry it as \u0000).
  if (nulCharacterPaths(value).length > 0) throw new InvalidQueryException(parameter, { key: 'noNulCharacters' });
  return value;
}

function parseSort(raw: unknown): ListQuery['sort'] {
  const value = parseJson('sort', raw);
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') {
    throw new InvalidQueryException('sort', { key: 'sortShape' });
  }
  const order = value[1].toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') {
    throw new InvalidQueryException('sort', {
      key: 'fieldReason',
      field: 'order',
      reason: { key: 'mustBeEither', first: 'ASC', second: 'DESC' },
    });
  }
  return { field: value[0], order };
}

function parseRange(raw: unknown): ListQuery['range'] {
  const value = parseJson('range', raw);
  if (value === undefined) return DEFAULT_RANGE;
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new InvalidQueryException('range', { key: 'rangeShape' });
  }
  const [start, end] = value as [number, number];
  if (end < start) {
    throw new InvalidQueryException('range', {
      key: 'fieldReason',
      field: 'end',
      reason: { key: 'mustNotBeBefore', other: 'start' },
    });
  }
  if (end - start + 1 > MAX_RANGE_ROWS) {
    throw new InvalidQueryException('range', { key: 'rangeSpan', rows: MAX_RANGE_ROWS });
  }
  return { start, end };
}

function parseFilter(raw: unknown): Record<string, unknown> {
  const value = parseJson('filter', raw);
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidQueryException('filter', { key: 'filterShape' });
  }
  return value as Record<string, unknown>;
}

/** Parses `sort`, `range` and `filter` from a request's query string; other parameters are refused. */
export function parseListQuery(query: Record<string, unknown>, allowed: readonly string[] = []): ListQuery {
  for (const name of Object.keys(query)) {
    if (!['sort', 'range', 'filter', ...allowed].includes(name)) {
      throw new InvalidQueryException(name, { key: 'unknownParameter' });
    }
  }
  return { sort: parseSort(query.sort), range: parseRange(query.range), filter: parseFilter(query.filter) };
}
