import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { Translatable } from '#i18n';
import { MutableRecord, SEARCH_VECTOR_OF, SearchVectorColumn } from '#database';
import { ActionPlan } from './action-plan.entity.js';

@Entity('priorities')
// The sort by English title is an expression index, written by hand in the migrations.
@Index('ix_priorities_search', { synchronize: false })
@Index('ix_priorities_title_en', { synchronize: false })
@Index('uq_priorities_plan_code', ['actionPlanId', 'code'], { unique: true })
@Index('ix_priorities_plan_position', ['actionPlanId', 'position'])
export class Priority extends MutableRecord {
  @SearchVectorColumn(SEARCH_VECTOR_OF.planRecord)
  searchVector?: string;

  @Column({ type: 'uuid' })
  actionPlanId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_plan_id', foreignKeyConstraintName: 'fk_priorities_action_plan' })
  actionPlan?: Relation<ActionPlan>;

  @Column({ type: 'integer' })
  position: number;

  @Index('ix_priorities_code')
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'jsonb' })
  title: Translatable;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: Translatable;

  /** The paragraph of the opinion this priority implements. */
  @Column({ type: 'varchar', length: 200, default: '' })
  opinionReference: string;
}
