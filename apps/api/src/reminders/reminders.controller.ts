import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, parseListQuery } from '#kernel';
import { EVERYONE, hiddenReminderFields, redactReminder } from '#access';
import type { SqlParams } from '#database';
import { ReminderRecord, ReminderRepository } from '#reminders';
import { Allow } from '../access/access-policy.decorator.js';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { ApiListQuery } from '../http/rest-resource.controller.js';
import { pageWithContentRange } from '../http/versioning.js';

/**
 * A partner sees the reminders sent to its own organisation; staff and viewers see all, viewers without the
 * recipients' addresses (docs/api.md, "Roles and what they see").
 */
function reminderScope(actor: Actor) {
  return (params: SqlParams) =>
    actor.role === 'partner' ? [`r.recipient_organisation_id = ${params.add(actor.organisationId)}::uuid`] : [];
}

/** Reminders are planned and sent by the worker: read-only here. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class RemindersController {
  constructor(@Inject(ReminderRepository) private readonly reminders: ReminderRepository) {}

  @Get()
  @Allow(EVERYONE)
  @ApiOperation({ summary: 'Planned and sent reminders with their delivery state (failed ones show the error)' })
  @ApiListQuery()
  @ApiOkResponse({ type: [ReminderRecord] })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    const listQuery = parseListQuery(query);
    const page = await this.reminders.list(listQuery, reminderScope(actor), hiddenReminderFields(actor));
    return pageWithContentRange(reply, 'reminders', listQuery.range.start, {
      ...page,
      rows: page.rows.map((row) => redactReminder(row, actor)),
    });
  }

  @Get(':id')
  @Allow(EVERYONE)
  @ApiOperation({ summary: 'One reminder' })
  @ApiOkResponse({ type: ReminderRecord })
  @ApiNotFoundResponse()
  async get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return redactReminder(await this.reminders.get(id, reminderScope(actor)), actor);
  }
}
