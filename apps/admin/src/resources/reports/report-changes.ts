// "Changed since the last report", as the API stores it with each report: the server's own shape and count.
import type { ReportChanges } from '#contracts';

export { changedMilestoneCount, type MilestoneRef, type ReportChanges } from '#contracts';

/** Whether the report has a previous one to be compared with (a plan's first report has not). */
export function isFirstReport(changes: ReportChanges | null | undefined): boolean {
  return !changes?.previousReportId;
}
