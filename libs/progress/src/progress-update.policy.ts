import { type MilestoneStatus, type ProgressUpdateState } from '#contracts';
import type { Actor } from '#kernel';

/** A partner may revise an update until staff have decided on it; a returned one is open again. */
export function isEditable(state: ProgressUpdateState): boolean {
  return state === 'submitted' || state === 'returned';
}

/** An organisation reports only on milestones it leads or supports. */
export function isResponsible(
  organisationId: string,
  milestone: { leadOrganisationId: string; supportingOrganisationIds: readonly string[] },
): boolean {
  return (
    milestone.leadOrganisationId === organisationId || milestone.supportingOrganisationIds.includes(organisationId)
  );
}

/** The role stored with an update when it is entered: anyone but a partner enters it on the organisation's behalf. */
export function enteredByRoleOf(actor: Pick<Actor, 'role'>): 'admin' | 'staff' | 'partner' {
  return actor.role === 'partner' ? 'partner' : actor.role === 'admin' ? 'admin' : 'staff';
}

/** Entered by EESC staff for an organisation, not by the organisation's own partner. */
export function isEnteredByStaff(update: { enteredByRole: string }): boolean {
  return update.enteredByRole !== 'partner';
}

/**
 * Who may change what an update says (figures, narrative, links, files). A partner its organisation's (scoping
 * decides which); staff only what staff entered: a partner's report stays the partner's, and a reviewer who
 * disagrees returns it with a comment instead.
 */
export function mayChangeContent(actor: Pick<Actor, 'role'>, update: { enteredByRole: string }): boolean {
  return actor.role === 'partner' || isEnteredByStaff(update);
}

/**
 * Why this person may not approve the update, or null if they may: two people stand behind every verified
 * figure, so neither whoever entered it nor whoever last revised it approves it. Returning and rejecting are
 * left open to them: neither makes a figure count.
 */
export function approvalRefusal(
  reviewerId: string | null,
  update: { submittedById: string | null; revisedById: string | null },
): 'entered' | 'revised' | null {
  if (reviewerId === null) return null;
  if (update.submittedById === reviewerId) return 'entered';
  if (update.revisedById === reviewerId) return 'revised';
  return null;
}

/** A completed or cancelled milestone takes no progress reports until staff reopen it (set an open status). */
export function isClosedMilestone(recordedStatus: MilestoneStatus): boolean {
  return recordedStatus === 'completed' || recordedStatus === 'cancelled';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seconds to wait before an organisation may send another report on a milestone, given when its reports of the
 * last 24 hours were sent (the one being sent included): 0 while they are at most `limit`, else until the
 * oldest of the window turns 24 hours old.
 */
export function updatesPerDayWait(submittedAt: readonly Date[], now: Date, limit: number): number {
  const recent = submittedAt
    .filter((at) => now.getTime() - at.getTime() < DAY_MS)
    .sort((a, b) => b.getTime() - a.getTime());
  if (recent.length <= limit) return 0;
  // The report that must age out of the window for this one to fit is the limit-th before it.
  const blocking = recent[limit];
  return Math.max(1, Math.ceil((blocking.getTime() + DAY_MS - now.getTime()) / 1000));
}
