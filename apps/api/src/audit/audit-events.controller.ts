import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditEventRecord, AuditEventRepository } from '#audit';
import { Clock } from '#config';
import { type Actor, parseListQuery } from '#kernel';
import { STAFF } from '#access';
import { ListExporter } from '#reporting';
import { ApiListExport, sendListExport } from '../http/list-export.js';
import { ApiListQuery } from '../http/rest-resource.controller.js';
import { pageWithContentRange } from '../http/versioning.js';
import { Allow, Limit } from '../access/access-policy.decorator.js';
import { CurrentActor } from '../http/current-actor.decorator.js';

/** The audit trail is append-only: read routes only. */
@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(
    @Inject(AuditEventRepository) private readonly auditEvents: AuditEventRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ListExporter) private readonly exporter: ListExporter,
  ) {}

  @Get()
  @Allow(STAFF)
  @ApiOperation({ summary: 'List audit events (newest first by default)' })
  @ApiListQuery()
  @ApiOkResponse({ type: [AuditEventRecord] })
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply) {
    const listQuery = parseListQuery(query);
    const page = await this.auditEvents.list(listQuery);
    return pageWithContentRange(reply, 'audit-events', listQuery.range.start, page);
  }

  @Get('export')
  @Limit('export')
  @Allow(STAFF)
  @ApiListExport('Export the audit trail as CSV or XLSX (same filter and sort as the list)')
  async export(
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await sendListExport(reply, {
      resource: 'audit-events',
      query,
      actor,
      list: (page) => this.auditEvents.list(page),
      clock: this.clock,
      exporter: this.exporter,
    });
  }

  @Get(':id')
  @Allow(STAFF)
  @ApiOperation({ summary: 'Read one audit event' })
  @ApiOkResponse({ type: AuditEventRecord })
  @ApiNotFoundResponse()
  get(@Param('id') id: string) {
    return this.auditEvents.get(id);
  }
}
