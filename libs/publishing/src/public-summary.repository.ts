import { Inject, Injectable } from '@nestjs/common';
import { type MilestoneStatus } from '#contracts';
import type { Translatable } from '#i18n';
import {
  approvedBySecondPerson,
  effectiveStatusSql,
  LEAD_ORGANISATION_JSON,
  type OpinionFacts,
  supportingOrganisationsJson,
} from '#plan';
import { Clock } from '#config';
import { Database, isUuid } from '#database';

export interface PublicMilestone {
  code: string;
  title: Translatable;
  dueDate: string;
  status: MilestoneStatus;
  /** The last figure EESC staff verified (approved by someone other than who entered it); null until one is. */
  verifiedProgress: number | null;
  verifiedAt: string | null;
  lead: { shortCode: string; name: Translatable };
  supporting: Array<{ shortCode: string; name: Translatable }>;
}

export interface PublicPriority {
  code: string;
  title: Translatable;
  milestones: PublicMilestone[];
}

export interface PublicPlan {
  id: string;
  code: string;
  title: Translatable;
  description: Translatable;
  adoptedAt: string | null;
  opinion: OpinionFacts;
  asOf: string;
  priorities: PublicPriority[];
}

/**
 * What anyone may read without signing in: public milestones only, with the
 * verified figures only (never a partner's unverified report, never internal
 * notes or contacts).
 */
@Injectable()
export class PublicSummaryRepository {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  plans(): Promise<Array<{ id: string; code: string; title: Translatable }>> {
    return this.db.query('SELECT id, code, title FROM action_plans ORDER BY code');
  }

  /** A plan by id or code. */
  async plan(idOrCode: string): Promise<PublicPlan | null> {
    const [plan] = await this.db.query<Omit<PublicPlan, 'priorities'>>(
      `SELECT id, code, title, description, adopted_at::text AS "adoptedAt", opinion,
         (($2::timestamptz) AT TIME ZONE time_zone)::date::text AS "asOf"
       FROM action_plans WHERE ${isUuid(idOrCode) ? 'id = $1::uuid' : 'code = $1'}`,
      [idOrCode, this.clock.now()],
    );
    if (!plan) return null;
    const rows = await this.db.query<PublicMilestone & { priorityCode: string; priorityTitle: Translatable }>(
      `SELECT p.code AS "priorityCode", p.title AS "priorityTitle", m.code, m.title, m.due_date::text AS "dueDate",
         ${effectiveStatusSql('m.status', 'm.due_date', 'ap.time_zone', '$2')} AS status,
         v.progress AS "verifiedProgress", v.reviewed_at AS "verifiedAt",
         ${LEAD_ORGANISATION_JSON} AS lead, ${supportingOrganisationsJson('m.id')} AS supporting
       FROM priorities p JOIN action_plans ap ON ap.id = p.action_plan_id
       LEFT JOIN objectives o ON o.priority_id = p.id
       LEFT JOIN milestones m ON m.objective_id = o.id AND m.visibility = 'public'
       LEFT JOIN organisations lo ON lo.id = m.lead_organisation_id
       LEFT JOIN LATERAL (SELECT u.progress, u.reviewed_at FROM progress_updates u
         WHERE u.milestone_id = m.id AND u.state = 'approved' AND ${approvedBySecondPerson('u')}
         ORDER BY u.reviewed_at DESC, u.id LIMIT 1) v ON true
       WHERE p.action_plan_id = $1
       ORDER BY p.position, o.position, length(m.code), m.code`,
      [plan.id, this.clock.now()],
    );
    const priorities: PublicPriority[] = [];
    for (const { priorityCode, priorityTitle, ...milestone } of rows) {
      let priority = priorities.at(-1);
      if (priority?.code !== priorityCode) {
        priority = { code: priorityCode, title: priorityTitle, milestones: [] };
        priorities.push(priority);
      }
      if (milestone.code !== null) priority.milestones.push(milestone);
    }
    return { ...plan, priorities };
  }
}
