import { Module } from '@nestjs/common';
import { AuditModule } from '#audit';
import { AuditEventsController } from './audit-events.controller.js';

/** The audit trail, read-only. */
@Module({
  imports: [AuditModule],
  controllers: [AuditEventsController],
})
export class AuditHttpModule {}
