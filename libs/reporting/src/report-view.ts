import { type MilestoneStatus } from '#contracts';
import {
  formatDueDate,
  formatFigure,
  type Locale,
  type ReportWords,
  serverWords,
  type Translatable,
  translated,
} from '#i18n';
import type { ReportChanges } from '#contracts';
import { opinionLines } from '#plan';
import { byWithEntry, milestonesOf, type SnapshotContent, type SnapshotMilestone } from './snapshot.js';

/** What every download shows, already in the reader's language: the formats only lay it out. */
export interface ReportView {
  locale: Locale;
  words: ReportWords;
  title: string;
  planCode: string;
  planTitle: string;
  /** Label and value lines of the cover. */
  facts: Array<[string, string]>;
  summaryHeader: string[];
  summaryRows: string[][];
  priorities: PriorityView[];
  changes: { heading: string; intro: string | null; groups: Array<{ heading: string; lines: string[] }> };
  footer: string;
}

export interface PriorityView {
  heading: string;
  progress: string;
  objectives: Array<{ heading: string; progress: string; milestones: MilestoneView[] }>;
}

export interface MilestoneView {
  status: MilestoneStatus;
  code: string;
  title: string;
  due: string;
  statusText: string;
  progress: string;
  selfReported: string;
  verified: string;
  lead: string;
  supporting: string;
  narrative: string | null;
}

export interface ReportHeader {
  /** In every language; a report made before titles were translated has English only. */
  title: Translatable;
  periodFrom: string | null;
  periodTo: string | null;
  authorName: string | null;
  takenAt: string;
}

export const MILESTONE_COLUMNS = (w: ReportWords) => [
  w.code,
  w.milestone,
  w.due,
  w.status,
  w.progress,
  w.selfReported,
  w.verified,
  w.lead,
  w.supporting,
];

export const milestoneCells = (m: MilestoneView) => [
  m.code,
  m.title,
  m.due,
  m.statusText,
  m.progress,
  m.selfReported,
  m.verified,
  m.lead,
  m.supporting,
];

export const text = (value: Translatable | null | undefined, locale: Locale) =>
  value ? translated(value, locale) : '';

const SUMMARY_STATUSES: MilestoneStatus[] = ['completed', 'in_progress', 'at_risk', 'delayed', 'planned', 'cancelled'];

export function reportView(
  header: ReportHeader,
  content: SnapshotContent,
  changes: ReportChanges,
  locale: Locale,
): ReportView {
  const w = serverWords(locale).report;
  const date = (value: string) => formatDueDate(value.slice(0, 10), locale);
  // "57.8%", "57,8 %": the figure and the sign placed as the language writes them.
  const percent = (value: number | null) => (value === null ? '–' : w.percent(formatFigure(value, locale)));
  const { plan } = content;
  const opinion = opinionLines(plan.opinion ?? {}, locale, plan.adoptedAt);
  const facts: Array<[string, string]> = [[w.opinion, `${plan.code} – ${text(plan.title, locale)}`]];
  if (opinion.rapporteur) facts.push([w.rapporteur, opinion.rapporteur]);
  if (opinion.section) facts.push([w.section, opinion.section]);
  if (opinion.sectionAdopted) facts.push([w.sectionAdopted, opinion.sectionAdopted]);
  if (opinion.plenaryAdopted) facts.push([w.plenaryAdopted, opinion.plenaryAdopted]);
  if (header.periodFrom || header.periodTo) {
    facts.push([
      w.period,
      `${header.periodFrom ? date(header.periodFrom) : ''} – ${header.periodTo ? date(header.periodTo) : ''}`,
    ]);
  }
  facts.push([w.asOf, date(content.asOf)]);
  if (header.authorName) facts.push([w.author, header.authorName]);
  facts.push([w.planProgress, percent(plan.progress)]);

  const milestoneView = (m: SnapshotMilestone): MilestoneView => ({
    status: m.status,
    code: m.code,
    title: text(m.title, locale),
    due: date(m.dueDate),
    statusText: w.statuses[m.status],
    progress: percent(m.progress),
    selfReported: m.selfReported
      ? w.reportedBy(
          percent(m.selfReported.progress),
          byWithEntry(m.selfReported, w.staffEntered) ?? '',
          date(m.selfReported.at),
          w.reviewStates[m.selfReported.state] ?? m.selfReported.state,
        )
      : w.notReported,
    verified: m.verified
      ? w.verifiedBy(percent(m.verified.progress), byWithEntry(m.verified, w.staffEntered) ?? '', date(m.verified.at))
      : w.notVerified,
    lead: m.lead.shortCode,
    supporting: m.supporting.map((org) => org.shortCode).join(', '),
    narrative: m.narrative ? text(m.narrative, locale) || null : null,
  });

  const summaryRows = content.priorities.map((priority) => {
    const all = priority.objectives.flatMap((objective) => objective.milestones);
    return [
      `${priority.code} ${text(priority.title, locale)}`,
      percent(priority.progress),
      String(all.length),
      ...SUMMARY_STATUSES.map((status) => String(all.filter((m) => m.status === status).length)),
    ];
  });

  const byId = new Map(milestonesOf(content).map((m) => [m.id, m]));
  const label = (ref: { id: string; code: string }) => {
    const milestone = byId.get(ref.id);
    return milestone ? `${ref.code} ${text(milestone.title, locale)}` : ref.code;
  };
  const groups = [
    { heading: w.added, lines: changes.added.map(label) },
    { heading: w.completed, lines: changes.completed.map(label) },
    { heading: w.newlyDelayed, lines: changes.newlyDelayed.map(label) },
    {
      heading: w.statusChanged,
      lines: changes.statusChanged.map(
        (c) =>
          `${label(c)}: ${w.statuses[c.from as MilestoneStatus] ?? c.from} → ${w.statuses[c.to as MilestoneStatus] ?? c.to}`,
      ),
    },
    {
      heading: w.dueDateChanged,
      lines: changes.dueDateChanged.map((c) => `${label(c)}: ${date(c.from)} → ${date(c.to)}`),
    },
    {
      heading: w.progressChanged,
      lines: changes.progressChanged.map(
        (c) =>
          `${label(c)}: ${percent(c.from)} → ${percent(c.to)} (${c.delta > 0 ? '+' : ''}${formatFigure(c.delta, locale)})`,
      ),
    },
    { heading: w.removed, lines: changes.removed.map((c) => c.code) },
  ].filter((group) => group.lines.length > 0);

  return {
    locale,
    words: w,
    title: text(header.title, locale),
    planCode: plan.code,
    planTitle: text(plan.title, locale),
    facts,
    summaryHeader: [w.priority, w.progress, w.milestones, ...SUMMARY_STATUSES.map((status) => w.statuses[status])],
    summaryRows,
    priorities: content.priorities.map((priority) => ({
      heading: `${w.priority} ${priority.code}. ${text(priority.title, locale)}`,
      progress: percent(priority.progress),
      objectives: priority.objectives.map((objective) => ({
        heading: `${w.objective} ${objective.code}. ${text(objective.title, locale)}`,
        progress: percent(objective.progress),
        milestones: objective.milestones.map(milestoneView),
      })),
    })),
    changes: {
      heading: changes.previousTakenAt ? w.changesSince(date(changes.previousTakenAt)) : w.changes,
      intro: changes.previousReportId === null ? w.firstReport : groups.length === 0 ? w.noChanges : null,
      groups,
    },
    // The plan's calendar day, as on the cover and in the file name (takenAt is an instant in UTC).
    footer: w.generated(date(content.asOf)),
  };
}
