import { Module } from '@nestjs/common';
import { ReportRenderer } from './render/render-pool.js';
import { ListExporter } from './export/list-exporter.js';
import { ReportRepository } from './report.repository.js';
import { ReportService } from './report.service.js';

@Module({
  providers: [ReportRepository, ReportService, ReportRenderer, ListExporter],
  exports: [ReportService, ReportRenderer, ListExporter],
})
export class ReportingModule {}
