import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AuditClientRequestId1795800000000 implements MigrationInterface {
  name = 'AuditClientRequestId1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "audit_events"
            ADD "client_request_id" character varying(64)
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_client_request_id" ON "audit_events" ("client_request_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_client_request_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events" DROP COLUMN "client_request_id"
        `);
  }
}
