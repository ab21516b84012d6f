import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Signed-in users kept in memory now carry their language (what the server tells them is written in it):
 * a change of language must drop them too, like a change of role.
 */
export class UserLocaleNotifications1795820000000 implements MigrationInterface {
  name = 'UserLocaleNotifications1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_users_changed_update" ON "users"`);
    await queryRunner.query(`
            CREATE TRIGGER "tr_users_changed_update" AFTER UPDATE OF "role", "organisation_id", "token_version", "locale" ON "users"
            FOR EACH ROW
            WHEN (OLD.role IS DISTINCT FROM NEW.role
                OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id
                OR OLD.token_version IS DISTINCT FROM NEW.token_version
                OR OLD.locale IS DISTINCT FROM NEW.locale)
            EXECUTE FUNCTION "notify_user_changed"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_users_changed_update" ON "users"`);
    await queryRunner.query(`
            CREATE TRIGGER "tr_users_changed_update" AFTER UPDATE OF "role", "organisation_id", "token_version" ON "users"
            FOR EACH ROW
            WHEN (OLD.role IS DISTINCT FROM NEW.role
                OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id
                OR OLD.token_version IS DISTINCT FROM NEW.token_version)
            EXECUTE FUNCTION "notify_user_changed"()
        `);
  }
}
