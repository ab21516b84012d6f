/**
 * SQL for the organisations of a milestone as `{shortCode, name}` JSON, for
 * documents that show names rather than ids (reports, the public summary).
 * `lo` is the lead organisation's alias; `milestoneId` an SQL expression.
 */
export const LEAD_ORGANISATION_JSON = `json_build_object('shortCode', lo.short_code, 'name', lo.name)`;

export function supportingOrganisationsJson(milestoneId: string): string {
  return `coalesce((SELECT json_agg(json_build_object('shortCode', so.short_code, 'name', so.name) ORDER BY so.short_code)
    FROM milestone_supporting_organisations s JOIN organisations so ON so.id = s.organisation_id
    WHERE s.milestone_id = ${milestoneId}), '[]')`;
}
