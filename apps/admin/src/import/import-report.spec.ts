import { describe, expect, it } from '@jest/globals';
import { mayImport, rowActions, rowChanges, rowProblems, type ImportReport } from './import-report.js';

const report = (overrides: Partial<ImportReport>): ImportReport => ({
  dryRun: true,
  total: 2,
  valid: 2,
  invalid: 0,
  created: 0,
  updated: 0,
  rows: [],
  ...overrides,
});

describe('the milestone import page', () => {
  it('lists each problem of each row on a line of its own, in file order', () => {
    const problems = rowProblems(
      report({
        valid: 0,
        invalid: 2,
        rows: [
          { row: 3, code: 'M2', errors: { lead: 'unknown organisation "XX"' }, action: 'create', changes: {} },
          {
            row: 2,
            code: null,
            errors: { dueDate: 'not a date', 'title.ru': 'missing translation' },
            action: 'create',
            changes: {},
          },
        ],
      }),
    );
    expect(problems).toEqual([
      { row: 2, code: null, column: 'dueDate', message: 'not a date' },
      { row: 2, code: null, column: 'title.ru', message: 'missing translation' },
      { row: 3, code: 'M2', column: 'lead', message: 'unknown organisation "XX"' },
    ]);
  });

  it('lists what each row that changes a milestone would change, and counts what the rows do', () => {
    const checked = report({
      total: 3,
      valid: 3,
      rows: [
        { row: 4, code: 'M3', errors: {}, action: 'unchanged', changes: {} },
        {
          row: 2,
          code: 'M1',
          errors: {},
          action: 'update',
          changes: { dueDate: { from: '2027-06-30', to: '2027-12-15' }, progress: { from: 0, to: 25 } },
        },
        { row: 3, code: null, errors: {}, action: 'create', changes: {} },
      ],
    });
    expect(rowChanges(checked)).toEqual([
      { row: 2, code: 'M1', field: 'dueDate', from: '2027-06-30', to: '2027-12-15' },
      { row: 2, code: 'M1', field: 'progress', from: 0, to: 25 },
    ]);
    expect(rowActions(checked)).toEqual({ create: 1, update: 1, unchanged: 1 });
  });

  it('lets the import go ahead only after a clean dry run', () => {
    expect(mayImport(null)).toBe(false);
    expect(mayImport(report({}))).toBe(true);
    expect(mayImport(report({ valid: 1, invalid: 1 }))).toBe(false);
    expect(mayImport(report({ total: 0, valid: 0 }))).toBe(false);
    expect(mayImport(report({ dryRun: false, created: 2 }))).toBe(false);
  });
});
