import type { MilestoneStatus } from '#contracts';
import { type Locale, type ReportWords } from '#i18n';
import { text } from '../report-view.js';
import { byWithEntry, type SnapshotContent } from '../snapshot.js';

export type Cell = string | number | Date | null;

const day = (value: string | null | undefined) => (value ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null);

/** One row per milestone with typed values: the milestones sheet of the XLSX and the CSV. */
export function milestoneTable(content: SnapshotContent, w: ReportWords, locale: Locale) {
  const header = [
    w.priority,
    w.objective,
    w.code,
    w.milestone,
    w.start,
    w.due,
    w.status,
    `${w.progress} (%)`,
    `${w.selfReported} (%)`,
    `${w.selfReported}: ${w.reportedStatus}`,
    `${w.selfReported}: ${w.reviewState}`,
    `${w.selfReported}: ${w.reportingOrganisation}`,
    `${w.selfReported}: ${w.submittedOn}`,
    `${w.verified} (%)`,
    `${w.verified}: ${w.reviewedBy}`,
    `${w.verified}: ${w.reviewedOn}`,
    w.lead,
    w.supporting,
    w.narrative,
  ];
  const rows: Cell[][] = content.priorities.flatMap((priority) =>
    priority.objectives.flatMap((objective) =>
      objective.milestones.map((m) => [
        priority.code,
        objective.code,
        m.code,
        text(m.title, locale),
        day(m.startDate),
        day(m.dueDate),
        w.statuses[m.status],
        m.progress,
        m.selfReported?.progress ?? null,
        m.selfReported ? (w.statuses[m.selfReported.status as MilestoneStatus] ?? m.selfReported.status) : null,
        m.selfReported ? (w.reviewStates[m.selfReported.state] ?? m.selfReported.state) : null,
        m.selfReported ? byWithEntry(m.selfReported, w.staffEntered) : null,
        day(m.selfReported?.at),
        m.verified?.progress ?? null,
        m.verified ? byWithEntry(m.verified, w.staffEntered) : null,
        day(m.verified?.at),
        m.lead.shortCode,
        m.supporting.map((org) => org.shortCode).join(', '),
        text(m.narrative, locale) || null,
      ]),
    ),
  );
  return { header, rows, dateColumns: [4, 5, 12, 15], percentColumns: [7, 8, 13] };
}
