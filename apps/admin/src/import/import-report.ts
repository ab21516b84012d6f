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

/** The import may go ahead only after a dry run of this very file found rows and no problem. */
export function mayImport(report: ImportReport | null): boolean {
  return report !== null && report.dryRun && report.total > 0 && report.invalid === 0;
}
