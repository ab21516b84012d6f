import { Module } from '@nestjs/common';
import { PlanModule } from '#plan';
import { ProgressUpdateRepository } from './progress-update.repository.js';
import { ProgressUpdateService } from './progress-update.service.js';
import { EvidenceFileRepository } from './evidence-file.repository.js';
import { EvidenceService } from './evidence.service.js';
import { CompletenessRepository } from './completeness.repository.js';
import { CompletenessService } from './completeness.service.js';

@Module({
  imports: [PlanModule],
  providers: [
    ProgressUpdateRepository,
    ProgressUpdateService,
    EvidenceFileRepository,
    EvidenceService,
    CompletenessRepository,
    CompletenessService,
  ],
  exports: [ProgressUpdateService, EvidenceService, CompletenessService],
})
export class ProgressModule {}
