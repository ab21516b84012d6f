import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AccessAndReview1795752843977 implements MigrationInterface {
  name = 'AccessAndReview1795752843977';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "login_throttle" (
                "key" character varying(255) NOT NULL,
                "points" integer NOT NULL DEFAULT '0',
                "expire" bigint,
                CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "topic" character varying(64) NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "processed_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_messages_pending" ON "outbox_messages" ("available_at")
            WHERE "processed_at" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "milestones"
            ADD "internal_notes" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "token_version" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD "organisation_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD "milestone_version" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    // Written by hand: updates made before this migration are attributed to the milestone's lead
    // organisation and its current version, then the columns become required.
    await queryRunner.query(`
            UPDATE "progress_updates" pu
            SET "organisation_id" = m."lead_organisation_id", "milestone_version" = m."version"
            FROM "milestones" m
            WHERE m."id" = pu."milestone_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ALTER COLUMN "organisation_id" SET NOT NULL,
            ALTER COLUMN "milestone_version" SET NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_submitted_at" ON "progress_updates" ("submitted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_milestone_submitted" ON "progress_updates" ("milestone_id", "submitted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_organisation" ON "progress_updates" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD CONSTRAINT "fk_progress_updates_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_milestone_submitted"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_submitted_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP COLUMN "submitted_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP COLUMN "milestone_version"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP COLUMN "organisation_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "token_version"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestones" DROP COLUMN "internal_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_messages_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
    await queryRunner.query(`
            DROP TABLE "login_throttle"
        `);
  }
}
