import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '#access';
import { ProgressUpdate } from './progress-update.entity.js';

/** A file attached to a progress update as evidence; kept in PostgreSQL so one backup holds everything. */
@Entity('evidence_files')
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_evidence_files_progress_update')
  @Column({ type: 'uuid' })
  progressUpdateId: string;

  @ManyToOne(() => ProgressUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'progress_update_id', foreignKeyConstraintName: 'fk_evidence_files_progress_update' })
  progressUpdate?: Relation<ProgressUpdate>;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 120 })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'fk_evidence_files_uploaded_by' })
  uploadedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
