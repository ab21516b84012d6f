import { Module } from '@nestjs/common';
import { AuditModule } from '#audit';
import { ReportingModule } from '#reporting';
import { AuditEventsController } from './audit-events.controller.js';

/** The audit trail, read-only; exported as the other lists are (ReportingModule's renderer). */
@Module({
  imports: [AuditModule, ReportingModule],
  controllers: [AuditEventsController],
})
export class AuditHttpModule {}
