import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ListIndexes1795752492251 implements MigrationInterface {
  name = 'ListIndexes1795752492251';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_950e5e3b0cbda6678fa9ff765b" ON "action_plans" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f4762068aafab2d38d12791951" ON "action_plans" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_action_plans_time_zone" ON "action_plans" ("time_zone")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_action_plans_adopted_at" ON "action_plans" ("adopted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7cb004fe170ba2d18403065e9b" ON "priorities" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6f1f3b57cfe1fb332f756a5281" ON "priorities" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_priorities_code" ON "priorities" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ba62a9b87d97a9305e6e1d58bc" ON "objectives" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_33a844248349104fa1f20c7046" ON "objectives" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_objectives_position" ON "objectives" ("position")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_objectives_code" ON "objectives" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_db36904ec9e1a91244c7f4cc6e" ON "organisations" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_32087cd3c02656de6e037a7530" ON "organisations" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b973b285f9ef9430aca306af49" ON "milestones" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_afeb14fbaf497757171681cba4" ON "milestones" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c9b5b525a96ddc2c5647d7f7fa" ON "users" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6d596d799f9cb9dac6f7bf7c23" ON "users" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_locale" ON "users" ("locale")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d0a79a4fa869231e4199f003cf" ON "progress_updates" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ebd173a99b5aa76b38236af37c" ON "progress_updates" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_status" ON "progress_updates" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_reviewed_at" ON "progress_updates" ("reviewed_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_entity_id" ON "audit_events" ("entity_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_request_id" ON "audit_events" ("request_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_request_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_entity_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_reviewed_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ebd173a99b5aa76b38236af37c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d0a79a4fa869231e4199f003cf"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_locale"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6d596d799f9cb9dac6f7bf7c23"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c9b5b525a96ddc2c5647d7f7fa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_afeb14fbaf497757171681cba4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b973b285f9ef9430aca306af49"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_32087cd3c02656de6e037a7530"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_db36904ec9e1a91244c7f4cc6e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_objectives_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_objectives_position"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_33a844248349104fa1f20c7046"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ba62a9b87d97a9305e6e1d58bc"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_priorities_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6f1f3b57cfe1fb332f756a5281"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7cb004fe170ba2d18403065e9b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_action_plans_adopted_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_action_plans_time_zone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f4762068aafab2d38d12791951"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_950e5e3b0cbda6678fa9ff765b"
        `);
  }
}
