import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Tells every API process, on commit, that a user's role, organisation or token version changed or that the
 * user is gone: they keep signed-in users in memory (libs/access/src/signed-in-users.ts) and drop them then.
 * A trigger, so that no write can forget it: the API, the CLI, a migration or an operator's SQL.
 */
export class UserChangeNotifications1795770000000 implements MigrationInterface {
  name = 'UserChangeNotifications1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION "notify_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('rex587_user_changed', OLD.id::text);
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "tr_users_changed_update" AFTER UPDATE OF "role", "organisation_id", "token_version" ON "users"
            FOR EACH ROW
            WHEN (OLD.role IS DISTINCT FROM NEW.role
                OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id
                OR OLD.token_version IS DISTINCT FROM NEW.token_version)
            EXECUTE FUNCTION "notify_user_changed"()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "tr_users_changed_delete" AFTER DELETE ON "users"
            FOR EACH ROW EXECUTE FUNCTION "notify_user_changed"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_users_changed_delete" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "tr_users_changed_update" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "notify_user_changed"()`);
  }
}
