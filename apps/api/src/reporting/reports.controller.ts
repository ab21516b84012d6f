import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ADMINS, MONITORS, STAFF } from '#access';
import { CreateReportDto, REPORT_FORMATS, ReportRecord, ReportService, UpdateReportDto } from '#reporting';
import { Allow, Limit } from '../access/access-policy.decorator.js';
import { sendAttachment } from '../http/attachment.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

/**
 * Reports to the plenary. They show every organisation's milestones and
 * reports, so partners do not read them; staff make them, viewers read them.
 */
@ApiTags('reports')
@Controller('reports')
export class ReportsController extends RestResourceController<ReportRecord, CreateReportDto, UpdateReportDto>({
  resource: 'reports',
  label: 'report',
  record: ReportRecord,
  create: CreateReportDto,
  update: UpdateReportDto,
  policy: { read: MONITORS, create: STAFF, update: STAFF, delete: ADMINS },
}) {
  constructor(@Inject(ReportService) protected readonly service: ReportService) {
    super();
  }

  @Get(':id/download')
  @Limit('download')
  @Allow(MONITORS)
  @ApiOperation({ summary: 'The report as DOCX, PDF, XLSX or CSV, in English, Russian or Kazakh' })
  @ApiQuery({ name: 'format', enum: REPORT_FORMATS })
  @ApiQuery({ name: 'lang', enum: ['en', 'ru', 'kk'], required: false })
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiBadRequestResponse({ description: 'Unknown format or language' })
  @ApiNotFoundResponse()
  async download(
    @Param('id') id: string,
    @Query('format') format: unknown,
    @Query('lang') lang: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendAttachment(reply, await this.service.download(id, format, lang));
  }
}
