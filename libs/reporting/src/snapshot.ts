import { type MilestoneStatus } from '#contracts';
import type { Translatable } from '#i18n';
import type { FrozenOpinionFacts } from '#plan';

/**
 * A plan frozen at one moment, as the plenary report shows it. Stored whole
 * (JSON) with the report, so that later edits to the plan never change it.
 */
export interface SnapshotContent {
  takenAt: string;
  /** The calendar date of `takenAt` in the plan's time zone: what "today" meant for the statuses. */
  asOf: string;
  plan: SnapshotPlan;
  priorities: SnapshotPriority[];
}

export interface SnapshotPlan {
  id: string;
  code: string;
  title: Translatable;
  opinionReference: string;
  adoptedAt: string | null;
  timeZone: string;
  /** As it was when the report was made (plain text in reports made before the facts were translated). */
  opinion: FrozenOpinionFacts;
  progress: number | null;
}

export interface SnapshotPriority {
  id: string;
  code: string;
  title: Translatable;
  progress: number | null;
  objectives: SnapshotObjective[];
}

export interface SnapshotObjective {
  id: string;
  code: string;
  title: Translatable;
  progress: number | null;
  milestones: SnapshotMilestone[];
}

export interface SnapshotOrganisation {
  shortCode: string;
  name: Translatable;
}

export interface SnapshotMilestone {
  id: string;
  code: string;
  title: Translatable;
  startDate: string | null;
  dueDate: string;
  /** As shown (delayed once past due unfinished). */
  status: MilestoneStatus;
  /** The milestone's own figure: the last verified one, or what staff entered. */
  progress: number;
  visibility: string;
  lead: SnapshotOrganisation;
  supporting: SnapshotOrganisation[];
  /**
   * The latest report by a responsible organisation, whatever its review state (rejected ones aside);
   * `enteredByStaff` when EESC staff entered it for the organisation (absent in reports made before).
   */
  selfReported: {
    progress: number;
    status: string;
    state: string;
    at: string;
    by: string | null;
    enteredByStaff?: boolean;
  } | null;
  /** The latest figures staff approved (by someone other than who entered or revised them). */
  verified: { progress: number; status: string; at: string; by: string | null; enteredByStaff?: boolean } | null;
  /** The narrative of the latest report (rejected ones aside). */
  narrative: Translatable | null;
}

/** Who reported or verified figures, marked when EESC staff entered them for the organisation. */
export function byWithEntry(
  figures: { by: string | null; enteredByStaff?: boolean },
  staffEntered: string,
): string | null {
  if (!figures.enteredByStaff) return figures.by;
  return figures.by ? `${figures.by}; ${staffEntered}` : staffEntered;
}

/** Every milestone of a snapshot, in plan order. */
export function milestonesOf(content: SnapshotContent): SnapshotMilestone[] {
  return content.priorities.flatMap((priority) => priority.objectives.flatMap((objective) => objective.milestones));
}
