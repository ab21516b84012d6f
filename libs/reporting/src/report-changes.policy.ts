import type { MilestoneRef, ReportChanges } from '#contracts';
import { milestonesOf, type SnapshotContent, type SnapshotMilestone } from './snapshot.js';

const ref = (milestone: SnapshotMilestone): MilestoneRef => ({ id: milestone.id, code: milestone.code });

/**
 * Compares a snapshot with the previous one, milestone by milestone (matched by
 * id, so a renumbered milestone is the same milestone). Pure; lists follow the
 * current plan's order.
 */
export function compareSnapshots(
  current: SnapshotContent,
  previous: { id: string; content: SnapshotContent } | null,
): ReportChanges {
  const changes: ReportChanges = {
    previousReportId: previous?.id ?? null,
    previousTakenAt: previous?.content.takenAt ?? null,
    added: [],
    removed: [],
    completed: [],
    newlyDelayed: [],
    statusChanged: [],
    dueDateChanged: [],
    progressChanged: [],
  };
  if (previous === null) return changes;
  const before = new Map(milestonesOf(previous.content).map((milestone) => [milestone.id, milestone]));
  const now = milestonesOf(current);
  const stillThere = new Set(now.map((milestone) => milestone.id));
  for (const milestone of now) {
    const old = before.get(milestone.id);
    if (!old) {
      changes.added.push(ref(milestone));
      continue;
    }
    if (milestone.status !== old.status) {
      changes.statusChanged.push({ ...ref(milestone), from: old.status, to: milestone.status });
      if (milestone.status === 'completed') changes.completed.push(ref(milestone));
      if (milestone.status === 'delayed') changes.newlyDelayed.push(ref(milestone));
    }
    if (milestone.dueDate !== old.dueDate) {
      changes.dueDateChanged.push({ ...ref(milestone), from: old.dueDate, to: milestone.dueDate });
    }
    if (milestone.progress !== old.progress) {
      changes.progressChanged.push({
        ...ref(milestone),
        from: old.progress,
        to: milestone.progress,
        delta: milestone.progress - old.progress,
      });
    }
  }
  for (const milestone of milestonesOf(previous.content)) {
    if (!stillThere.has(milestone.id)) changes.removed.push(ref(milestone));
  }
  return changes;
}
