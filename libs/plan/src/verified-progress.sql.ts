/**
 * SQL twin of progress's approvalRefusal (a property test in libs/progress holds both to the same answers),
 * kept here because a milestone's verified status reads it. For an approved update aliased `alias`: true when
 * someone other than whoever entered it or last revised it approved it. Approvals made before the rule existed
 * may fail it; only those that pass count as verified. An approval whose reviewer account is gone still counts.
 */
export function approvedBySecondPerson(alias: string): string {
  return `(${alias}.reviewed_by_id IS NULL OR (${alias}.reviewed_by_id IS DISTINCT FROM ${alias}.submitted_by_id
    AND ${alias}.reviewed_by_id IS DISTINCT FROM ${alias}.revised_by_id))`;
}
