import ExcelJS from 'exceljs';
import type { Locale } from '#i18n';
import type { ReportView } from '../report-view.js';
import { text } from '../report-view.js';
import type { SnapshotContent } from '../snapshot.js';
import { milestoneTable, type Cell } from './milestone-table.js';

/** Excel forbids these in sheet names, and more than 31 characters. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  format: { dates?: number[]; numbers?: number[]; widths?: number[] } = {},
) {
  const ws = book.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  ws.getRow(1).font = { bold: true, color: { argb: 'FFFFFFFF' } };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
  header.forEach((title, index) => {
    const column = ws.getColumn(index + 1);
    column.width = format.widths?.[index] ?? Math.min(60, Math.max(10, title.length + 2));
    if (format.dates?.includes(index)) column.numFmt = 'yyyy-mm-dd';
    if (format.numbers?.includes(index)) column.numFmt = '0.0';
  });
  return ws;
}

/** One sheet per level (priorities, objectives, milestones) and one for the changes, with typed cells. */
export async function renderXlsx(view: ReportView, content: SnapshotContent): Promise<Buffer> {
  const w = view.words;
  const locale: Locale = view.locale;
  const book = new ExcelJS.Workbook();
  book.creator = 'REX/587 Action Plan tracker';
  book.created = new Date(content.takenAt);
  book.title = `${view.planCode} – ${view.title}`;

  sheet(
    book,
    w.summary,
    view.summaryHeader,
    content.priorities.map((priority, index) => [
      priority.code,
      priority.progress,
      ...view.summaryRows[index].slice(2).map(Number),
    ]),
    { numbers: [1], widths: [12] },
  );
  sheet(
    book,
    w.objective,
    [w.priority, w.code, w.objective, `${w.progress} (%)`, w.milestones],
    content.priorities.flatMap((priority) =>
      priority.objectives.map((objective) => [
        priority.code,
        objective.code,
        text(objective.title, locale),
        objective.progress,
        objective.milestones.length,
      ]),
    ),
    { numbers: [3], widths: [10, 12, 70, 12, 12] },
  );
  const milestones = milestoneTable(content, w, locale);
  sheet(book, w.milestones, milestones.header, milestones.rows, {
    dates: milestones.dateColumns,
    widths: [10, 10, 12, 60],
  });
  sheet(
    book,
    w.changes,
    [w.changes, w.milestone],
    view.changes.groups.flatMap((group) => group.lines.map((line) => [group.heading, line])),
    { widths: [30, 90] },
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
