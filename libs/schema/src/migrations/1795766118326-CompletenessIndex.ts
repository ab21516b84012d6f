import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CompletenessIndex1795766118326 implements MigrationInterface {
  name = 'CompletenessIndex1795766118326';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_milestone_organisation_submitted" ON "progress_updates" (
                "milestone_id",
                "organisation_id",
                "submitted_at"
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_milestone_organisation_submitted"
        `);
  }
}
