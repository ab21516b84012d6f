import { Inject, Injectable } from '@nestjs/common';
import type { Translatable } from '#i18n';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { Database } from '#database';
import { calendarDate } from '#kernel';
import { CompletenessRepository, reportingPeriod } from '#progress';
import type { RenderedMessage } from './reminder-messages.js';
import { ReminderRepository, type ClaimedReminder, type PlanToScan } from './reminder.repository.js';
import {
  DIGEST_LIST_LIMIT,
  renderDigest,
  renderMissedReport,
  type MilestoneLine,
  type PlanDigest,
} from './staff-alert-messages.js';

export interface ComposedMessage extends RenderedMessage {
  /** Where the in-app notification points (a path of the admin app). */
  path: string;
}

/**
 * Builds the staff alerts that are not about one milestone, from the database
 * as it is at sending time: a missed reporting period, the weekly digest.
 * Null when there is nothing left to say (the organisation has since been
 * removed, or no longer misses anything in that period).
 */
@Injectable()
export class StaffAlerts {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(ReminderRepository) private readonly reminders: ReminderRepository,
    @Inject(CompletenessRepository) private readonly completeness: CompletenessRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async compose(reminder: ClaimedReminder): Promise<ComposedMessage | null> {
    if (reminder.kind === 'missed_report' && reminder.organisationId !== null) {
      return this.missedReport(reminder, reminder.organisationId);
    }
    if (reminder.kind === 'weekly_digest') return this.digest(reminder);
    return null;
  }

  private async missedReport(reminder: ClaimedReminder, organisationId: string): Promise<ComposedMessage | null> {
    const [organisation] = await this.db.query<{ shortCode: string; name: Translatable }>(
      'SELECT short_code AS "shortCode", name FROM organisations WHERE id = $1',
      [organisationId],
    );
    if (!organisation) return null;
    // Every plan whose reporting period ended on the reminder's date: usually one.
    const milestones: MilestoneLine[] = [];
    let periodFrom = reminder.dueDate;
    for (const plan of await this.reminders.plans()) {
      const period = reportingPeriod(reminder.dueDate, plan.reportingPeriodMonths);
      if (period.to !== reminder.dueDate) continue;
      periodFrom = period.from < periodFrom ? period.from : periodFrom;
      milestones.push(
        ...(await this.completeness.unreportedMilestones(plan.id, period.from, period.to, organisationId)),
      );
    }
    if (milestones.length === 0) return null;
    const path = `/organisations/${organisationId}/show`;
    return {
      ...renderMissedReport({
        locale: reminder.locale,
        organisation,
        periodFrom,
        periodTo: reminder.dueDate,
        milestones,
        link: `${this.config.mail.publicUrl}/#${path}`,
      }),
      path,
    };
  }

  private async digest(reminder: ClaimedReminder): Promise<ComposedMessage> {
    const plans = await Promise.all((await this.reminders.plans()).map((plan) => this.planDigest(plan)));
    return {
      ...renderDigest({
        locale: reminder.locale,
        weekOf: reminder.dueDate,
        plans,
        link: `${this.config.mail.publicUrl}/#/`,
      }),
      path: '/',
    };
  }

  private async planDigest(plan: PlanToScan): Promise<PlanDigest> {
    const today = calendarDate(this.clock.now(), plan.timeZone);
    const period = reportingPeriod(today, plan.reportingPeriodMonths);
    const milestones = (condition: string, params: unknown[]) =>
      this.db.query<MilestoneLine & { total: number }>(
        `SELECT m.id, m.code, m.title, m.due_date::text AS "dueDate", count(*) OVER ()::int AS total
         FROM milestones m JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
         WHERE p.action_plan_id = $1 AND ${condition} ORDER BY m.due_date, m.code LIMIT ${DIGEST_LIST_LIMIT}`,
        [plan.id, ...params],
      );
    const [overdue, atRisk, awaitingReview, completeness] = await Promise.all([
      milestones(`m.due_date < $2::date AND m.status NOT IN ('completed', 'cancelled')`, [today]),
      milestones(`m.status = 'at_risk'`, []),
      this.db.query<{ milestoneCode: string; organisationShortCode: string; submittedAt: string; total: number }>(
        `SELECT m.code AS "milestoneCode", org.short_code AS "organisationShortCode",
           to_char(pu.submitted_at AT TIME ZONE $2, 'YYYY-MM-DD') AS "submittedAt", count(*) OVER ()::int AS total
         FROM progress_updates pu JOIN milestones m ON m.id = pu.milestone_id
         JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
         JOIN organisations org ON org.id = pu.organisation_id
         WHERE p.action_plan_id = $1 AND pu.state = 'submitted' ORDER BY pu.submitted_at LIMIT ${DIGEST_LIST_LIMIT}`,
        [plan.id, plan.timeZone],
      ),
      this.completeness.forPeriod(plan.id, period.from, period.to, null),
    ]);
    const unreported = completeness.filter((row) => row.missing > 0);
    return {
      code: plan.code,
      overdue: listed(overdue),
      atRisk: listed(atRisk),
      awaitingReview: listed(awaitingReview),
      unreported: {
        total: unreported.length,
        items: unreported.slice(0, DIGEST_LIST_LIMIT).map(({ shortCode, missing }) => ({ shortCode, missing })),
      },
      periodFrom: period.from,
      periodTo: period.to,
    };
  }
}

const listed = <T extends { total: number }>(rows: T[]) => ({
  total: rows[0]?.total ?? 0,
  items: rows.map(({ total: _total, ...item }) => item),
});
