import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ImportReport } from '#contracts';
import { serverMessages } from '#i18n';
import { type Actor, InvalidQueryException } from '#kernel';
import {
  CreateMilestoneDto,
  MilestoneImportService,
  MilestoneRecord,
  MilestoneService,
  UpdateMilestoneDto,
} from '#plan';
import { EVERYONE, STAFF } from '#access';
import { Allow, Limit } from '../access/access-policy.decorator.js';
import { sendAttachment } from '../http/attachment.js';
import { uploadedFile } from '../http/uploaded-file.js';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { readerLocale } from '../http/domain-exception.filter.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController extends RestResourceController<
  MilestoneRecord,
  CreateMilestoneDto,
  UpdateMilestoneDto
>({
  resource: 'milestones',
  label: 'milestone',
  record: MilestoneRecord,
  create: CreateMilestoneDto,
  update: UpdateMilestoneDto,
  policy: { read: EVERYONE, create: STAFF, update: STAFF, delete: STAFF },
}) {
  constructor(
    @Inject(MilestoneService) protected readonly service: MilestoneService,
    @Inject(MilestoneImportService) private readonly imports: MilestoneImportService,
  ) {
    super();
  }

  @Get('import-template')
  @Limit('download')
  @Allow(STAFF)
  @ApiOperation({ summary: 'The import template: its columns and one illustrative row' })
  @ApiQuery({ name: 'format', enum: ['csv', 'xlsx'] })
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async template(@Query('format') format: unknown, @Res() reply: FastifyReply): Promise<void> {
    await sendAttachment(reply, await this.imports.template(format));
  }

  @Post('import')
  @Limit('import')
  @Allow(STAFF)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import milestones from CSV or XLSX into a plan: dryRun=true reports every row’s errors; otherwise all rows ' +
      'are created in one transaction, or none if any row has an error (400 naming "row N.column")',
  })
  @ApiConsumes('multipart/form-data')
  @ApiQuery({ name: 'actionPlanId', format: 'uuid' })
  @ApiQuery({ name: 'dryRun', enum: ['true', 'false'], required: false })
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
  })
  @ApiOkResponse({
    description: 'The report: total, valid, invalid, created, updated, and each row’s action, changes and errors',
  })
  @ApiBadRequestResponse({ description: 'A file, plan or row problem; nothing was imported' })
  async import(
    @Query('actionPlanId') actionPlanId: unknown,
    @Query('dryRun') dryRun: unknown,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ImportReport> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') {
      throw new InvalidQueryException('dryRun', { key: 'mustBeEither', first: 'true', second: 'false' });
    }
    const { content } = await uploadedFile(request);
    const findings = await this.imports.import(actor, content, actionPlanId, dryRun === 'true');
    // Each row's problems in the reader's language, as the errors of a refusal are.
    const locale = readerLocale(request);
    return { ...findings, rows: findings.rows.map((row) => ({ ...row, errors: serverMessages(locale, row.errors) })) };
  }
}
