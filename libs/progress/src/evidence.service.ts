import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import {
  type Actor,
  DomainException,
  EvidenceStorageException,
  InvalidInputException,
  NotFoundException,
} from '#kernel';
import { appendAuditEvent } from '#audit';
import { APP_CONFIG, type AppConfig } from '#config';
import { Database, type Transaction } from '#database';
import { EvidenceFileRepository, type EvidenceFileRecord } from './evidence-file.repository.js';
import { EVIDENCE_MAX_FILES, EVIDENCE_TYPES, evidenceContentType, evidenceFileName } from './evidence.policy.js';
import { isEditable } from './progress-update.policy.js';
import { ProgressUpdateRepository } from './progress-update.repository.js';
import { ProgressUpdateService } from './progress-update.service.js';
import type { ProgressUpdateRecord } from './progress-update.dto.js';

export interface IncomingFile {
  fileName: string;
  declaredType: string;
  content: Buffer;
}

const MB = 1024 * 1024;

/** Files attached to progress updates, under the same scoping as the updates themselves. */
@Injectable()
export class EvidenceService {
  constructor(
    @Inject(ProgressUpdateService) private readonly updates: ProgressUpdateService,
    @Inject(EvidenceFileRepository) private readonly files: EvidenceFileRepository,
    @Inject(ProgressUpdateRepository) private readonly updateRows: ProgressUpdateRepository,
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async attach(actor: Actor, progressUpdateId: string, file: IncomingFile): Promise<EvidenceFileRecord> {
    const update = await this.updates.get(actor, progressUpdateId);
    this.updates.refuseContentChange(actor, update, 'addEvidence');
    if (!isEditable(update.state)) {
      throw new DomainException('conflict', { key: 'noLongerTakesEvidence', state: update.state });
    }
    if (file.content.length === 0) throw new InvalidInputException({ file: { key: 'isEmpty' } });
    const detected = await fileTypeFromBuffer(file.content);
    const contentType = evidenceContentType(detected?.mime, file.declaredType, file.content);
    if (contentType === null) {
      throw new InvalidInputException(
        {
          file: { key: 'evidenceKinds', kinds: [...new Set(Object.values(EVIDENCE_TYPES).map((type) => type.label))] },
        },
        { key: 'evidenceNotAccepted' },
      );
    }
    return this.db.transaction(async (tx) => {
      if ((await this.files.count(tx, update.id)) >= EVIDENCE_MAX_FILES) {
        throw new DomainException('conflict', { key: 'evidenceFilesMax', max: EVIDENCE_MAX_FILES });
      }
      const { evidenceMbPerUpdate, evidenceMbPerOrganisation } = this.config.quotas;
      const stored = await this.files.storedBytes(tx, update.id, update.organisationId);
      if (stored.update + file.content.length > evidenceMbPerUpdate * MB) {
        throw new EvidenceStorageException('update', evidenceMbPerUpdate);
      }
      if (stored.organisation + file.content.length > evidenceMbPerOrganisation * MB) {
        throw new EvidenceStorageException('organisation', evidenceMbPerOrganisation);
      }
      const added = await this.files.add(tx, {
        progressUpdateId: update.id,
        fileName: evidenceFileName(file.fileName, contentType),
        contentType,
        sizeBytes: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
        uploadedById: actor.userId,
      });
      await appendAuditEvent(tx, actor, {
        action: 'create',
        entityType: 'evidence-files',
        entityId: added.id,
        before: null,
        after: added,
      });
      await this.revised(actor, tx, update);
      return added;
    });
  }

  async download(actor: Actor, progressUpdateId: string, fileId: string) {
    await this.updates.get(actor, progressUpdateId);
    const file = await this.files.find(progressUpdateId, fileId);
    if (!file) throw new NotFoundException('evidence file', fileId);
    // Files stored before names were checked against their content leave under a checked name too.
    return { ...file, fileName: evidenceFileName(file.fileName, file.contentType) };
  }

  async remove(actor: Actor, progressUpdateId: string, fileId: string): Promise<EvidenceFileRecord> {
    const update = await this.updates.get(actor, progressUpdateId);
    this.updates.refuseContentChange(actor, update, 'removeEvidence');
    if (!isEditable(update.state)) throw new DomainException('conflict', { key: 'keepsEvidence', state: update.state });
    return this.db.transaction(async (tx) => {
      const removed = await this.files.remove(tx, update.id, fileId);
      if (!removed) throw new NotFoundException('evidence file', fileId);
      await appendAuditEvent(tx, actor, {
        action: 'delete',
        entityType: 'evidence-files',
        entityId: removed.id,
        before: removed,
        after: null,
      });
      await this.revised(actor, tx, update);
      return removed;
    });
  }

  /**
   * Its files are part of what an update says: a change gives it a new version (a review of the earlier one
   * is refused) and makes the actor its last reviser, audited like any revision.
   */
  private async revised(actor: Actor, tx: Transaction, before: ProgressUpdateRecord): Promise<void> {
    if (!(await this.updateRows.markRevised(tx, before.id, actor.userId))) {
      const now = await this.updateRows.get(before.id, tx);
      throw new DomainException('conflict', { key: 'keepsEvidenceAsIs', state: now.state });
    }
    const after = await this.updateRows.get(before.id, tx);
    await appendAuditEvent(tx, actor, {
      action: 'update',
      entityType: 'progress-updates',
      entityId: before.id,
      before,
      after,
    });
  }
}
