import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale, REMINDER_STATES, type ReminderState } from '#contracts';
import type * as contracts from '#contracts';
import { Clock } from '#config';
import { Database, fetchPage, isUuid, type ListSpec, type SqlParams, type SqlRunner } from '#database';
import { type ListQuery, NotFoundException, type Page } from '#kernel';
import { reminderSettings, type ReminderSettings } from '#plan';
import type { ReminderKind } from './reminder.policy.js';

export class ReminderRecord implements contracts.ReminderRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Null for staff alerts not about a milestone' })
  milestoneId: string | null;
  @ApiPropertyOptional({ example: 'P3.O1.M2', nullable: true }) milestoneCode: string | null;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The organisation that missed a reporting period',
  })
  organisationId: string | null;
  @ApiProperty({
    example: 'upcoming_30',
    description: 'upcoming_<days>, due, overdue_1, overdue_weekly, escalation, missed_report or weekly_digest',
  })
  kind: ReminderKind;
  @ApiProperty() occurrence: number;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiPropertyOptional({ description: 'Staff, and a partner for its own organisation; never viewers' })
  recipientEmail: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) recipientUserId: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) recipientOrganisationId: string | null;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() timeZone: string;
  @ApiProperty({ format: 'date-time' }) scheduledFor: string;
  @ApiProperty({ enum: REMINDER_STATES }) state: ReminderState;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true }) lastError: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export interface MilestoneToRemind {
  id: string;
  code: string;
  dueDate: string;
  status: string;
  organisationIds: string[];
}

export interface Recipient {
  email: string;
  userId: string | null;
  organisationId: string | null;
  locale: string;
  timeZone: string;
}

export interface NewReminder extends Recipient {
  milestoneId: string | null;
  /** The subject of a missed_report alert. */
  subjectOrganisationId: string | null;
  kind: ReminderKind;
  occurrence: number;
  dueDate: string;
  scheduledFor: Date;
}

/** A reminder claimed for sending, with its milestone as it is now (all null for staff alerts). */
export interface ClaimedReminder extends ReminderRecord {
  milestoneTitle: { en: string; ru?: string; kk?: string } | null;
  milestoneDueDate: string | null;
  milestoneStatus: string | null;
}

export interface PlanToScan {
  id: string;
  code: string;
  timeZone: string;
  reportingPeriodMonths: number;
  settings: ReminderSettings;
}

const SELECT = `r.id, r.milestone_id AS "milestoneId", m.code AS "milestoneCode", r.organisation_id AS "organisationId",
  r.kind, r.occurrence,
  r.due_date AS "dueDate", r.recipient_email AS "recipientEmail", r.recipient_user_id AS "recipientUserId",
  r.recipient_organisation_id AS "recipientOrganisationId", r.locale, r.time_zone AS "timeZone",
  r.scheduled_for AS "scheduledFor", r.state, r.attempts, r.last_error AS "lastError", r.sent_at AS "sentAt",
  r.created_at AS "createdAt"`;

export const REMINDER_LIST: ListSpec = {
  resource: 'reminders',
  from: 'reminders r LEFT JOIN milestones m ON m.id = r.milestone_id',
  idSql: 'r.id',
  select: SELECT,
  fields: {
    id: { sql: 'r.id', type: 'uuid', sortable: false },
    milestoneId: { sql: 'r.milestone_id', type: 'uuid', sortable: false },
    organisationId: { sql: 'r.organisation_id', type: 'uuid', sortable: false },
    kind: { sql: 'r.kind', type: 'text', sortable: true },
    dueDate: { sql: 'r.due_date', type: 'date', sortable: true },
    state: { sql: 'r.state', type: 'text', values: REMINDER_STATES, sortable: true },
    recipientEmail: { sql: 'r.recipient_email', type: 'text', sortable: true },
    recipientOrganisationId: { sql: 'r.recipient_organisation_id', type: 'uuid', sortable: false },
    scheduledFor: { sql: 'r.scheduled_for', type: 'timestamp', sortable: true },
  },
  defaultSort: { field: 'scheduledFor', order: 'DESC' },
};

/** What a reminder is about, in the unique key: the milestone, the organisation, or nothing (a digest). */
export const SUBJECT_SQL = `coalesce(milestone_id, organisation_id, '00000000-0000-0000-0000-000000000000'::uuid)`;

/** Planning, claiming and recording reminders. Times come from the app's clock, so simulations can move them. */
@Injectable()
export class ReminderRepository {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** `hiddenFields`: fields the caller may not see, and so may not filter or sort by either (400 if it tries). */
  list(
    query: ListQuery,
    scope: (params: SqlParams) => string[],
    hiddenFields: readonly string[] = [],
  ): Promise<Page<ReminderRecord>> {
    const fields = Object.fromEntries(
      Object.entries(REMINDER_LIST.fields).filter(([name]) => !hiddenFields.includes(name)),
    );
    return fetchPage<ReminderRecord>(this.db, { ...REMINDER_LIST, fields }, query, scope);
  }

  async get(id: string, scope: (params: SqlParams) => string[]): Promise<ReminderRecord> {
    const page = isUuid(id)
      ? await this.list({ sort: null, range: { start: 0, end: 0 }, filter: { id } }, scope)
      : null;
    if (!page?.rows[0]) throw new NotFoundException('reminder', id);
    return page.rows[0];
  }

  async plans(): Promise<PlanToScan[]> {
    const rows = await this.db.query<Omit<PlanToScan, 'settings'> & { settings: Partial<ReminderSettings> }>(
      `SELECT id, code, time_zone AS "timeZone", reporting_period_months AS "reportingPeriodMonths",
         reminder_settings AS settings FROM action_plans ORDER BY code`,
    );
    return rows.map((row) => ({ ...row, settings: reminderSettings(row.settings) }));
  }

  /** Open milestones of a plan due between `from` and `to`, with the organisations responsible for them. */
  milestonesDueBetween(planId: string, from: string, to: string): Promise<MilestoneToRemind[]> {
    return this.db.query<MilestoneToRemind>(
      `SELECT m.id, m.code, m.title, m.due_date AS "dueDate", m.status,
         array_prepend(m.lead_organisation_id::text,
           ARRAY(SELECT s.organisation_id::text FROM milestone_supporting_organisations s WHERE s.milestone_id = m.id))
           AS "organisationIds"
       FROM milestones m JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
       WHERE p.action_plan_id = $1 AND m.due_date BETWEEN $2 AND $3 AND m.status NOT IN ('completed', 'cancelled')`,
      [planId, from, to],
    );
  }

  /** Partners of the organisations, and the organisations' reminder contacts. */
  organisationRecipients(organisationIds: string[], planTimeZone: string): Promise<Recipient[]> {
    return this.db.query<Recipient>(
      `SELECT lower(u.email) AS email, u.id AS "userId", u.organisation_id AS "organisationId", u.locale,
              u.time_zone AS "timeZone"
         FROM users u WHERE u.role = 'partner' AND u.organisation_id = ANY($1::uuid[])
       UNION ALL
       SELECT lower(c->>'email'), NULL, o.id, coalesce(c->>'locale', CASE WHEN o.country = 'KZ' THEN 'ru' ELSE 'en' END), $2
         FROM organisations o, jsonb_array_elements(o.reminder_contacts) c WHERE o.id = ANY($1::uuid[])`,
      [organisationIds, planTimeZone],
    );
  }

  staffRecipients(): Promise<Recipient[]> {
    return this.db.query<Recipient>(
      `SELECT lower(email) AS email, id AS "userId", organisation_id AS "organisationId", locale, time_zone AS "timeZone"
       FROM users WHERE role = 'staff'`,
    );
  }

  /** Inserts the reminders not planned yet; the unique key drops the rest. Returns how many are new. */
  async insertPlanned(reminders: NewReminder[]): Promise<number> {
    if (reminders.length === 0) return 0;
    const column = <K extends keyof NewReminder>(key: K) => reminders.map((reminder) => reminder[key]);
    const rows = await this.db.query<{ id: string }>(
      `INSERT INTO reminders (milestone_id, kind, occurrence, due_date, recipient_email, recipient_user_id,
         recipient_organisation_id, locale, time_zone, scheduled_for, organisation_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::date[], $5::text[], $6::uuid[], $7::uuid[],
         $8::text[], $9::text[], $10::timestamptz[], $11::uuid[])
       ON CONFLICT (kind, occurrence, due_date, recipient_email, (${SUBJECT_SQL})) DO NOTHING RETURNING id`,
      [
        column('milestoneId'),
        column('kind'),
        column('occurrence'),
        column('dueDate'),
        column('email'),
        column('userId'),
        column('organisationId'),
        column('locale'),
        column('timeZone'),
        column('scheduledFor'),
        column('subjectOrganisationId'),
      ],
    );
    return rows.length;
  }

  /** Pending reminders whose milestone moved its due date, or was completed or cancelled, will not be sent. */
  async voidStale(): Promise<number> {
    const rows = await this.db.query(
      `UPDATE reminders r SET state = 'void', updated_at = $1 FROM milestones m
       WHERE m.id = r.milestone_id AND r.state = 'pending'
         AND (r.due_date <> m.due_date OR m.status IN ('completed', 'cancelled')) RETURNING r.id`,
      [this.clock.now()],
    );
    return rows.length;
  }

  /**
   * Claims reminders that are due (or whose sender died holding them) for this
   * worker: SKIP LOCKED lets several workers claim side by side without ever
   * taking the same row.
   */
  claimDue(limit: number, leaseSeconds: number): Promise<ClaimedReminder[]> {
    const now = this.clock.now();
    return this.db.query<ClaimedReminder>(
      `WITH due AS (
         SELECT id, milestone_id FROM reminders
         WHERE (state = 'pending' AND scheduled_for <= $1) OR (state = 'sending' AND lease_until < $1)
         ORDER BY scheduled_for LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE reminders r SET state = 'sending', attempts = r.attempts + 1, lease_until = $1::timestamptz + make_interval(secs => $3),
         updated_at = $1
       FROM due LEFT JOIN milestones m ON m.id = due.milestone_id WHERE r.id = due.id
       RETURNING ${SELECT}, m.title AS "milestoneTitle", m.due_date AS "milestoneDueDate", m.status AS "milestoneStatus"`,
      [now, limit, leaseSeconds],
    );
  }

  async markSent(runner: SqlRunner, id: string, messageId: string): Promise<void> {
    await runner.query(
      `UPDATE reminders SET state = 'sent', sent_at = $2, message_id = $3, lease_until = NULL, last_error = NULL, updated_at = $2
       WHERE id = $1`,
      [id, this.clock.now(), messageId],
    );
  }

  async markVoid(id: string): Promise<void> {
    await this.db.query(`UPDATE reminders SET state = 'void', lease_until = NULL, updated_at = $2 WHERE id = $1`, [
      id,
      this.clock.now(),
    ]);
  }

  /** A failed send: back to pending for a later attempt, or failed for good; the error stays visible. */
  async markFailedAttempt(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.db.query(
      `UPDATE reminders SET state = $2, last_error = $3, scheduled_for = coalesce($4, scheduled_for), lease_until = NULL,
         updated_at = $5 WHERE id = $1`,
      [id, retryAt ? 'pending' : 'failed', error.slice(0, 2000), retryAt, this.clock.now()],
    );
  }
}
