import { Module } from '@nestjs/common';
import { ReportRenderer } from './render/render-pool.js';
import { ReportRepository } from './report.repository.js';
import { ReportService } from './report.service.js';

@Module({
  providers: [ReportRepository, ReportService, ReportRenderer],
  exports: [ReportService, ReportRenderer],
})
export class ReportingModule {}
