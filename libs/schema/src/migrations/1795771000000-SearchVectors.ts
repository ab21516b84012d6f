import { type MigrationInterface, type QueryRunner } from 'typeorm';

const PLAN_TABLES = ['action_plans', 'priorities', 'objectives', 'milestones'];

/** The stored vectors, as the entities declare them (libs/database/src/search.sql.ts): kept equal, character for character. */
const VECTORS: Record<string, string> = {
  action_plans: `to_tsvector('simple'::regconfig, "code") || jsonb_to_tsvector('simple'::regconfig, "title", '["string"]') || jsonb_to_tsvector('simple'::regconfig, "description", '["string"]')`,
  organisations: `to_tsvector('simple'::regconfig, "short_code") || jsonb_to_tsvector('simple'::regconfig, "name", '["string"]')`,
  progress_updates: `jsonb_to_tsvector('simple'::regconfig, "narrative", '["string"]')`,
  reports: `to_tsvector('simple'::regconfig, "title")`,
};
for (const table of PLAN_TABLES) VECTORS[table] = VECTORS.action_plans;

/**
 * Full-text search reads a stored tsvector instead of an expression index. A prefix query ("erasm:*") makes
 * PostgreSQL recheck every row the index found, and with an expression index that recheck recomputed the
 * vector from the JSON of three languages: 70 ms to count 5,000 milestones of 100,000, against a few ms now.
 * Progress-update narratives and report titles get the same, so that no search reads its table end to end.
 * Adding a stored column rewrites the table: on 1,000,000 progress updates, expect about a minute.
 */
export class SearchVectors1795771000000 implements MigrationInterface {
  name = 'SearchVectors1795771000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM reads a generated column's expression from its metadata table when it compares the schema with
    // the entities (migration:generate). TypeORM creates and keeps that table itself, as it does schema_migrations,
    // whenever entities have generated columns; it is created here too only to be written to.
    await queryRunner.query(`
            CREATE TABLE IF NOT EXISTS "typeorm_metadata" (
                "type" character varying NOT NULL,
                "database" character varying,
                "schema" character varying,
                "table" character varying,
                "name" character varying,
                "value" text
            )
        `);
    for (const [table, vector] of Object.entries(VECTORS)) {
      await queryRunner.query(`DROP INDEX IF EXISTS "ix_${table}_search"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${vector}) STORED NOT NULL`,
      );
      await queryRunner.query(`CREATE INDEX "ix_${table}_search" ON "${table}" USING gin ("search_vector")`);
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
         VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
        [table, vector],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, vector] of Object.entries(VECTORS)) {
      await queryRunner.query(`DROP INDEX "ix_${table}_search"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
      await queryRunner.query(
        `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = 'search_vector'`,
        [table],
      );
      if (table !== 'progress_updates' && table !== 'reports') {
        await queryRunner.query(`CREATE INDEX "ix_${table}_search" ON "${table}" USING gin ((${vector}))`);
      }
    }
  }
}
