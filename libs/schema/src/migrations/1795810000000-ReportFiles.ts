import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Report files laid out once per format and language (libs/reporting/src/report-file.entity.ts). */
export class ReportFiles1795810000000 implements MigrationInterface {
  name = 'ReportFiles1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "report_files" (
                "report_id" uuid NOT NULL,
                "format" character varying(8) NOT NULL,
                "locale" character varying(2) NOT NULL,
                "report_version" integer NOT NULL,
                "renderer" character varying(32) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "content" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_report_files" PRIMARY KEY ("report_id", "format", "locale")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "report_files" ADD CONSTRAINT "fk_report_files_report"
            FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_files"`);
  }
}
