import { describe, expect, it } from '@jest/globals';
import { mayImport, rowProblems, type ImportReport } from './import-report.js';

const report = (overrides: Partial<ImportReport>): ImportReport => ({
  dryRun: true,
  total: 2,
  valid: 2,
  invalid: 0,
  created: 0,
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
          { row: 3, code: 'M2', errors: { lead: 'unknown organisation "XX"' } },
          { row: 2, code: null, errors: { dueDate: 'not a date', 'title.ru': 'missing translation' } },
        ],
      }),
    );
    expect(problems).toEqual([
      { row: 2, code: null, column: 'dueDate', message: 'not a date' },
      { row: 2, code: null, column: 'title.ru', message: 'missing translation' },
      { row: 3, code: 'M2', column: 'lead', message: 'unknown organisation "XX"' },
    ]);
  });

  it('lets the import go ahead only after a clean dry run', () => {
    expect(mayImport(null)).toBe(false);
    expect(mayImport(report({}))).toBe(true);
    expect(mayImport(report({ valid: 1, invalid: 1 }))).toBe(false);
    expect(mayImport(report({ total: 0, valid: 0 }))).toBe(false);
    expect(mayImport(report({ dryRun: false, created: 2 }))).toBe(false);
  });
});
