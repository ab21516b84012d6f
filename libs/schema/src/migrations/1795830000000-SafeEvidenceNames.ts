import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { evidenceFileName } from '#progress';

/**
 * Names of evidence files stored before uploads were checked (`minutes.hta` holding a PDF, a right-to-left
 * override) are rewritten as an upload names them now, so that every place that shows them (lists, records,
 * downloads) shows the safe name. Read and written in batches of 1,000, by id, without the files' content.
 */
export class SafeEvidenceNames1795830000000 implements MigrationInterface {
  name = 'SafeEvidenceNames1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; file_name: string; content_type: string }> = await queryRunner.query(
        `SELECT id, file_name, content_type FROM evidence_files WHERE id > $1 ORDER BY id LIMIT 1000`,
        [after],
      );
      if (rows.length === 0) return;
      const renamed = rows
        .map((row) => ({ id: row.id, name: evidenceFileName(row.file_name, row.content_type) }))
        .filter((row, i) => row.name !== rows[i].file_name);
      if (renamed.length > 0) {
        await queryRunner.query(
          `UPDATE evidence_files AS f SET file_name = n.name
                     FROM unnest($1::uuid[], $2::text[]) AS n(id, name) WHERE f.id = n.id`,
          [renamed.map((row) => row.id), renamed.map((row) => row.name)],
        );
      }
      after = rows[rows.length - 1].id;
    }
  }

  public async down(): Promise<void> {
    // The names given before are not kept: they were the unsafe ones.
  }
}
