import type { ProgressUpdateState } from './progress-update.entity.js';

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
