import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Users are searched by substring of name or e-mail (ILIKE '%…%'): a trigram
 * index serves that, so the search stays fast with tens of thousands of users.
 * pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
 */
export class UserSearchIndex1795764000000 implements MigrationInterface {
  name = 'UserSearchIndex1795764000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
            CREATE INDEX "ix_users_search" ON "users" USING gin (("name" || ' ' || "email") gin_trgm_ops)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_users_search"`);
  }
}
