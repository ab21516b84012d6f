import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionRequiredResponse,
} from '@nestjs/swagger';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, parseListQuery } from '#kernel';
import {
  ApproveProgressUpdateDto,
  CreateProgressUpdateDto,
  ProgressUpdateRecord,
  ProgressUpdateService,
  ReviewCommentDto,
  UpdateProgressUpdateDto,
} from '#progress';
import { EVERYONE, REPORTERS, STAFF } from '#access';
import { Allow } from '../access/access-policy.decorator.js';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { RecordBodyPipe } from '../http/record-body.pipe.js';
import { ApiListQuery } from '../http/rest-resource.controller.js';
import { expectedVersion, optionalVersion, pageWithContentRange } from '../http/versioning.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('progress-updates')
@Controller('progress-updates')
export class ProgressUpdatesController extends RestResourceController<
  ProgressUpdateRecord,
  CreateProgressUpdateDto,
  UpdateProgressUpdateDto
>({
  resource: 'progress-updates',
  label: 'progress update',
  record: ProgressUpdateRecord,
  create: CreateProgressUpdateDto,
  update: UpdateProgressUpdateDto,
  policy: { read: EVERYONE, create: REPORTERS, update: REPORTERS, delete: STAFF },
}) {
  constructor(@Inject(ProgressUpdateService) protected readonly service: ProgressUpdateService) {
    super();
  }

  @Get('review-queue')
  @Allow(STAFF)
  @ApiOperation({
    summary: 'Updates awaiting review, oldest first (filter by organisationId, priorityId, actionPlanId...)',
  })
  @ApiListQuery()
  @ApiOkResponse({ type: [ProgressUpdateRecord] })
  async reviewQueue(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    const listQuery = parseListQuery(query);
    listQuery.filter = { state: 'submitted', ...listQuery.filter };
    listQuery.sort ??= { field: 'submittedAt', order: 'ASC' };
    const page = await this.service.list(actor, listQuery);
    return pageWithContentRange(reply, 'progress-updates', listQuery.range.start, page);
  }

  @Post(':id/submit')
  @Allow(REPORTERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Resubmit a returned update, after revising it' })
  @ApiOkResponse({ type: ProgressUpdateRecord })
  @ApiConflictResponse({ description: 'The update is not returned (or not at the If-Match version)' })
  submit(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
    return this.service.submit(actor, id, optionalVersion(ifMatch) ?? undefined);
  }

  @Post(':id/approve')
  @Allow(STAFF)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve the version read: the milestone takes the reported progress and status, in the same transaction. ' +
      'Not by whoever entered or last revised the update',
  })
  @ReviewedVersion()
  @ApiBody({ type: ApproveProgressUpdateDto, required: false })
  @ApiOkResponse({ type: ProgressUpdateRecord })
  @ApiForbiddenResponse({ description: 'The caller entered or last revised this update' })
  @ApiConflictResponse({
    description: 'Not awaiting review, changed since the version read, the milestone changed or is closed',
  })
  approve(
    @Param('id') id: string,
    @Body(new RecordBodyPipe(ApproveProgressUpdateDto, { optional: true })) body: ApproveProgressUpdateDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.review(actor, id, 'approve', body, expectedVersion(ifMatch, body.version));
  }

  @Post(':id/return')
  @Allow(STAFF)
  @HttpCode(200)
  @ApiOperation({ summary: 'Return the version read for revision, with a comment for the reporting organisation' })
  @ReviewedVersion()
  @ApiBody({ type: ReviewCommentDto })
  @ApiOkResponse({ type: ProgressUpdateRecord })
  @ApiConflictResponse({ description: 'Not awaiting review, or changed since the version read' })
  returnForRevision(
    @Param('id') id: string,
    @Body(new RecordBodyPipe(ReviewCommentDto)) body: ReviewCommentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.review(actor, id, 'return', body, expectedVersion(ifMatch, body.version));
  }

  @Post(':id/reject')
  @Allow(STAFF)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject the version read: closed without applying, with a comment' })
  @ReviewedVersion()
  @ApiBody({ type: ReviewCommentDto })
  @ApiOkResponse({ type: ProgressUpdateRecord })
  @ApiConflictResponse({ description: 'Already approved or rejected, or changed since the version read' })
  reject(
    @Param('id') id: string,
    @Body(new RecordBodyPipe(ReviewCommentDto)) body: ReviewCommentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.review(actor, id, 'reject', body, expectedVersion(ifMatch, body.version));
  }
}

/** A review names the version of the update it decides on, as every write does. */
function ReviewedVersion(): MethodDecorator {
  return (target, key, descriptor) => {
    ApiHeader({ name: 'If-Match', required: false, description: 'W/"<version>"; or send "version" in the body' })(
      target,
      key,
      descriptor,
    );
    ApiPreconditionRequiredResponse({ description: 'Neither If-Match nor "version" was given' })(
      target,
      key,
      descriptor,
    );
  };
}
