import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, recordSelect, searchVector } from '#database';
import { planProgressSql, roundedSql } from './roll-up.policy.js';
import type { ActionPlanRecord } from './plan.records.js';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-settings.js';

/** Rows stored before a setting existed read it as its default. */
const DEFAULTS_SQL = `'${JSON.stringify(DEFAULT_REMINDER_SETTINGS)}'::jsonb`;

@Injectable()
export class ActionPlanRepository extends CrudRepository<ActionPlanRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'action-plans',
      label: 'action plan',
      table: 'action_plans',
      columns: {
        code: { column: 'code' },
        title: { column: 'title', json: true },
        description: { column: 'description', json: true },
        timeZone: { column: 'time_zone' },
        opinionReference: { column: 'opinion_reference' },
        adoptedAt: { column: 'adopted_at' },
        reportingPeriodMonths: { column: 'reporting_period_months' },
        reminderSettings: { column: 'reminder_settings', json: true },
        opinion: { column: 'opinion', json: true },
      },
    });
  }

  listSpec(): ListSpec {
    return {
      resource: 'action-plans',
      from: 'action_plans ap',
      idSql: 'ap.id',
      select: `${recordSelect('ap')}, ap.code AS "code", ap.title AS "title", ap.description AS "description",
        ap.time_zone AS "timeZone", ap.opinion_reference AS "opinionReference", ap.adopted_at AS "adoptedAt",
        ap.reporting_period_months AS "reportingPeriodMonths",
        ${DEFAULTS_SQL} || ap.reminder_settings AS "reminderSettings", ap.opinion AS "opinion", ${roundedSql(planProgressSql('ap.id'))} AS "progress"`,
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
