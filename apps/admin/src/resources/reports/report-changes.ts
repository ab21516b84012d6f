/**
 * "Changed since the last report", as the API stores it with each report
 * (`ReportChanges` in libs/reporting/src/report-changes.policy.ts).
 */
export interface MilestoneRef {
  id: string;
  code: string;
}

export interface ReportChanges {
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
 * How many milestones changed: each counted once, whatever changed about it
 * (completed and newly delayed are status changes, so they add nothing).
 * The same headline as the API's audit entry for the report.
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

/** Whether the report has a previous one to be compared with (a plan's first report has not). */
export function isFirstReport(changes: ReportChanges | null | undefined): boolean {
  return !changes?.previousReportId;
}
