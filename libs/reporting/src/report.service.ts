import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../access/src/actor.js';
import { LOCALES, type Locale } from '../../database/src/base.entity.js';
import {
  InvalidInputException,
  InvalidQueryException,
  NotFoundException,
} from '../../database/src/domain.exception.js';
import type { ListQuery } from '../../database/src/list-query.js';
import type { ResourceService } from '../../database/src/resource.service.js';
import { renderCsv } from './render/csv.renderer.js';
import {
  REPORT_FORMATS,
  type CreateReportDto,
  type ReportFormat,
  type ReportRecord,
  type UpdateReportDto,
} from './report.dto.js';
import { ReportRepository } from './report.repository.js';
import { reportView } from './report-view.js';

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

function checkPeriod(from: string | null | undefined, to: string | null | undefined) {
  if (from && to && from > to) throw new InvalidInputException({ periodTo: 'must not be before periodFrom' });
}

/** Reports to the plenary: made from the plan as it stands, then downloadable in any language and format. */
@Injectable()
export class ReportService implements ResourceService<ReportRecord, CreateReportDto, UpdateReportDto> {
  constructor(@Inject(ReportRepository) private readonly reports: ReportRepository) {}

  list(query: ListQuery) {
    return this.reports.list(query);
  }

  get(id: string) {
    return this.reports.get(id);
  }

  async create(input: CreateReportDto, actor: Actor) {
    checkPeriod(input.periodFrom, input.periodTo);
    const report = await this.reports.createSnapshot(actor, {
      actionPlanId: input.actionPlanId,
      title: input.title.trim(),
      periodFrom: input.periodFrom ?? null,
      periodTo: input.periodTo ?? null,
    });
    if (!report) throw new InvalidInputException({ actionPlanId: 'no action plan has this id' });
    return report;
  }

  async update(id: string, input: UpdateReportDto, expectedVersion: number, actor: Actor) {
    const current = await this.reports.get(id);
    checkPeriod(input.periodFrom ?? current.periodFrom, input.periodTo ?? current.periodTo);
    const { title, periodFrom, periodTo } = input;
    return this.reports.update(actor, id, expectedVersion, { title: title?.trim(), periodFrom, periodTo });
  }

  remove(id: string, expectedVersion: number | null, actor: Actor) {
    return this.reports.remove(actor, id, expectedVersion);
  }

  /** The report in `format`, written in `language` (en, ru, kk). */
  async download(id: string, format: unknown, language: unknown): Promise<ReportFile> {
    if (!(REPORT_FORMATS as readonly unknown[]).includes(format)) {
      throw new InvalidQueryException('format', `must be one of ${REPORT_FORMATS.join(', ')}`);
    }
    const locale = (language ?? 'en') as Locale;
    if (!LOCALES.includes(locale)) throw new InvalidQueryException('lang', `must be one of ${LOCALES.join(', ')}`);
    const report = await this.reports.get(id);
    const content = await this.reports.content(id);
    if (!content) throw new NotFoundException('report', id);
    const view = reportView(report, content, report.changes, locale);
    const kind = format as ReportFormat;
    // The document libraries (docx, pdfkit and its fonts, exceljs: a third of the app's code) load with
    // the first download of their format, not with every process.
    const body =
      kind === 'docx'
        ? await (await import('./render/docx.renderer.js')).renderDocx(view)
        : kind === 'pdf'
          ? await (await import('./render/pdf.renderer.js')).renderPdf(view)
          : kind === 'xlsx'
            ? await (await import('./render/xlsx.renderer.js')).renderXlsx(view, content)
            : renderCsv(content, view.words, locale);
    const date = content.asOf;
    const fileName = `${content.plan.code.replace(/[^A-Za-z0-9-]+/g, '-')}-report-${date}-${locale}.${kind}`;
    return { body, contentType: CONTENT_TYPES[kind], fileName };
  }
}
