import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Milestone, Organisation } from '#plan';
import { User } from '#access';
import { FIXED_REMINDER_KINDS, type ReminderKind } from './reminder.policy.js';
import type { ReminderState } from '#contracts';

/**
 * One reminder to one recipient for one (subject, kind, occurrence, due date),
 * where the subject is a milestone, an organisation that missed a reporting
 * period, or (weekly digest) nothing: the unique key is what makes a reminder
 * go out once, however many workers scan and however often a job is retried.
 * It is an expression index (subject = coalesce of the two ids), written in the
 * migration.
 */
@Entity('reminders')
@Index('uq_reminders_once', { synchronize: false })
@Index('ix_reminders_state_scheduled', ['state', 'scheduledFor'])
@Check('ck_reminders_kind', `"kind" ~ '^upcoming_[1-9][0-9]?$' OR "kind" IN ('${FIXED_REMINDER_KINDS.join("','")}')`)
@Check(
  'ck_reminders_subject',
  `("milestone_id" IS NULL) = ("kind" IN ('missed_report','weekly_digest')) AND ("organisation_id" IS NULL) = ("kind" <> 'missed_report')`,
)
@Check('ck_reminders_state', `"state" IN ('pending','sending','sent','failed','void')`)
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The milestone reminded about; null for the staff alerts about an organisation or the plan. */
  @Index('ix_reminders_milestone')
  @Column({ type: 'uuid', nullable: true })
  milestoneId: string | null;

  @ManyToOne(() => Milestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_reminders_milestone' })
  milestone?: Relation<Milestone>;

  /** The organisation that missed a reporting period (kind missed_report). */
  @Index('ix_reminders_organisation')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_reminders_organisation' })
  organisation?: Relation<Organisation>;

  @Index('ix_reminders_kind')
  @Column({ type: 'varchar', length: 16 })
  kind: ReminderKind;

  @Column({ type: 'smallint', default: 0 })
  occurrence: number;

  /**
   * The due date the reminder was planned for (a changed due date voids it); for
   * a missed report the period's last day, for a digest the week's Monday.
   */
  @Index('ix_reminders_due_date')
  @Column({ type: 'date' })
  dueDate: string;

  @Index('ix_reminders_recipient_email')
  @Column({ type: 'varchar', length: 254 })
  recipientEmail: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'fk_reminders_recipient_user' })
  recipientUser?: Relation<User>;

  @Index('ix_reminders_recipient_organisation')
  @Column({ type: 'uuid', nullable: true })
  recipientOrganisationId: string | null;

  @Column({ type: 'varchar', length: 2 })
  locale: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** 09:00 on the send date in the recipient's time zone. */
  @Index('ix_reminders_scheduled_for')
  @Column({ type: 'timestamptz' })
  scheduledFor: Date;

  @Index('ix_reminders_state')
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state: ReminderState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** While `sending`: after this instant a crashed sender's claim may be taken over. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
