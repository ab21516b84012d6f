import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type * as contracts from '#contracts';
import { Database, isUuid, type SqlRunner } from '#database';

export class EvidenceFileRecord implements contracts.EvidenceFileRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) progressUpdateId: string;
  @ApiProperty({ example: 'attendance-list.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ format: 'uuid', nullable: true }) uploadedById: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

const COLUMNS = `id, progress_update_id AS "progressUpdateId", file_name AS "fileName", content_type AS "contentType",
  size_bytes AS "sizeBytes", sha256, uploaded_by_id AS "uploadedById", created_at AS "createdAt"`;

/** Evidence files of progress updates: metadata in lists, content only when downloaded. */
@Injectable()
export class EvidenceFileRepository {
  constructor(@Inject(Database) private readonly db: Database) {}

  async add(
    tx: SqlRunner,
    file: Omit<EvidenceFileRecord, 'id' | 'createdAt'> & { content: Buffer },
  ): Promise<EvidenceFileRecord> {
    const [row] = await tx.query<EvidenceFileRecord>(
      `INSERT INTO evidence_files (progress_update_id, file_name, content_type, size_bytes, sha256, content, uploaded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        file.progressUpdateId,
        file.fileName,
        file.contentType,
        file.sizeBytes,
        file.sha256,
        file.content,
        file.uploadedById,
      ],
    );
    return row;
  }

  async count(tx: SqlRunner, progressUpdateId: string): Promise<number> {
    // Locks the update's files against a concurrent upload racing past the limit.
    await tx.query('SELECT id FROM progress_updates WHERE id = $1 FOR UPDATE', [progressUpdateId]);
    const [row] = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM evidence_files WHERE progress_update_id = $1',
      [progressUpdateId],
    );
    return row.n;
  }

  /**
   * Bytes of evidence the update holds, and its organisation in all. Takes a lock per organisation, so that
   * uploads at once cannot together pass its quota.
   */
  async storedBytes(tx: SqlRunner, progressUpdateId: string, organisationId: string) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 588))`, [organisationId]);
    const [row] = await tx.query<{ update: number; organisation: number }>(
      `SELECT coalesce(sum(f.size_bytes) FILTER (WHERE f.progress_update_id = $1), 0)::bigint AS update,
              coalesce(sum(f.size_bytes), 0)::bigint AS organisation
         FROM evidence_files f JOIN progress_updates pu ON pu.id = f.progress_update_id
        WHERE pu.organisation_id = $2`,
      [progressUpdateId, organisationId],
    );
    return row;
  }

  async find(progressUpdateId: string, id: string): Promise<(EvidenceFileRecord & { content: Buffer }) | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.query<EvidenceFileRecord & { content: Buffer }>(
      `SELECT ${COLUMNS}, content FROM evidence_files WHERE progress_update_id = $1 AND id = $2`,
      [progressUpdateId, id],
    );
    return row ?? null;
  }

  async remove(tx: SqlRunner, progressUpdateId: string, id: string): Promise<EvidenceFileRecord | null> {
    if (!isUuid(id)) return null;
    const [row] = await tx.query<EvidenceFileRecord>(
      `DELETE FROM evidence_files WHERE progress_update_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [progressUpdateId, id],
    );
    return row ?? null;
  }
}
