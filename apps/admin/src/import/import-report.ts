// The API's answer to a milestone import or its dry run: the server's own shape.
import type { ImportReport } from '#contracts';

export type { ImportReport } from '#contracts';

export interface RowProblem {
  row: number;
  code: string | null;
  column: string;
  message: string;
}

/** Every problem of every row, one per line, in file order: what the dry-run table shows. */
export function rowProblems(report: ImportReport): RowProblem[] {
  return report.rows
    .flatMap(({ row, code, errors }) =>
      Object.entries(errors ?? {}).map(([column, message]) => ({ row, code, column, message })),
    )
    .sort((a, b) => a.row - b.row);
}

export interface RowChange {
  row: number;
  code: string | null;
  field: string;
  from: unknown;
  to: unknown;
}

/** Field by field, what the rows that change a milestone would change, in file order. */
export function rowChanges(report: ImportReport): RowChange[] {
  return report.rows
    .flatMap(({ row, code, changes }) =>
      Object.entries(changes ?? {}).map(([field, change]) => ({ row, code, field, ...change })),
    )
    .sort((a, b) => a.row - b.row);
}

/** How many rows create a milestone, change one, or change nothing. */
export function rowActions(report: ImportReport): Record<'create' | 'update' | 'unchanged', number> {
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of report.rows) if (Object.keys(row.errors ?? {}).length === 0) counts[row.action] += 1;
  return counts;
}

/** The import may go ahead only after a dry run of this very file found rows and no problem. */
export function mayImport(report: ImportReport | null): boolean {
  return report !== null && report.dryRun && report.total > 0 && report.invalid === 0;
}
