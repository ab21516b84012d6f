import { Body, Controller, Delete, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, DomainException, parseListQuery } from '#kernel';
import { REPORTERS } from '#access';
import { CalendarFeedRecord, CalendarFeedService, CreateCalendarFeedDto, CreatedCalendarFeedRecord } from '#publishing';
import { Allow, Public } from '../access/access-policy.decorator.js';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { RecordBodyPipe } from '../http/record-body.pipe.js';
import { ApiListQuery } from '../http/rest-resource.controller.js';
import { pageWithContentRange } from '../http/versioning.js';

/** Subscriptions to due dates: partners for their organisation, staff for any organisation or plan. */
@ApiTags('calendar-feeds')
@ApiBearerAuth()
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(@Inject(CalendarFeedService) private readonly feeds: CalendarFeedService) {}

  @Get()
  @Allow(REPORTERS)
  @ApiOperation({ summary: 'Calendar feeds (a partner: its organisation’s); the secret URLs are never listed' })
  @ApiListQuery()
  @ApiOkResponse({ type: [CalendarFeedRecord] })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    const listQuery = parseListQuery(query);
    return pageWithContentRange(
      reply,
      'calendar-feeds',
      listQuery.range.start,
      await this.feeds.list(actor, listQuery),
    );
  }

  @Get(':id')
  @Allow(REPORTERS)
  @ApiOperation({ summary: 'One calendar feed' })
  @ApiOkResponse({ type: CalendarFeedRecord })
  @ApiNotFoundResponse()
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.feeds.get(actor, id);
  }

  @Post()
  @Allow(REPORTERS)
  @ApiOperation({ summary: 'Make a feed; the answer carries its secret URL, shown this once' })
  @ApiCreatedResponse({ type: CreatedCalendarFeedRecord })
  create(@Body(new RecordBodyPipe(CreateCalendarFeedDto)) input: CreateCalendarFeedDto, @CurrentActor() actor: Actor) {
    return this.feeds.create(actor, input);
  }

  @Delete(':id')
  @Allow(REPORTERS)
  @ApiOperation({ summary: 'Delete a feed: its URL stops working at once' })
  @ApiOkResponse({ type: CalendarFeedRecord })
  @ApiNotFoundResponse()
  remove(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.feeds.remove(actor, id);
  }
}

/** The feeds themselves: the secret in the URL is the credential, as calendar apps cannot sign in. */
@ApiTags('calendar-feeds')
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(CalendarFeedService) private readonly feeds: CalendarFeedService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'An iCalendar feed of due dates (RFC 5545), at its secret URL' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  @ApiNotFoundResponse({ description: 'No such feed, or revoked' })
  async calendar(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const calendar = await this.feeds.calendar(token);
    if (calendar === null) throw new DomainException('not_found', { key: 'noFeedAtThisAddress' });
    await reply.header('Content-Type', 'text/calendar; charset=utf-8').send(calendar);
  }
}
