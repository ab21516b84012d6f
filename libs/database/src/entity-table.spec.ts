import { describe, expect, it } from '@jest/globals';
import { Column, Entity } from 'typeorm';
import { MutableRecord, SearchVectorColumn } from './base.entity.js';
import { entityTable, ServerOwned } from './entity-table.js';

@Entity('sample_things')
class SampleThing extends MutableRecord {
  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'jsonb' })
  title: { en: string };

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  secret: string | null;

  @Column({ type: 'varchar', length: 16, name: 'kind_code' })
  kind: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @ServerOwned()
  @Column({ type: 'varchar', length: 16 })
  state: string;

  @SearchVectorColumn("to_tsvector('simple', kind_code)")
  searchVector: string;
}

class NotAnEntity {}

describe('entityTable: a table described once, by its entity', () => {
  const table = entityTable(SampleThing);

  it('names the table and maps every field a caller may write to its snake_case column, JSON marked', () => {
    expect(table.table).toBe('sample_things');
    expect(table.columns).toEqual({
      ownerId: { column: 'owner_id' },
      title: { column: 'title', json: true },
      startDate: { column: 'start_date' },
      progress: { column: 'progress' },
      secret: { column: 'secret' },
      kind: { column: 'kind_code' },
      // Cleared (null) means its default: an emptied optional text saves empty, not a broken NOT NULL.
      notes: { column: 'notes', cleared: '' },
    });
    // Server-owned: read like any column, never written from a caller's values.
    expect(table.columns).not.toHaveProperty('state');
  });

  it('selects the record columns first, then the entity columns, leaving out hidden and generated ones', () => {
    expect(table.select('t')).toBe(
      't.id AS "id", t.version AS "version", t.created_at AS "createdAt", t.updated_at AS "updatedAt", ' +
        't.owner_id AS "ownerId", t.title AS "title", t.start_date AS "startDate", t.progress AS "progress", ' +
        't.kind_code AS "kind", t.notes AS "notes", t.state AS "state"',
    );
    expect(table.select('t', ['title', 'kind'])).not.toMatch(/title|kind/);
  });

  it('refuses a class with no table', () => {
    expect(() => entityTable(NotAnEntity)).toThrow('NotAnEntity is not an entity');
  });
});
