import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class PlenaryReports1795762392073 implements MigrationInterface {
  name = 'PlenaryReports1795762392073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "action_plan_id" uuid NOT NULL,
                "title" character varying(300) NOT NULL,
                "period_from" date,
                "period_to" date,
                "author_id" uuid,
                "previous_report_id" uuid,
                "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "milestone_count" integer NOT NULL,
                "content" jsonb NOT NULL,
                "changes" jsonb NOT NULL,
                CONSTRAINT "ck_reports_period" CHECK (
                    "period_from" IS NULL
                    OR "period_to" IS NULL
                    OR "period_from" <= "period_to"
                ),
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_dc4079492e338ac5ce4f9a740a" ON "reports" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fd92c56e473da3bae8cfd96074" ON "reports" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reports_title" ON "reports" ("title")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reports_period_to" ON "reports" ("period_to")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reports_author" ON "reports" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reports_taken_at" ON "reports" ("taken_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reports_plan_taken" ON "reports" ("action_plan_id", "taken_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "action_plans"
            ADD "opinion" jsonb NOT NULL DEFAULT '{}'
        `);
    // Installations seeded before this migration get the REX/587 facts the seed now carries.
    await queryRunner.query(`
            UPDATE "action_plans"
            SET "opinion" = '{"rapporteur": "Dumitru Fornea (Workers'' Group, Group II, Romania)", "section": "External Relations (REX)", "sectionAdoptedAt": "2025-02-11", "plenarySession": "26-27 March 2025", "votesFor": 147, "votesAgainst": 0, "abstentions": 3}'
            WHERE "code" = 'REX/587' AND "opinion" = '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "fk_reports_action_plan" FOREIGN KEY ("action_plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "fk_reports_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "fk_reports_previous" FOREIGN KEY ("previous_report_id") REFERENCES "reports"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "fk_reports_previous"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "fk_reports_author"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "fk_reports_action_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_plans" DROP COLUMN "opinion"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reports_plan_taken"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reports_taken_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reports_author"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reports_period_to"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reports_title"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fd92c56e473da3bae8cfd96074"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dc4079492e338ac5ce4f9a740a"
        `);
    await queryRunner.query(`
            DROP TABLE "reports"
        `);
  }
}
