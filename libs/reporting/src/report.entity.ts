import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { MutableRecord, SEARCH_VECTOR_OF, SearchVectorColumn } from '#database';
import { User } from '#access';
import { ActionPlan } from '#plan';
import type { ReportChanges, Translatable } from '#contracts';
import type { SnapshotContent } from './snapshot.js';

/**
 * A report to the plenary: the plan frozen at `takenAt` (content) and what
 * changed since the plan's previous report (changes). Both are written once,
 * when the report is made; only the title and period can be corrected later.
 */
@Entity('reports')
// GIN over the stored search vector, written by hand in the migration SearchVectors.
@Index('ix_reports_search', { synchronize: false })
@Index('ix_reports_plan_taken', ['actionPlanId', 'takenAt'])
// On the English title, written by hand in the migration ReportTitlesPerLanguage.
@Index('ix_reports_title', { synchronize: false })
@Check('ck_reports_period', `"period_from" IS NULL OR "period_to" IS NULL OR "period_from" <= "period_to"`)
export class Report extends MutableRecord {
  @SearchVectorColumn(SEARCH_VECTOR_OF.report)
  searchVector?: string;

  @Column({ type: 'uuid' })
  actionPlanId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id', foreignKeyConstraintName: 'fk_reports_action_plan' })
  actionPlan?: Relation<ActionPlan>;

  /** In every language (a file is written in one); sorted by the English one (index ix_reports_title). */
  @Column({ type: 'jsonb' })
  title: Translatable;

  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Index('ix_reports_period_to')
  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  @Index('ix_reports_author')
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_reports_author' })
  author?: Relation<User>;

  /** The report compared with: the plan's latest report before this one. */
  @Column({ type: 'uuid', nullable: true })
  previousReportId: string | null;

  @ManyToOne(() => Report, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_report_id', foreignKeyConstraintName: 'fk_reports_previous' })
  previousReport?: Relation<Report>;

  @Index('ix_reports_taken_at')
  @Column({ type: 'timestamptz' })
  takenAt: Date;

  @Column({ type: 'integer' })
  milestoneCount: number;

  @Column({ type: 'jsonb' })
  content: SnapshotContent;

  @Column({ type: 'jsonb' })
  changes: ReportChanges;
}
