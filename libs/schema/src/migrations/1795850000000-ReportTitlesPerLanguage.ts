import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Frozen here: the search vector of reports as of this migration, over the title in every language.
const VECTOR = `jsonb_to_tsvector('simple'::regconfig, "title", '["string"]')`;
const PLAIN_VECTOR = `to_tsvector('simple'::regconfig, "title")`;

/**
 * A report's title in every language (a Russian file is titled in Russian): the plain text becomes a
 * translatable text, the title as entered standing as the English one (the others fall back to it until
 * staff give them). The search vector reads every language; sorting reads the English title.
 */
export class ReportTitlesPerLanguage1795850000000 implements MigrationInterface {
  name = 'ReportTitlesPerLanguage1795850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.dropSearchVector(queryRunner);
    await queryRunner.query(`DROP INDEX "public"."ix_reports_title"`);
    await queryRunner.query(
      `ALTER TABLE "reports" ALTER COLUMN "title" TYPE jsonb USING jsonb_build_object('en', "title")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reports_title" ON "reports" (("title" ->> 'en'))`);
    await this.addSearchVector(queryRunner, VECTOR);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.dropSearchVector(queryRunner);
    await queryRunner.query(`DROP INDEX "public"."ix_reports_title"`);
    await queryRunner.query(
      `ALTER TABLE "reports" ALTER COLUMN "title" TYPE character varying(300) USING left("title" ->> 'en', 300)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reports_title" ON "reports" ("title")`);
    await this.addSearchVector(queryRunner, PLAIN_VECTOR);
  }

  private async dropSearchVector(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_reports_search"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'reports' AND "name" = 'search_vector'`,
    );
  }

  private async addSearchVector(queryRunner: QueryRunner, vector: string): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reports" ADD "search_vector" tsvector GENERATED ALWAYS AS (${vector}) STORED NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reports_search" ON "reports" USING gin ("search_vector")`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), current_schema(), 'reports', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [vector],
    );
  }
}
