import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Report } from './report.entity.js';

/**
 * A report laid out in one format and language, kept: a report is frozen, so each file is made once. It is made
 * again only after the report's title or period changed (its version) or the renderers' code did (renderer).
 */
@Entity('report_files')
export class ReportFile {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_report_files' })
  reportId: string;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_files_report' })
  report?: Relation<Report>;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'pk_report_files' })
  format: string;

  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'pk_report_files' })
  locale: string;

  @Column({ type: 'integer' })
  reportVersion: number;

  @Column({ type: 'varchar', length: 32 })
  renderer: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
