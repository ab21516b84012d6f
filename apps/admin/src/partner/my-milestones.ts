import type { MilestoneRecord } from '#contracts';
import { isClosedToReports } from '../common/domain.js';

/**
 * A partner's milestones as its landing page shows them: the open ones first, in the order given (the API's, by
 * due date: the overdue ones lead), then the completed and cancelled ones, folded away: they take no report.
 */
export function partnerMilestoneGroups(milestones: readonly MilestoneRecord[]): {
  open: MilestoneRecord[];
  closed: MilestoneRecord[];
} {
  return {
    open: milestones.filter((milestone) => !isClosedToReports(milestone.recordedStatus)),
    closed: milestones.filter((milestone) => isClosedToReports(milestone.recordedStatus)),
  };
}
