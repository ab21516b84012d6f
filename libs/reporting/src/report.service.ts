import { Inject, Injectable } from '@nestjs/common';
import { type Locale, LOCALES } from '#i18n';
import {
  type Actor,
  InvalidInputException,
  InvalidQueryException,
  type ListQuery,
  NotFoundException,
  type ResourceService,
} from '#kernel';
import { correctedReportTitles } from './report-title.policy.js';
import { ReportRenderer, rendererDigest } from './render/render-pool.js';
import {
  REPORT_FORMATS,
  type CreateReportDto,
  type ReportFormat,
  type ReportRecord,
  type UpdateReportDto,
} from './report.dto.js';
import { ReportRepository, type StoredFileKey } from './report.repository.js';

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
  if (from && to && from > to)
    throw new InvalidInputException({ periodTo: { key: 'mustNotBeBefore', other: 'periodFrom' } });
}

/** Reports to the plenary: made from the plan as it stands, then downloadable in any language and format. */
@Injectable()
export class ReportService implements ResourceService<ReportRecord, CreateReportDto, UpdateReportDto> {
  /** Downloads of one file being made now: the second waits for the first instead of laying it out again. */
  private readonly making = new Map<string, Promise<ReportFile>>();
  /** Read from the renderers' files with the first download, not at every start. */
  private renderer: string | null = null;

  constructor(
    @Inject(ReportRepository) private readonly reports: ReportRepository,
    @Inject(ReportRenderer) private readonly layout: ReportRenderer,
  ) {}

  // Every role that may list them sees them all: no scope by actor.
  list(_actor: Actor, query: ListQuery) {
    return this.reports.list(query);
  }

  get(_actor: Actor, id: string) {
    return this.reports.get(id);
  }

  async create(actor: Actor, input: CreateReportDto) {
    checkPeriod(input.periodFrom, input.periodTo);
    const report = await this.reports.createSnapshot(actor, {
      actionPlanId: input.actionPlanId,
      title: input.title,
      periodFrom: input.periodFrom ?? null,
      periodTo: input.periodTo ?? null,
    });
    if (!report) throw new InvalidInputException({ actionPlanId: { key: 'noneWithThisId', resource: 'action plan' } });
    return report;
  }

  async update(actor: Actor, id: string, input: UpdateReportDto, expectedVersion: number) {
    const current = await this.reports.get(id);
    checkPeriod(input.periodFrom ?? current.periodFrom, input.periodTo ?? current.periodTo);
    const { title, periodFrom, periodTo } = input;
    return this.reports.update(actor, id, expectedVersion, {
      title: title ? correctedReportTitles(current.title, title) : undefined,
      periodFrom,
      periodTo,
    });
  }

  remove(actor: Actor, id: string, expectedVersion: number | null) {
    return this.reports.remove(actor, id, expectedVersion);
  }

  /** The report in `format`, written in `language` (en, ru, kk). */
  async download(id: string, format: unknown, language: unknown): Promise<ReportFile> {
    if (!(REPORT_FORMATS as readonly unknown[]).includes(format)) {
      throw new InvalidQueryException('format', { key: 'mustBeOneOf', values: REPORT_FORMATS });
    }
    const locale = (language ?? 'en') as Locale;
    if (!LOCALES.includes(locale)) throw new InvalidQueryException('lang', { key: 'mustBeOneOf', values: LOCALES });
    const kind = format as ReportFormat;
    const report = await this.reports.get(id);
    const key = {
      reportId: id,
      format: kind,
      locale,
      reportVersion: report.version,
      renderer: (this.renderer ??= rendererDigest()),
    };
    const stored = await this.reports.storedFile(key);
    if (stored) return { body: stored.content, contentType: CONTENT_TYPES[kind], fileName: stored.fileName };
    const flight = JSON.stringify(key);
    const pending = this.making.get(flight);
    if (pending) return pending;
    const made = this.make(report, kind, locale, key).finally(() => this.making.delete(flight));
    this.making.set(flight, made);
    return made;
  }

  /** Lays the report out in a worker thread (render-pool.ts) and keeps the file. */
  private async make(
    report: ReportRecord,
    kind: ReportFormat,
    locale: Locale,
    key: StoredFileKey,
  ): Promise<ReportFile> {
    const content = await this.reports.content(report.id);
    if (!content) throw new NotFoundException('report', report.id);
    const body = await this.layout.render({ format: kind, report, content, locale });
    const fileName = `${content.plan.code.replace(/[^A-Za-z0-9-]+/g, '-')}-report-${content.asOf}-${locale}.${kind}`;
    await this.reports.keepFile(key, { fileName, content: body });
    return { body, contentType: CONTENT_TYPES[kind], fileName };
  }
}
