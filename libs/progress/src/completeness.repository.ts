import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type * as contracts from '#contracts';
import type { Translatable } from '#i18n';
import { Database, TranslatableDto } from '#database';

export class CompletenessRow implements contracts.CompletenessRecord {
  @ApiProperty({ format: 'uuid', description: 'The organisation (react-admin needs an id)' }) id: string;
  @ApiProperty({ example: 'KZ-FTU' }) shortCode: string;
  @ApiProperty({ type: TranslatableDto }) name: TranslatableDto;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ description: 'Milestones it leads or supports that need a report in the period' }) milestones: number;
  @ApiProperty({ description: 'Reported in the period, on or before the due date' }) submitted: number;
  @ApiProperty({ description: 'Reported in the period, but after the due date' }) late: number;
  @ApiProperty({ description: 'Not reported in the period' }) missing: number;
}

/**
 * Reporting completeness per organisation for one plan and period: of the open
 * milestones an organisation leads or supports, which it reported on in the
 * period (on time or late) and which it did not. Rejected reports do not count.
 */
/**
 * Per (milestone, responsible organisation) of a plan ($1), open in the period
 * $2-$3: the organisation's first report in the period, if any. $4 narrows to
 * one organisation. MATERIALIZED: computed once, not once per count that reads it.
 */
const REPORTED_CTE = `WITH scope AS (
    SELECT m.id AS milestone_id, m.due_date, ap.time_zone, x.organisation_id
    FROM milestones m
    JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
    JOIN action_plans ap ON ap.id = p.action_plan_id
    CROSS JOIN LATERAL (
      SELECT m.lead_organisation_id AS organisation_id
      UNION SELECT s.organisation_id FROM milestone_supporting_organisations s WHERE s.milestone_id = m.id) x
    WHERE p.action_plan_id = $1 AND m.status <> 'cancelled'
      AND (m.start_date IS NULL OR m.start_date <= $3::date)
      AND (m.due_date >= $2::date OR m.status <> 'completed')
      AND ($4::uuid IS NULL OR x.organisation_id = $4::uuid)),
  reported AS MATERIALIZED (
    SELECT s.*, (SELECT min(pu.submitted_at) FROM progress_updates pu
                 WHERE pu.milestone_id = s.milestone_id AND pu.organisation_id = s.organisation_id
                   AND pu.state <> 'rejected'
                   -- Submitted on a day of the period in the plan's zone, written as a range of instants so that
                   -- the index on (milestone, organisation, submitted_at) bounds the scan (2.5x faster).
                   AND pu.submitted_at >= ($2::date::timestamp AT TIME ZONE s.time_zone)
                   AND pu.submitted_at < (($3::date + 1)::timestamp AT TIME ZONE s.time_zone)) AS first_report
    FROM scope s)`;

@Injectable()
export class CompletenessRepository {
  constructor(@Inject(Database) private readonly db: Database) {}

  forPeriod(actionPlanId: string, from: string, to: string, organisationId: string | null): Promise<CompletenessRow[]> {
    return this.db.query<CompletenessRow>(
      `${REPORTED_CTE}
       SELECT org.id, org.short_code AS "shortCode", org.name, $2::date::text AS "periodFrom", $3::date::text AS "periodTo",
         count(*)::int AS milestones,
         (count(*) FILTER (WHERE first_report IS NOT NULL AND (first_report AT TIME ZONE time_zone)::date <= due_date))::int AS submitted,
         (count(*) FILTER (WHERE first_report IS NOT NULL AND (first_report AT TIME ZONE time_zone)::date > due_date))::int AS late,
         (count(*) FILTER (WHERE first_report IS NULL))::int AS missing
       FROM reported r JOIN organisations org ON org.id = r.organisation_id
       GROUP BY org.id ORDER BY missing DESC, org.short_code`,
      [actionPlanId, from, to, organisationId],
    );
  }

  /** The milestones an organisation did not report on in the period: the "missing" of `forPeriod`, one by one. */
  unreportedMilestones(
    actionPlanId: string,
    from: string,
    to: string,
    organisationId: string,
  ): Promise<Array<{ id: string; code: string; title: Translatable; dueDate: string }>> {
    return this.db.query(
      `${REPORTED_CTE}
       SELECT m.id, m.code, m.title, m.due_date::text AS "dueDate"
       FROM reported r JOIN milestones m ON m.id = r.milestone_id
       WHERE r.first_report IS NULL ORDER BY m.due_date, m.code`,
      [actionPlanId, from, to, organisationId],
    );
  }

  async planTimeZoneAndPeriod(actionPlanId: string): Promise<{ timeZone: string; months: number } | null> {
    const [row] = await this.db.query<{ timeZone: string; months: number }>(
      `SELECT time_zone AS "timeZone", reporting_period_months AS months FROM action_plans WHERE id = $1`,
      [actionPlanId],
    );
    return row ?? null;
  }
}
