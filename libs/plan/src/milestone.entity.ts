import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import type { Translatable } from '#i18n';
import { MutableRecord, SEARCH_VECTOR_OF, SearchVectorColumn } from '#database';
import { Objective } from './objective.entity.js';
import { Organisation } from './organisation.entity.js';
import { MILESTONE_STATUSES, type MilestoneStatus, type Visibility } from '#contracts';

@Entity('milestones')
// The sort by English title is an expression index, written by hand in the migrations.
@Index('ix_milestones_search', { synchronize: false })
@Index('ix_milestones_title_en', { synchronize: false })
@Index('uq_milestones_objective_code', ['objectiveId', 'code'], { unique: true })
@Index('ix_milestones_status_due_date', ['status', 'dueDate'])
@Check('ck_milestones_status', `"status" IN ('${MILESTONE_STATUSES.join("','")}')`)
@Check('ck_milestones_visibility', `"visibility" IN ('public','internal')`)
@Check('ck_milestones_progress', `"progress" BETWEEN 0 AND 100`)
@Check('ck_milestones_dates', `"start_date" IS NULL OR "start_date" <= "due_date"`)
export class Milestone extends MutableRecord {
  @SearchVectorColumn(SEARCH_VECTOR_OF.planRecord)
  searchVector?: string;

  @Column({ type: 'uuid' })
  objectiveId: string;

  @ManyToOne(() => Objective, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_id', foreignKeyConstraintName: 'fk_milestones_objective' })
  objective?: Relation<Objective>;

  @Index('ix_milestones_code')
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'jsonb' })
  title: Translatable;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: Translatable;

  @Column({ type: 'varchar', length: 200, default: '' })
  opinionReference: string;

  @Index('ix_milestones_start_date')
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Index('ix_milestones_due_date')
  @Column({ type: 'date' })
  dueDate: string;

  /** The recorded status; `delayed` is also derived on read (milestone-status.policy.ts). */
  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status: MilestoneStatus;

  @Index('ix_milestones_progress')
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Index('ix_milestones_lead_organisation')
  @Column({ type: 'uuid' })
  leadOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id', foreignKeyConstraintName: 'fk_milestones_lead_organisation' })
  leadOrganisation?: Relation<Organisation>;

  @ManyToMany(() => Organisation)
  @JoinTable({
    name: 'milestone_supporting_organisations',
    joinColumn: { name: 'milestone_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_msupport_milestone' },
    inverseJoinColumn: {
      name: 'organisation_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_msupport_organisation',
    },
  })
  supportingOrganisations?: Relation<Organisation[]>;

  /** Staff-only notes: never in a partner's or viewer's response. */
  @Column({ type: 'text', default: '' })
  internalNotes: string;

  @Index('ix_milestones_visibility')
  @Column({ type: 'varchar', length: 16, default: 'internal' })
  visibility: Visibility;
}
