/** Shapes of API answers that the admin app reads beyond a plain record, shared so that both sides agree. */

/** A milestone named in a report's changes: its id (stable) and its code (as shown). */
export interface MilestoneRef {
  id: string;
  code: string;
}

/** What changed between two snapshots of a plan: "changed since the last report", stored with each report. */
export interface ReportChanges {
  /** The snapshot compared with; null for a plan's first report. */
  previousReportId: string | null;
  previousTakenAt: string | null;
  added: MilestoneRef[];
  removed: MilestoneRef[];
  completed: MilestoneRef[];
  newlyDelayed: MilestoneRef[];
  statusChanged: Array<MilestoneRef & { from: string; to: string }>;
  dueDateChanged: Array<MilestoneRef & { from: string; to: string }>;
  progressChanged: Array<MilestoneRef & { from: number; to: number; delta: number }>;
}

/**
 * How many milestones changed: each counted once, whatever changed about it (completed and newly delayed are
 * status changes, so they add nothing). The headline of the report's audit entry and of its page in the admin.
 */
export function changedMilestoneCount(changes: ReportChanges | null | undefined): number {
  if (!changes) return 0;
  const lists = [
    changes.added,
    changes.removed,
    changes.statusChanged,
    changes.dueDateChanged,
    changes.progressChanged,
  ];
  return new Set(lists.flatMap((list) => (list ?? []).map((item) => item.id))).size;
}

/** What one row of an import does: creates a milestone, changes one the plan has (by code), or nothing. */
export type ImportAction = 'create' | 'update' | 'unchanged';

/** The API's answer to a milestone import or its dry run. */
export interface ImportReport {
  dryRun: boolean;
  /** Rows read (blank rows aside). */
  total: number;
  valid: number;
  invalid: number;
  /** Milestones created: 0 for a dry run. */
  created: number;
  /** Milestones changed: 0 for a dry run. */
  updated: number;
  rows: Array<{
    row: number;
    code: string | null;
    errors: Record<string, string>;
    action: ImportAction;
    /** For a row that changes a milestone: each field's value before and after, as the API writes it. */
    changes: Record<string, { from: unknown; to: unknown }>;
  }>;
}
