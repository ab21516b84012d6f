import type { ServerMessage } from '#i18n';
import { InvalidQueryException, type ListQuery } from '#kernel';
import { type SqlParams } from './sql-params.js';
import { prefixQuery } from './search.sql.js';

export type FieldType = 'uuid' | 'text' | 'integer' | 'date' | 'timestamp';

export interface FieldSpec {
  /** SQL expression of the field. */
  sql: string;
  type: FieldType;
  /** Allowed values, for enumerations. */
  values?: readonly string[];
  sortable?: boolean;
  filterable?: boolean;
  /**
   * The value can be null: sorted with NULLS LAST both ways. Other fields sort
   * without it, so that a plain index serves DESC too (scanned backwards).
   */
  nullable?: boolean;
  /**
   * SQL for "the field is one of `values`" (checked values, never user text), for a derived field whose
   * expression no index serves while an equivalent condition on its columns can be (a milestone's status).
   */
  oneOf?: (values: readonly string[]) => string;
  /**
   * What a sort by this field orders by, when that is not its value: a reference (an organisation's id) sorts
   * by what people see of the record it names (its short code), not by a UUID. `join` brings that record in,
   * for the page only; `sql` reads it. Nullable references take a LEFT JOIN and `nullable`.
   */
  orderBy?: { sql: string; join?: string };
}

/** A filter that is not a plain column comparison (e.g. "led or supported by"). */
export type CustomFilter = (value: unknown, params: SqlParams, name: string) => string;

export interface ListSpec {
  resource: string;
  /** `SELECT` list producing the API record (camelCase aliases). */
  select: string;
  from: string;
  idSql: string;
  fields: Record<string, FieldSpec>;
  customFilters?: Record<string, CustomFilter>;
  /** tsvector expression searched by `q`. */
  searchVector?: string;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OPERATORS = { gte: '>=', lte: '<=', gt: '>', lt: '<', neq: '<>' } as const;
type Operator = keyof typeof OPERATORS;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Dates and timestamps the plan can hold: years 1900 to 2999. */
const YEARS = { min: 1900, max: 2999 };

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= YEARS.min && year <= YEARS.max
  );
}

// A time of day needs its offset: without one the instant would depend on the server's zone.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return false;
  const date = new Date(value);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= YEARS.min && year <= YEARS.max;
}

const INT32 = { min: -2147483648, max: 2147483647 };

/** The most values one filter field may list (`{"id": [...]}`). */
export const MAX_FILTER_VALUES = 1000;

/** A filter field listing more than MAX_FILTER_VALUES values. */
export const tooManyFilterValues = (name: string) =>
  new InvalidQueryException('filter', {
    key: 'fieldReason',
    field: name,
    reason: { key: 'mayListAtMost', max: MAX_FILTER_VALUES },
  });

/** Checks one filter value against its field's type; returns it in the form bound to SQL. */
export function filterValue(name: string, field: FieldSpec, value: unknown): string | number {
  const reject = (reason: ServerMessage): never => {
    throw new InvalidQueryException('filter', { key: 'fieldReason', field: name, reason });
  };
  if (field.values && !field.values.includes(value as string)) {
    return reject({ key: 'mustBeOneOf', values: field.values });
  }
  switch (field.type) {
    case 'uuid':
      return isUuid(value) ? value : reject({ key: 'mustBeUuid' });
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : reject({ key: 'mustBeText' });
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      return Number.isSafeInteger(n) && (n as number) >= INT32.min && (n as number) <= INT32.max
        ? (n as number)
        : reject({ key: 'mustBeWholeNumber' });
    }
    case 'date':
      return isCalendarDate(value) ? value : reject({ key: 'mustBeDate' });
    case 'timestamp':
      return isTimestamp(value) ? new Date(value).toISOString() : reject({ key: 'mustBeTimestamp' });
  }
}

const SQL_TYPES: Record<FieldType, string> = {
  uuid: 'uuid',
  text: 'text',
  integer: 'integer',
  date: 'date',
  timestamp: 'timestamptz',
};

function fieldCondition(name: string, field: FieldSpec, operator: Operator | null, raw: unknown, params: SqlParams) {
  const cast = SQL_TYPES[field.type];
  if (raw === null) {
    if (operator === null) return `${field.sql} IS NULL`;
    if (operator === 'neq') return `${field.sql} IS NOT NULL`;
    throw new InvalidQueryException('filter', {
      key: 'fieldReason',
      field: name,
      reason: { key: 'cannotCompareWithNull' },
    });
  }
  if (Array.isArray(raw)) {
    if (operator !== null && operator !== 'neq') {
      throw new InvalidQueryException('filter', { key: 'fieldReason', field: name, reason: { key: 'takesOneValue' } });
    }
    if (raw.length > MAX_FILTER_VALUES) throw tooManyFilterValues(name);
  }
  const values = (Array.isArray(raw) ? raw : [raw]).map((value) => filterValue(name, field, value));
  if (field.oneOf && (operator === null || operator === 'neq')) {
    const oneOf = field.oneOf(values.map(String));
    return operator === 'neq' ? `NOT ${oneOf}` : oneOf;
  }
  if (Array.isArray(raw)) {
    const any = `${field.sql} = ANY(${params.add(values)}::${cast}[])`;
    return operator === 'neq' ? `NOT (${any})` : any;
  }
  const [value] = values;
  return `${field.sql} ${operator ? OPERATORS[operator] : '='} ${params.add(value)}::${cast}`;
}

/** The WHERE conditions for a filter object; unknown fields are refused with a 400 naming them. */
export function filterConditions(spec: ListSpec, filter: Record<string, unknown>, params: SqlParams): string[] {
  const conditions: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    // Own properties only: a filter named "constructor" must not reach Object.prototype.
    const custom = spec.customFilters && Object.hasOwn(spec.customFilters, key) ? spec.customFilters[key] : undefined;
    if (custom) {
      conditions.push(custom(value, params, key));
      continue;
    }
    if (key === 'q') {
      if (value === '' || value === null) continue;
      if (typeof value !== 'string' || !spec.searchVector) {
        throw new InvalidQueryException('filter', {
          key: 'fieldReason',
          field: 'q',
          reason: spec.searchVector ? { key: 'mustBeText' } : { key: 'notOffered', resource: spec.resource },
        });
      }
      const query = prefixQuery(value);
      conditions.push(
        query === null ? 'FALSE' : `${spec.searchVector} @@ to_tsquery('simple'::regconfig, ${params.add(query)})`,
      );
      continue;
    }
    const match = /^(.*)_(gte|lte|gt|lt|neq)$/.exec(key);
    const [name, operator] =
      match && Object.hasOwn(spec.fields, match[1]) ? [match[1], match[2] as Operator] : [key, null];
    const field = Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;
    if (!field || field.filterable === false) {
      throw new InvalidQueryException('filter', { key: 'notAFilter', field: key, resource: spec.resource });
    }
    conditions.push(fieldCondition(key, field, operator, value, params));
  }
  return conditions;
}

export interface ListSql {
  page: string;
  pageParams: unknown[];
  /** Counts the matching rows, but stops after `exactUpTo + 1`: a total is exact up to there. */
  count: string;
  countParams: unknown[];
  exactUpTo: number;
  /** The matching rows without the select list, for the planner's estimate beyond `exactUpTo`. */
  estimate: string;
}

/**
 * Totals are exact up to this many rows, or to the end of the requested page
 * if that is further; beyond it they are the planner's estimate (as
 * PostgREST's `count=estimated`), so a list never counts tens of thousands of
 * rows per request to print a figure nobody reads exactly.
 */
export const COUNT_EXACT_UP_TO = 1000;

/**
 * SELECT for one page and a bounded COUNT for the Content-Range total. `scope`
 * conditions (organisation scoping) are ANDed in by the caller, in SQL, never afterwards.
 */
export function buildListSql(spec: ListSpec, query: ListQuery, params: SqlParams, scope: string[] = []): ListSql {
  const sort = query.sort ?? spec.defaultSort;
  const sortField = Object.hasOwn(spec.fields, sort.field) ? spec.fields[sort.field] : undefined;
  if (!sortField || !sortField.sortable) {
    const sortable = Object.keys(spec.fields).filter((name) => spec.fields[name].sortable);
    throw new InvalidQueryException('sort', {
      key: 'notASortField',
      field: sort.field,
      resource: spec.resource,
      sortable,
    });
  }
  const conditions = [...scope, ...filterConditions(spec, query.filter, params)];
  const where = conditions.length > 0 ? `WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}` : '';
  // Counting to the end of the page costs what its OFFSET costs already; a whole number, never user text.
  const exactUpTo = Math.max(COUNT_EXACT_UP_TO, query.range.end + 1);
  const estimate = `SELECT 1 FROM ${spec.from} ${where}`;
  // The CTE is planned to read every match (the search index, the status index), then read only until the
  // bound: a LIMIT in the same query would have the planner walk the table hoping to meet matches early,
  // which costs a full scan when they are rare.
  const count =
    `WITH matching AS MATERIALIZED (${estimate}) ` +
    `SELECT count(*)::int AS total FROM (SELECT 1 FROM matching LIMIT ${exactUpTo + 1}) AS counted`;
  const countParams = [...params.values];
  const limit = params.add(query.range.end - query.range.start + 1);
  const offset = params.add(query.range.start);
  const nulls = sortField.nullable ? ' NULLS LAST' : '';
  const order = `${sortField.orderBy?.sql ?? sortField.sql} ${sort.order}${nulls}, ${spec.idSql} ASC`;
  const from = sortField.orderBy?.join ? `${spec.from} ${sortField.orderBy.join}` : spec.from;
  const page = `SELECT ${spec.select} FROM ${from} ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  return { page, pageParams: params.values, count, countParams, exactUpTo, estimate };
}

/** The columns every mutable record has, as select list and list fields. */
export function recordSelect(alias: string): string {
  return `${alias}.id AS "id", ${alias}.version AS "version", ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`;
}

export function recordFields(alias: string): Record<string, FieldSpec> {
  return {
    id: { sql: `${alias}.id`, type: 'uuid', sortable: true },
    createdAt: { sql: `${alias}.created_at`, type: 'timestamp', sortable: true },
    updatedAt: { sql: `${alias}.updated_at`, type: 'timestamp', sortable: true },
  };
}
