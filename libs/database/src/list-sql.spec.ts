import { describe, expect, it, jest } from '@jest/globals';
import { InvalidQueryException, type ListQuery } from '#kernel';
import {
  COUNT_EXACT_UP_TO,
  type CustomFilter,
  type ListSpec,
  buildListSql,
  isCalendarDate,
  isUuid,
} from './list-sql.js';
import { SqlParams } from './sql-params.js';

const STATUSES = ['planned', 'in_progress', 'at_risk', 'delayed', 'completed', 'cancelled'] as const;
const A_UUID = '3f2b8c4e-9a1d-4e6f-8b2c-1d2e3f4a5b6c';

function milestoneSpec(overrides: Partial<ListSpec> = {}): ListSpec {
  return {
    resource: 'milestones',
    select: 'm.id AS "id", m.code AS "code"',
    from: 'milestones m',
    idSql: 'm.id',
    fields: {
      id: { sql: 'm.id', type: 'uuid', sortable: true },
      code: { sql: 'm.code', type: 'text', sortable: true },
      status: { sql: 'm.status', type: 'text', values: STATUSES, sortable: true },
      dueDate: { sql: 'm.due_date', type: 'date', sortable: true },
      progress: { sql: 'm.progress', type: 'integer', sortable: true },
      startDate: { sql: 'm.start_date', type: 'date', sortable: true, nullable: true },
      updatedAt: { sql: 'm.updated_at', type: 'timestamp', sortable: true },
      objectiveId: { sql: 'm.objective_id', type: 'uuid' },
      internalNote: { sql: 'm.internal_note', type: 'text', filterable: false },
    },
    searchVector: 'm.search_vector',
    defaultSort: { field: 'dueDate', order: 'ASC' },
    ...overrides,
  };
}

function listQuery(overrides: Partial<ListQuery> = {}): ListQuery {
  return { sort: null, range: { start: 0, end: 24 }, filter: {}, ...overrides };
}

function build(filter: Record<string, unknown>, spec: ListSpec = milestoneSpec()) {
  return buildListSql(spec, listQuery({ filter }), new SqlParams());
}

/** Runs `run` expecting a 400 and returns the exception. */
function refusal(run: () => unknown): InvalidQueryException {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidQueryException);
    expect((error as InvalidQueryException).code).toBe('invalid_query');
    return error as InvalidQueryException;
  }
  throw new Error('expected an InvalidQueryException, but the query was accepted');
}

function expectFilterRefused(filter: Record<string, unknown>, ...mentions: string[]): void {
  const error = refusal(() => build(filter));
  expect(error.message).toContain('"filter"');
  for (const mention of mentions) expect(error.message).toContain(mention);
}

describe('buildListSql: page and count', () => {
  it('without filters, selects one page in the default order with bound limit and offset', () => {
    const sql = buildListSql(milestoneSpec(), listQuery({ range: { start: 50, end: 74 } }), new SqlParams());
    expect(sql.page).toContain('SELECT m.id AS "id", m.code AS "code" FROM milestones m');
    expect(sql.page).toContain('ORDER BY m.due_date ASC, m.id ASC');
    expect(sql.page).toContain('LIMIT $1 OFFSET $2');
    expect(sql.page).not.toContain('WHERE');
    expect(sql.pageParams).toEqual([25, 50]);
  });

  it('the count covers the same rows without order or offset, and stops one row past the exact bound', () => {
    const sql = buildListSql(milestoneSpec(), listQuery(), new SqlParams());
    expect(sql.exactUpTo).toBe(COUNT_EXACT_UP_TO);
    expect(sql.count).toBe(
      'WITH matching AS MATERIALIZED (SELECT 1 FROM milestones m ) ' +
        `SELECT count(*)::int AS total FROM (SELECT 1 FROM matching LIMIT ${COUNT_EXACT_UP_TO + 1}) AS counted`,
    );
    expect(sql.count).not.toMatch(/OFFSET|ORDER BY/);
    expect(sql.estimate).toMatch(/^SELECT 1 FROM milestones m\s*$/);
    expect(sql.countParams).toEqual([]);
  });

  it('a page beyond the bound is counted exactly up to its end, so its own rows are never "estimated" away', () => {
    const sql = buildListSql(milestoneSpec(), listQuery({ range: { start: 4000, end: 4999 } }), new SqlParams());
    expect(sql.exactUpTo).toBe(5000);
    expect(sql.count).toContain('LIMIT 5001');
  });

  it('the requested sort replaces the default sort, the id keeps the order stable', () => {
    const query = listQuery({ sort: { field: 'progress', order: 'DESC' } });
    expect(buildListSql(milestoneSpec(), query, new SqlParams()).page).toContain('ORDER BY m.progress DESC, m.id ASC');
  });

  it('puts empty values last both ways for a field that can be null, and only there (an index serves the others)', () => {
    for (const order of ['ASC', 'DESC'] as const) {
      const sort = (field: string) =>
        buildListSql(milestoneSpec(), listQuery({ sort: { field, order } }), new SqlParams()).page;
      expect(sort('startDate')).toContain(`ORDER BY m.start_date ${order} NULLS LAST, m.id ASC`);
      expect(sort('dueDate')).toContain(`ORDER BY m.due_date ${order}, m.id ASC`);
    }
  });

  it('filter values are bound as parameters and never written into the SQL', () => {
    const hostile = "x'; DROP TABLE milestones; --";
    const sql = build({ code: hostile });
    expect(sql.page).toContain('WHERE (m.code = $1::text)');
    expect(sql.count).toContain('WHERE (m.code = $1::text)');
    expect(sql.pageParams).toEqual([hostile, 25, 0]);
    expect(sql.countParams).toEqual([hostile]);
    expect(sql.page).not.toContain('DROP');
    expect(sql.count).not.toContain('DROP');
  });

  it('the count parameters are the filter parameters, without limit and offset', () => {
    const sql = buildListSql(
      milestoneSpec(),
      listQuery({ filter: { status: 'delayed', progress_gte: 10 }, range: { start: 100, end: 149 } }),
      new SqlParams(),
    );
    expect(sql.countParams).toEqual(['delayed', 10]);
    expect(sql.pageParams).toEqual(['delayed', 10, 50, 100]);
    expect(sql.page).toContain('LIMIT $3 OFFSET $4');
  });

  it('several filters are all required (ANDed)', () => {
    const sql = build({ status: 'delayed', objectiveId: A_UUID });
    expect(sql.page).toContain('WHERE (m.status = $1::text) AND (m.objective_id = $2::uuid)');
  });

  it('scope conditions from the caller are ANDed in before the filters, in SQL', () => {
    const params = new SqlParams();
    const scope = [`m.lead_organisation_id = ${params.add(A_UUID)}::uuid`];
    const sql = buildListSql(milestoneSpec(), listQuery({ filter: { status: 'planned' } }), params, scope);
    expect(sql.page).toContain('WHERE (m.lead_organisation_id = $1::uuid) AND (m.status = $2::text)');
    expect(sql.count).toContain('WHERE (m.lead_organisation_id = $1::uuid) AND (m.status = $2::text)');
    expect(sql.countParams).toEqual([A_UUID, 'planned']);
  });

  it('a filter key whose value is undefined is ignored', () => {
    expect(build({ status: undefined }).page).not.toContain('WHERE');
  });
});

describe('buildListSql: sort refusals', () => {
  it('an unknown sort field is refused, naming sort and listing the sortable fields', () => {
    const error = refusal(() =>
      buildListSql(milestoneSpec(), listQuery({ sort: { field: 'colour', order: 'ASC' } }), new SqlParams()),
    );
    expect(error.message).toContain('"sort"');
    expect(error.message).toContain('colour');
    expect(error.message).toContain('dueDate');
    expect(error.message).not.toContain('objectiveId');
  });

  it('a field that exists but is not sortable is refused', () => {
    const error = refusal(() =>
      buildListSql(milestoneSpec(), listQuery({ sort: { field: 'objectiveId', order: 'ASC' } }), new SqlParams()),
    );
    expect(error.message).toContain('"sort"');
    expect(error.message).toContain('objectiveId');
  });

  it('a sort field is looked up among own fields only, not inherited object properties', () => {
    refusal(() =>
      buildListSql(milestoneSpec(), listQuery({ sort: { field: 'constructor', order: 'ASC' } }), new SqlParams()),
    );
  });
});

describe('buildListSql: filter fields', () => {
  it('an unknown filter field is refused and named', () => {
    expectFilterRefused({ colour: 'red' }, 'colour', 'milestones');
  });

  it('a field marked not filterable is refused', () => {
    expectFilterRefused({ internalNote: 'secret' }, 'internalNote');
  });

  it('an operator suffix on an unknown field is refused, naming the whole key', () => {
    expectFilterRefused({ colour_gte: 3 }, 'colour_gte');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'a filter named like a built-in object property (%p) is an unknown field and refused',
    (key) => {
      // JSON.parse('{"__proto__":…}') makes an own property, as a real query string would.
      expectFilterRefused(JSON.parse(`{${JSON.stringify(key)}:"x"}`) as Record<string, unknown>, key);
    },
  );

  it('on a resource with custom filters, a filter named "constructor" is refused, not written into the SQL', () => {
    const spec = milestoneSpec({ customFilters: { organisationId: () => 'TRUE' } });
    const filter = { constructor: 'TRUE) OR (TRUE' };
    const outcome = (() => {
      try {
        return buildListSql(spec, listQuery({ filter }), new SqlParams(), ['m.lead_id = $1']).page;
      } catch (error) {
        return error;
      }
    })();
    // On failure jest prints the SQL produced, showing where the value went.
    expect(outcome).toBeInstanceOf(InvalidQueryException);
  });

  it('an unknown operator suffix is refused', () => {
    expectFilterRefused({ progress_between: 3 }, 'progress_between');
  });
});

describe('buildListSql: filter operators', () => {
  it('a list of values matches any of them', () => {
    const sql = build({ status: ['delayed', 'at_risk'] });
    expect(sql.page).toContain('m.status = ANY($1::text[])');
    expect(sql.pageParams[0]).toEqual(['delayed', 'at_risk']);
  });

  it('_neq with a list excludes all of them', () => {
    const sql = build({ status_neq: ['completed', 'cancelled'] });
    expect(sql.page).toContain('NOT (m.status = ANY($1::text[]))');
    expect(sql.pageParams[0]).toEqual(['completed', 'cancelled']);
  });

  describe('a field with its own "one of" condition (a derived status)', () => {
    const oneOf = jest.fn((values: readonly string[]) => `(m.status IN (${values.map((v) => `'${v}'`).join(',')}))`);
    const spec = () => {
      const base = milestoneSpec();
      return milestoneSpec({ fields: { ...base.fields, status: { ...base.fields.status, oneOf } } });
    };

    it('uses it for one value, for a list, and negated for _neq, with the values checked first', () => {
      expect(build({ status: 'delayed' }, spec()).page).toContain("WHERE ((m.status IN ('delayed')))");
      expect(build({ status: ['delayed', 'at_risk'] }, spec()).page).toContain("((m.status IN ('delayed','at_risk')))");
      expect(build({ status_neq: ['completed'] }, spec()).page).toContain("(NOT (m.status IN ('completed')))");
      expect(build({ status_neq: 'completed' }, spec()).count).toContain("(NOT (m.status IN ('completed')))");
      oneOf.mockClear();
      refusal(() => build({ status: ['delayed', "x') OR TRUE --"] }, spec()));
      expect(oneOf).not.toHaveBeenCalled();
    });

    it("binds no parameter for it, so the page's limit and offset come first", () => {
      const sql = build({ status: 'delayed' }, spec());
      expect(sql.countParams).toEqual([]);
      expect(sql.page).toContain('LIMIT $1 OFFSET $2');
    });
  });

  it('every value of a list is checked against the field type', () => {
    expectFilterRefused({ status: ['delayed', 'late'] }, 'status');
  });

  it('a list of more than 1000 values is refused', () => {
    expectFilterRefused({ progress: Array.from({ length: 1001 }, (_, i) => i) }, 'progress', '1000');
  });

  it.each(['gte', 'lte', 'gt', 'lt'])('_%s takes one value, not a list', (operator) => {
    expectFilterRefused({ [`progress_${operator}`]: [1, 2] }, `progress_${operator}`);
  });

  it.each([
    ['progress_gte', '>='],
    ['progress_lte', '<='],
    ['progress_gt', '>'],
    ['progress_lt', '<'],
    ['progress_neq', '<>'],
  ])('%s compares with %s', (key, sqlOperator) => {
    const sql = build({ [key]: 40 });
    expect(sql.page).toContain(`WHERE (m.progress ${sqlOperator} $1::integer)`);
    expect(sql.pageParams[0]).toBe(40);
  });

  it('dates are compared as dates', () => {
    const sql = build({ dueDate_lt: '2026-11-27' });
    expect(sql.page).toContain('m.due_date < $1::date');
    expect(sql.pageParams[0]).toBe('2026-11-27');
  });

  it('null asks for rows without a value', () => {
    const sql = build({ objectiveId: null });
    expect(sql.page).toContain('WHERE (m.objective_id IS NULL)');
    expect(sql.countParams).toEqual([]);
  });

  it('_neq null asks for rows with a value', () => {
    expect(build({ objectiveId_neq: null }).page).toContain('WHERE (m.objective_id IS NOT NULL)');
  });

  it.each(['gte', 'lte', 'gt', 'lt'])('_%s cannot be compared with null', (operator) => {
    expectFilterRefused({ [`progress_${operator}`]: null }, `progress_${operator}`, 'null');
  });
});

describe('buildListSql: filter value types', () => {
  it('a UUID field accepts a UUID', () => {
    expect(build({ objectiveId: A_UUID }).pageParams[0]).toBe(A_UUID);
  });

  it.each(['not-a-uuid', 42, '3f2b8c4e9a1d4e6f8b2c1d2e3f4a5b6c', `${A_UUID}x`])('a UUID field refuses %p', (value) => {
    expectFilterRefused({ objectiveId: value }, 'objectiveId', 'UUID');
  });

  it.each(['1899-12-31', '3000-01-01'])('a date field refuses %p, outside the years a plan can hold', (value) => {
    expectFilterRefused({ dueDate: value }, 'dueDate', 'YYYY-MM-DD');
  });

  it.each(['2026-02-28', '2028-02-29', '2026-12-31'])('a date field accepts the calendar date %p', (value) => {
    expect(build({ dueDate: value }).pageParams[0]).toBe(value);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-2-3', '27/11/2026', '2026-11-27T00:00:00Z', 20261127])(
    'a date field refuses %p',
    (value) => {
      expectFilterRefused({ dueDate: value }, 'dueDate', 'YYYY-MM-DD');
    },
  );

  it('an integer field accepts whole numbers given as numbers or digits', () => {
    expect(build({ progress: 40 }).pageParams[0]).toBe(40);
    expect(build({ progress: '40' }).pageParams[0]).toBe(40);
    expect(build({ progress: '-5' }).pageParams[0]).toBe(-5);
  });

  it.each([2147483647, -2147483648, '2147483647'])(
    'an integer field accepts %p, within PostgreSQL integer',
    (value) => {
      expect(build({ progress: value }).pageParams[0]).toBe(Number(value));
    },
  );

  it.each([2147483648, -2147483649, '9999999999'])(
    'an integer field refuses %p, beyond PostgreSQL integer',
    (value) => {
      expectFilterRefused({ progress: value }, 'progress', 'whole number');
    },
  );

  it.each([4.5, '4.5', 'forty', '', true, {}])('an integer field refuses %p', (value) => {
    expectFilterRefused({ progress: value }, 'progress', 'whole number');
  });

  it.each(STATUSES)('an enumerated field accepts its value %p', (status) => {
    expect(build({ status }).pageParams[0]).toBe(status);
  });

  it('an enumerated field refuses other values and lists the allowed ones', () => {
    expectFilterRefused({ status: 'late' }, 'status', 'planned, in_progress, at_risk, delayed, completed, cancelled');
  });

  it('a text field accepts a number as its text', () => {
    expect(build({ code: 587 }).pageParams[0]).toBe('587');
  });

  it.each([{ a: 1 }, true])('a text field refuses %p', (value) => {
    expectFilterRefused({ code: value }, 'code');
  });

  it('a timestamp field is bound in ISO 8601 UTC', () => {
    const sql = build({ updatedAt_gte: '2026-11-27T20:30:00+05:00' });
    expect(sql.page).toContain('m.updated_at >= $1::timestamptz');
    expect(sql.pageParams[0]).toBe('2026-11-27T15:30:00.000Z');
  });

  it.each([
    ['2026-11-27T15:30:00Z', '2026-11-27T15:30:00.000Z'],
    ['2026-11-27T15:30:00.123456Z', '2026-11-27T15:30:00.123Z'],
    ['2026-11-27T20:30+05:00', '2026-11-27T15:30:00.000Z'],
    ['2026-11-27', '2026-11-27T00:00:00.000Z'],
  ])('a timestamp field accepts %p as %p', (value, bound) => {
    expect(build({ updatedAt: value }).pageParams[0]).toBe(bound);
  });

  it.each([
    'March 5, 2026',
    '5 Mar 2026 10:00 GMT',
    '1700000000000',
    '2026-11-27T25:00:00Z',
    '1899-12-31T23:59:59Z',
    '3000-01-01T00:00:00Z',
  ])('a timestamp field refuses %p', (value) => {
    expectFilterRefused({ updatedAt: value }, 'updatedAt', 'ISO 8601');
  });

  it('a timestamp field refuses text that is not a time', () => {
    expectFilterRefused({ updatedAt: 'yesterday' }, 'updatedAt', 'ISO 8601');
  });
});

describe('buildListSql: full-text search (q)', () => {
  it('q becomes a prefix query over the search vector, bound as a parameter', () => {
    const sql = build({ q: 'Erasmus+ youth' });
    expect(sql.page).toContain("WHERE (m.search_vector @@ to_tsquery('simple'::regconfig, $1))");
    expect(sql.pageParams[0]).toBe('erasmus:* & youth:*');
    expect(sql.countParams).toEqual(['erasmus:* & youth:*']);
  });

  it('q with nothing searchable matches no row', () => {
    const sql = build({ q: '+++' });
    expect(sql.page).toContain('WHERE (FALSE)');
    expect(sql.countParams).toEqual([]);
  });

  it.each(['', null])('an empty q (%p) is no filter', (q) => {
    expect(build({ q }).page).not.toContain('WHERE');
  });

  it('q must be text', () => {
    expectFilterRefused({ q: 5 }, 'q must be text');
  });

  it('q on a resource without a search vector is refused', () => {
    const error = refusal(() => build({ q: 'erasmus' }, milestoneSpec({ searchVector: undefined })));
    expect(error.message).toContain('"filter"');
    expect(error.message).toContain('q is not offered on milestones');
  });
});

describe('buildListSql: custom filters', () => {
  it('a custom filter is called with the value, the parameters and its name, and its SQL is used', () => {
    const ledOrSupportedBy = jest.fn<CustomFilter>(
      (value, params) =>
        `m.lead_id = ${params.add(value)}::uuid OR m.id IN (SELECT milestone_id FROM supports WHERE organisation_id = $1::uuid)`,
    );
    const spec = milestoneSpec({ customFilters: { organisationId: ledOrSupportedBy } });
    const sql = buildListSql(spec, listQuery({ filter: { organisationId: A_UUID } }), new SqlParams());
    expect(ledOrSupportedBy).toHaveBeenCalledTimes(1);
    expect(ledOrSupportedBy.mock.calls[0][0]).toBe(A_UUID);
    expect(ledOrSupportedBy.mock.calls[0][1]).toBeInstanceOf(SqlParams);
    expect(ledOrSupportedBy.mock.calls[0][2]).toBe('organisationId');
    expect(sql.page).toContain('WHERE (m.lead_id = $1::uuid OR m.id IN');
    expect(sql.countParams).toEqual([A_UUID]);
  });

  it('a custom filter takes precedence over a field of the same name', () => {
    const custom = jest.fn<CustomFilter>(() => "m.code LIKE 'P1.%'");
    const sql = build({ code: 'P1' }, milestoneSpec({ customFilters: { code: custom } }));
    expect(custom).toHaveBeenCalled();
    expect(sql.page).toContain("WHERE (m.code LIKE 'P1.%')");
  });
});

describe('isUuid', () => {
  it.each([A_UUID, A_UUID.toUpperCase(), '00000000-0000-0000-0000-000000000000'])('%p is a UUID', (value) => {
    expect(isUuid(value)).toBe(true);
  });

  it.each([
    '',
    'abc',
    A_UUID.slice(1),
    `{${A_UUID}}`,
    A_UUID.replace(/-/g, ''),
    'g'.repeat(8) + A_UUID.slice(8),
    null,
    1,
  ])('%p is not a UUID', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31'])('%p is a calendar date', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['1900-01-01', '2999-12-31'])('%p is a calendar date at the edge of the years a plan can hold', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['1899-12-31', '3000-01-01', '0000-01-01'])('%p is outside the years a plan can hold', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    '2026-1-1',
    '',
    null,
    0,
  ])('%p is not a calendar date', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});
