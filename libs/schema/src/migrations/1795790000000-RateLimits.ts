import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One table for every rate limit's counts (sign-in attempts and the per-account limits), replacing the
 * sign-in-only login_throttle. Its counts are short-lived (15 minutes at most): they are not carried over.
 */
export class RateLimits1795790000000 implements MigrationInterface {
  name = 'RateLimits1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "rate_limits" (
                "key" character varying(255) NOT NULL,
                "points" integer NOT NULL DEFAULT '0',
                "expire" bigint,
                CONSTRAINT "PK_rate_limits" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "login_throttle" (
                "key" character varying(255) NOT NULL,
                "points" integer NOT NULL DEFAULT '0',
                "expire" bigint,
                CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
