// Public surface of the reporting lib ('#reporting'). Plenary reports (snapshots and their DOCX, PDF, XLSX, CSV
// files) and list exports.
export { EXPORT_FORMATS, exportFormat, readAll } from './export/list-export.js';
export { exportLocale, ListExporter } from './export/list-exporter.js';
export { renderCsv } from './render/csv.renderer.js';
export { renderDocx } from './render/docx.renderer.js';
export { renderPdf } from './render/pdf.renderer.js';
export { ReportRenderer } from './render/render-pool.js';
export { renderXlsx } from './render/xlsx.renderer.js';
export { compareSnapshots } from './report-changes.policy.js';
export { ReportFile } from './report-file.entity.js';
export { reportView } from './report-view.js';
export { CreateReportDto, REPORT_FORMATS, ReportRecord, UpdateReportDto } from './report.dto.js';
export { Report } from './report.entity.js';
export { ReportRepository } from './report.repository.js';
export { ReportService } from './report.service.js';
export { ReportingModule } from './reporting.module.js';
