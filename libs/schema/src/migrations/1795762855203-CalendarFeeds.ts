import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CalendarFeeds1795762855203 implements MigrationInterface {
  name = 'CalendarFeeds1795762855203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" character varying(64) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "organisation_id" uuid,
                "action_plan_id" uuid,
                "locale" character varying(2) NOT NULL,
                "label" character varying(200) NOT NULL DEFAULT '',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_fetched_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_calendar_feeds_subject" CHECK (
                    ("organisation_id" IS NOT NULL) = ("kind" = 'organisation')
                    AND ("action_plan_id" IS NOT NULL) = ("kind" = 'plan')
                ),
                CONSTRAINT "ck_calendar_feeds_kind" CHECK ("kind" IN ('organisation', 'plan')),
                CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_calendar_feeds_token_hash" ON "calendar_feeds" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_calendar_feeds_organisation" ON "calendar_feeds" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_calendar_feeds_action_plan" ON "calendar_feeds" ("action_plan_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_calendar_feeds_created_by" ON "calendar_feeds" ("created_by_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_calendar_feeds_created_at" ON "calendar_feeds" ("created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "fk_calendar_feeds_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "fk_calendar_feeds_action_plan" FOREIGN KEY ("action_plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "fk_calendar_feeds_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_action_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_calendar_feeds_created_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_calendar_feeds_created_by"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_calendar_feeds_action_plan"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_calendar_feeds_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_calendar_feeds_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feeds"
        `);
  }
}
