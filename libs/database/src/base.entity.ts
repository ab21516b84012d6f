import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The stored full-text vector of a searchable table: computed by PostgreSQL, never read or written by the app
 * except through `searchVector()` in SQL.
 */
export function SearchVectorColumn(expression: string): PropertyDecorator {
  return Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: expression,
    select: false,
    insert: false,
    update: false,
  });
}

/**
 * Columns every mutable record has. `version` is a plain column, not TypeORM's
 * @VersionColumn: writes compare-and-set it in SQL (see record-writer.ts).
 */
export abstract class MutableRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  // Every list can be sorted by when records were made or changed.
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
