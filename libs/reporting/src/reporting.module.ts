import { Module } from '@nestjs/common';
import { ReportRepository } from './report.repository.js';
import { ReportService } from './report.service.js';

@Module({
  providers: [ReportRepository, ReportService],
  exports: [ReportService],
})
export class ReportingModule {}
