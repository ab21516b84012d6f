import { Module } from '@nestjs/common';
import { ReportingModule } from '#reporting';
import { ReportsController } from './reports.controller.js';

/** Plenary reports and their files. */
@Module({
  imports: [ReportingModule],
  controllers: [ReportsController],
})
export class ReportingHttpModule {}
