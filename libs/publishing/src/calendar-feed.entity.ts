import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Locale } from '#i18n';
import { User } from '#access';
import { ActionPlan, Organisation } from '#plan';

import { FEED_KINDS, type FeedKind } from '#contracts';

export { FEED_KINDS, type FeedKind };

/**
 * A calendar subscription of due dates at a secret URL. Only a hash of the
 * secret is kept: the URL is shown once, and deleting the feed revokes it.
 */
@Entity('calendar_feeds')
@Check('ck_calendar_feeds_kind', `"kind" IN ('organisation','plan')`)
@Check(
  'ck_calendar_feeds_subject',
  `("organisation_id" IS NOT NULL) = ("kind" = 'organisation') AND ("action_plan_id" IS NOT NULL) = ("kind" = 'plan')`,
)
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the secret token, hex. */
  @Index('uq_calendar_feeds_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  kind: FeedKind;

  @Index('ix_calendar_feeds_organisation')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_calendar_feeds_organisation' })
  organisation?: Relation<Organisation>;

  @Index('ix_calendar_feeds_action_plan')
  @Column({ type: 'uuid', nullable: true })
  actionPlanId: string | null;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id', foreignKeyConstraintName: 'fk_calendar_feeds_action_plan' })
  actionPlan?: Relation<ActionPlan>;

  /** The language of event titles and descriptions. */
  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  @Column({ type: 'varchar', length: 200, default: '' })
  label: string;

  @Index('ix_calendar_feeds_created_by')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_calendar_feeds_created_by' })
  createdBy?: Relation<User>;

  @Index('ix_calendar_feeds_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Last time a calendar fetched it: helps decide which feeds are still in use. */
  @Column({ type: 'timestamptz', nullable: true })
  lastFetchedAt: Date | null;
}
