import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class EvidenceFiles1795754189513 implements MigrationInterface {
  name = 'EvidenceFiles1795754189513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "evidence_files" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "progress_update_id" uuid NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(120) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "content" bytea NOT NULL,
                "uploaded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_evidence_files_progress_update" ON "evidence_files" ("progress_update_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_files"
            ADD CONSTRAINT "fk_evidence_files_progress_update" FOREIGN KEY ("progress_update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_files"
            ADD CONSTRAINT "fk_evidence_files_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "evidence_files" DROP CONSTRAINT "fk_evidence_files_uploaded_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_files" DROP CONSTRAINT "fk_evidence_files_progress_update"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_evidence_files_progress_update"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence_files"
        `);
  }
}
