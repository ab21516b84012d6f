import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, searchVector, entityTable } from '#database';
import { planProgressSql, roundedSql } from './roll-up.policy.js';
import type { ActionPlanRecord } from './plan.dto.js';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-settings.js';
import { ActionPlan } from './action-plan.entity.js';

/** The action plans table, as its entity describes it. */
const ACTION_PLANS = entityTable(ActionPlan);

/** Rows stored before a setting existed read it as its default. */
const DEFAULTS_SQL = `'${JSON.stringify(DEFAULT_REMINDER_SETTINGS)}'::jsonb`;

@Injectable()
export class ActionPlanRepository extends CrudRepository<ActionPlanRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'action-plans',
      label: 'action plan',
      table: ACTION_PLANS.table,
      columns: ACTION_PLANS.columns,
    });
  }

  listSpec(): ListSpec {
    return {
      resource: 'action-plans',
      from: 'action_plans ap',
      idSql: 'ap.id',
      select: `${ACTION_PLANS.select('ap', ['reminderSettings'])},
        ${DEFAULTS_SQL} || ap.reminder_settings AS "reminderSettings", ${roundedSql(planProgressSql('ap.id'))} AS "progress"`,
      fields: {
        ...recordFields('ap'),
        code: { sql: 'ap.code', type: 'text', sortable: true },
        title: { sql: `(ap.title->>'en')`, type: 'text', sortable: true, filterable: false },
        timeZone: { sql: 'ap.time_zone', type: 'text', sortable: true },
        adoptedAt: { sql: 'ap.adopted_at', type: 'date', sortable: true, nullable: true },
      },
      searchVector: searchVector('ap'),
      defaultSort: { field: 'code', order: 'ASC' },
    };
  }
}
