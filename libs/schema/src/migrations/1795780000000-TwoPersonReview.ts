import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Two people behind every verified figure (issue #14): a progress update records the role its submitter had
 * when it was entered (staff entering one on an organisation's behalf is marked as such everywhere) and who
 * last revised it, so that neither may approve it.
 */
export class TwoPersonReview1795780000000 implements MigrationInterface {
  name = 'TwoPersonReview1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD "entered_by_role" character varying(16) NOT NULL DEFAULT 'partner'
        `);
    // Written by hand: for updates entered before this migration only the submitter's current role is known.
    await queryRunner.query(`
            UPDATE "progress_updates" pu SET "entered_by_role" = u."role"
            FROM "users" u
            WHERE u."id" = pu."submitted_by_id" AND u."role" IN ('admin', 'staff')
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD "revised_by_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD "revised_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_revised_by" ON "progress_updates" ("revised_by_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD CONSTRAINT "ck_progress_updates_entered_by_role" CHECK ("entered_by_role" IN ('admin','staff','partner'))
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD CONSTRAINT "fk_progress_updates_revised_by" FOREIGN KEY ("revised_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_revised_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP CONSTRAINT "ck_progress_updates_entered_by_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_revised_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP COLUMN "revised_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP COLUMN "revised_by_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP COLUMN "entered_by_role"
        `);
  }
}
