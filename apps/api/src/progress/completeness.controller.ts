import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, parseListQuery } from '#kernel';
import { EVERYONE } from '#access';
import { CompletenessRow, CompletenessService } from '#progress';
import { Allow } from '../access/access-policy.decorator.js';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { pageWithContentRange } from '../http/versioning.js';

/** Who reported on what in a reporting period, per organisation. */
@ApiTags('reporting-completeness')
@ApiBearerAuth()
@Controller('reporting-completeness')
export class CompletenessController {
  constructor(@Inject(CompletenessService) private readonly completeness: CompletenessService) {}

  @Get()
  @Allow(EVERYONE)
  @ApiOperation({
    summary:
      'Reporting completeness per organisation: milestones, submitted, late, missing (a partner sees its own line)',
  })
  @ApiQuery({
    name: 'filter',
    required: true,
    description: 'JSON {"actionPlanId": uuid, "from"?: date, "to"?: date}; default: the current reporting period',
  })
  @ApiOkResponse({ type: [CompletenessRow] })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    const listQuery = parseListQuery(query);
    const rows = await this.completeness.report(actor, listQuery.filter);
    const page = { rows: rows.slice(listQuery.range.start, listQuery.range.end + 1), total: rows.length };
    return pageWithContentRange(reply, 'reporting-completeness', listQuery.range.start, page);
  }
}
