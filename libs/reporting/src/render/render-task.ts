import type { Locale } from '#i18n';
import type { ReportFormat, ReportRecord } from '../report.dto.js';
import { reportView } from '../report-view.js';
import type { SnapshotContent } from '../snapshot.js';
import { exportList, type ListExport } from '../export/list-export.js';
import { renderCsv } from './csv.renderer.js';

/** Plain data only: it is copied to the worker thread, which writes the texts (the words are functions). */
export interface RenderTask {
  format: ReportFormat;
  report: ReportRecord;
  content: SnapshotContent;
  locale: Locale;
}

/** A list export: up to 100,000 rows as CSV or XLSX, with the records they name. */
export interface ExportTask {
  export: ListExport;
}

/**
 * Lays a report out as a file. Runs in a worker thread (render-pool.ts): a PDF costs ~0.6 s of CPU, a DOCX
 * ~0.4 s, which on the main thread would stall every other request. The document libraries load in the
 * worker, with its first task of their format.
 */
export default async function render(task: RenderTask | ExportTask): Promise<Uint8Array> {
  if ('export' in task) {
    return (await exportList(task.export)).body;
  }
  const { format, report, content, locale } = task;
  const view = reportView(report, content, report.changes, locale);
  switch (format) {
    case 'docx':
      return (await import('./docx.renderer.js')).renderDocx(view);
    case 'pdf':
      return (await import('./pdf.renderer.js')).renderPdf(view);
    case 'xlsx':
      return (await import('./xlsx.renderer.js')).renderXlsx(view, content);
    case 'csv':
      return renderCsv(content, view.words, view.locale);
  }
}
