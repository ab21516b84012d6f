import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { Translatable } from '#i18n';
import { MutableRecord, SEARCH_VECTOR_OF, SearchVectorColumn } from '#database';
import { Priority } from './priority.entity.js';

@Entity('objectives')
// The sort by English title is an expression index, written by hand in the migrations.
@Index('ix_objectives_search', { synchronize: false })
@Index('ix_objectives_title_en', { synchronize: false })
@Index('uq_objectives_priority_code', ['priorityId', 'code'], { unique: true })
@Index('ix_objectives_priority_position', ['priorityId', 'position'])
export class Objective extends MutableRecord {
  @SearchVectorColumn(SEARCH_VECTOR_OF.planRecord)
  searchVector?: string;

  @Column({ type: 'uuid' })
  priorityId: string;

  @ManyToOne(() => Priority, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'priority_id', foreignKeyConstraintName: 'fk_objectives_priority' })
  priority?: Relation<Priority>;

  @Index('ix_objectives_position')
  @Column({ type: 'integer' })
  position: number;

  @Index('ix_objectives_code')
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'jsonb' })
  title: Translatable;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: Translatable;

  @Column({ type: 'varchar', length: 200, default: '' })
  opinionReference: string;
}
