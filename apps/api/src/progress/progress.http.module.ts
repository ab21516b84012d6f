import { Module } from '@nestjs/common';
import { ProgressModule } from '#progress';
import { ReportingModule } from '#reporting';
import { ProgressUpdatesController } from './progress-updates.controller.js';
import { EvidenceController } from './evidence.controller.js';
import { CompletenessController } from './completeness.controller.js';

/** Progress updates and their review, evidence files, reporting completeness. */
@Module({
  imports: [ProgressModule, ReportingModule],
  controllers: [ProgressUpdatesController, EvidenceController, CompletenessController],
})
export class ProgressHttpModule {}
