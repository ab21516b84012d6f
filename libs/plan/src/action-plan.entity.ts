import { Column, Entity, Index } from 'typeorm';
import type { Translatable } from '#i18n';
import { MutableRecord, SEARCH_VECTOR_OF, SearchVectorColumn } from '#database';
import type { OpinionFacts } from './opinion-facts.js';
import type { ReminderSettings } from './reminder-settings.js';

@Entity('action_plans')
// The sort by English title is an expression index, written by hand in the migrations.
@Index('ix_action_plans_search', { synchronize: false })
@Index('ix_action_plans_title_en', { synchronize: false })
export class ActionPlan extends MutableRecord {
  @SearchVectorColumn(SEARCH_VECTOR_OF.planRecord)
  searchVector?: string;

  @Index('uq_action_plans_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'jsonb' })
  title: Translatable;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: Translatable;

  /** IANA zone in which due dates are calendar dates (Asia/Almaty for REX/587). */
  @Index('ix_action_plans_time_zone')
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  opinionReference: string;

  @Index('ix_action_plans_adopted_at')
  @Column({ type: 'date', nullable: true })
  adoptedAt: string | null;

  /** Length of a reporting period: partners report at least this often. */
  @Column({ type: 'integer', default: 3 })
  reportingPeriodMonths: number;

  /** Rapporteur, adoption and vote of the opinion: the cover of the plenary report. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  opinion: OpinionFacts;

  /** When reminders go out for this plan's milestones; keys missing here take the defaults. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  reminderSettings: Partial<ReminderSettings>;
}
