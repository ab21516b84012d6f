import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMigratedDatabase } from '../../../test/support/test-database.js';
import { MIGRATIONS } from './migrations/index.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;

  beforeAll(async () => {
    // Not the suite's template copy: these tests are about running the migrations themselves.
    database = await createMigratedDatabase({ fresh: true });
  });
  afterAll(() => database.drop());

  it('are all applied on a fresh database', async () => {
    const applied = await database.dataSource.query('SELECT name FROM schema_migrations ORDER BY id');
    expect(applied.map((row: { name: string }) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('leave nothing for migration:generate to add: the entities and the schema agree', async () => {
    const pending = await database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('create the full-text and sort indexes the list queries rely on', async () => {
    const rows = await database.dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const names = rows.map((row: { indexname: string }) => row.indexname);
    for (const table of ['action_plans', 'priorities', 'objectives', 'milestones']) {
      expect(names).toEqual(expect.arrayContaining([`ix_${table}_search`, `ix_${table}_title_en`]));
    }
    expect(names).toEqual(
      expect.arrayContaining(['ix_milestones_due_date', 'ix_milestones_status_due_date', 'ix_organisations_search']),
    );
  });

  it('make the audit trail append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await database.dataSource.query(
      `INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('create', 'milestones', gen_random_uuid())`,
    );
    await expect(database.dataSource.query(`UPDATE audit_events SET action = 'delete'`)).rejects.toThrow(/append-only/);
    await expect(database.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(database.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    const [{ n }] = await database.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    expect(n).toBe(1);
  });

  it('can be reverted and applied again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await database.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await database.dataSource.query(
      // TypeORM's own bookkeeping stays: the migrations run, and the expressions of generated columns.
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
        AND tablename NOT IN ('schema_migrations', 'typeorm_metadata')`,
    );
    expect(tables).toEqual([]);
    await database.dataSource.runMigrations({ transaction: 'each' });
    const pending = await database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
