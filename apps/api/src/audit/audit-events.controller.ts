import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditEventRecord, AuditEventRepository } from '#audit';
import { parseListQuery } from '#kernel';
import { STAFF } from '#access';
import { ApiListQuery } from '../http/rest-resource.controller.js';
import { pageWithContentRange } from '../http/versioning.js';
import { Allow } from '../access/access-policy.decorator.js';

/** The audit trail is append-only: read routes only. */
@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(@Inject(AuditEventRepository) private readonly auditEvents: AuditEventRepository) {}

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

  @Get(':id')
  @Allow(STAFF)
  @ApiOperation({ summary: 'Read one audit event' })
  @ApiOkResponse({ type: AuditEventRecord })
  @ApiNotFoundResponse()
  get(@Param('id') id: string) {
    return this.auditEvents.get(id);
  }
}
