import { Module } from '@nestjs/common';
import { PlanModule } from '../../plan/src/plan.module.js';
import { ProgressUpdateRepository } from './progress-update.repository.js';
import { ProgressUpdateService } from './progress-update.service.js';

@Module({
  imports: [PlanModule],
  providers: [ProgressUpdateRepository, ProgressUpdateService],
  exports: [ProgressUpdateService],
})
export class ProgressModule {}
