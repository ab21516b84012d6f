import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, parseListQuery } from '#kernel';
import { EVERYONE } from '#access';
import { NotificationRecord, NotificationService } from '#notifications';
import { Allow } from '../access/access-policy.decorator.js';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { notAJsonObject } from '../http/record-body.pipe.js';
import { ApiListQuery } from '../http/rest-resource.controller.js';
import { pageWithContentRange } from '../http/versioning.js';

/** The caller's own in-app notifications: list, mark read or unread. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(NotificationService) private readonly notifications: NotificationService) {}

  @Get()
  @Allow(EVERYONE)
  @ApiOperation({ summary: 'My notifications, newest first; filter {"read":false} for the unread ones' })
  @ApiListQuery()
  @ApiOkResponse({ type: [NotificationRecord] })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    const listQuery = parseListQuery(query);
    const page = await this.notifications.list(actor, listQuery);
    return pageWithContentRange(reply, 'notifications', listQuery.range.start, page);
  }

  @Put(':id')
  @Allow(EVERYONE)
  @ApiOperation({ summary: 'Mark read or unread: {"read": true}; the other fields of the record are ignored' })
  @ApiBody({ schema: { type: 'object', properties: { read: { type: 'boolean' } }, required: ['read'] } })
  @ApiOkResponse({ type: NotificationRecord })
  @ApiNotFoundResponse()
  update(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw notAJsonObject();
    return this.notifications.markRead(actor, id, (body as { read?: unknown }).read);
  }

  @Post('mark-all-read')
  @Allow(EVERYONE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every notification of mine read' })
  async markAllRead(@CurrentActor() actor: Actor) {
    return { marked: await this.notifications.markAllRead(actor) };
  }
}
