import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { MILESTONE_COLUMNS, milestoneCells, type MilestoneView, type ReportView } from '../report-view.js';

const require = createRequire(import.meta.url);
/** DejaVu Sans: covers Kazakh Cyrillic (ә, ғ, қ, ң, ө, ұ, ү, һ, і), which the PDF standard fonts do not. */
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
};

const HEADER_FILL = '#1f4e79';
const STATUS_COLOURS: Record<MilestoneView['status'], string> = {
  planned: '#5f6368',
  in_progress: '#1565c0',
  at_risk: '#b06000',
  delayed: '#b3261e',
  completed: '#1e7b34',
  cancelled: '#5f6368',
};
const PADDING = 3;
const TABLE_FONT_SIZE = 8;

/**
 * Column widths from the content: each column at least as wide as its longest word (header in bold included),
 * so that lines break only between words ("Выполняется", never "Выполняет / ся"), then the room left shared
 * in proportion to how much more each column's longest text wants. Only when even the longest words cannot
 * all fit are columns narrowed below them.
 */
export function columnWidths(doc: PDFKit.PDFDocument, header: string[], rows: string[][], usable: number): number[] {
  const measure = (text: string, font: string) => doc.font(font).fontSize(TABLE_FONT_SIZE).widthOfString(text);
  const longestWord = header.map((cell) => Math.max(0, ...cell.split(/\s+/).map((word) => measure(word, 'bold'))));
  const natural = header.map((cell) => measure(cell, 'bold'));
  // One measure per distinct text: tables repeat their statuses, dates and organisations on every row.
  const seen = new Map<string, [number, number]>();
  for (const row of rows) {
    row.forEach((cell, i) => {
      let sizes = seen.get(cell);
      if (!sizes) {
        sizes = [Math.max(0, ...cell.split(/\s+/).map((word) => measure(word, 'regular'))), measure(cell, 'regular')];
        seen.set(cell, sizes);
      }
      longestWord[i] = Math.max(longestWord[i], sizes[0]);
      natural[i] = Math.max(natural[i], sizes[1]);
    });
  }
  const minimum = longestWord.map((width) => Math.ceil(width) + 2 * PADDING + 1);
  const wanted = natural.map((width, i) => Math.max(minimum[i], Math.min(width + 2 * PADDING + 1, usable * 0.4)));
  const least = minimum.reduce((sum, width) => sum + width, 0);
  if (least >= usable) return minimum.map((width) => (width * usable) / least);
  const more = wanted.map((width, i) => width - minimum[i]);
  const totalMore = more.reduce((sum, width) => sum + width, 0);
  const room = usable - least;
  if (totalMore <= room) {
    // Everything fits on one line: the rest of the page width goes to the widest texts.
    const totalWanted = wanted.reduce((sum, width) => sum + width, 0);
    return wanted.map((width) => width + ((usable - totalWanted) * width) / totalWanted);
  }
  return minimum.map((width, i) => width + (room * more[i]) / totalMore);
}

/**
 * A plain grid table: rows never split, the header repeats on each new page.
 * Drawn by hand rather than with PDFKit's table(), which took over a minute for
 * 1,000 rows (measured by bench:reports); this takes well under a second.
 */
function drawTable(doc: PDFKit.PDFDocument, header: string[], rows: string[][], colours?: string[]): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const resolved = columnWidths(doc, header, rows, usable);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(TABLE_FONT_SIZE);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: resolved[i] - 2 * PADDING }))) +
      2 * PADDING
    );
  };
  const drawRow = (cells: string[], head: boolean, colour?: string) => {
    const font = head ? 'bold' : 'regular';
    const height = heightOf(cells, font);
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!head) drawRow(header, true);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      if (head) doc.rect(x, top, resolved[i], height).fill(HEADER_FILL);
      doc.rect(x, top, resolved[i], height).lineWidth(0.5).stroke('#8c8c8c');
      doc
        .font(font)
        .fontSize(TABLE_FONT_SIZE)
        .fillColor(head ? 'white' : i === 3 && colour ? colour : 'black')
        .text(cell, x + PADDING, top + PADDING, { width: resolved[i] - 2 * PADDING });
      x += resolved[i];
    });
    doc.fillColor('black');
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(header, true);
  rows.forEach((row, index) => drawRow(row, false, colours?.[index]));
  doc.moveDown(0.5);
}

/** The same content as the DOCX, as a fixed-layout document for circulation. */
export function renderPdf(view: ReportView): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    bufferPages: true,
    info: { Title: `${view.planCode} – ${view.title}`, Author: 'REX/587 Action Plan tracker' },
    lang: view.locale,
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  const w = view.words;
  const heading = (text: string, size: number) => {
    doc.moveDown(0.5).font('bold').fontSize(size).fillColor('#1f4e79').text(text).fillColor('black').moveDown(0.3);
  };
  const paragraph = (text: string, font = 'regular', size = 10) => doc.font(font).fontSize(size).text(text);
  const table = (header: string[], rows: string[][], colours?: string[]) => drawTable(doc, header, rows, colours);

  doc.font('bold').fontSize(26).text(view.planCode);
  doc.font('bold').fontSize(18).text(view.title).moveDown(0.3);
  paragraph(w.report, 'italic', 12);
  doc.moveDown();
  for (const [label, value] of view.facts) {
    doc.font('bold').fontSize(11).text(`${label}: `, { continued: true }).font('regular').text(value);
  }

  doc.addPage();
  heading(w.summary, 16);
  table(view.summaryHeader, view.summaryRows);

  for (const priority of view.priorities) {
    doc.addPage();
    heading(priority.heading, 15);
    paragraph(`${w.progress}: ${priority.progress}`);
    for (const objective of priority.objectives) {
      heading(objective.heading, 12);
      paragraph(`${w.progress}: ${objective.progress}`);
      doc.moveDown(0.3);
      if (objective.milestones.length === 0) continue;
      table(
        MILESTONE_COLUMNS(w),
        objective.milestones.map(milestoneCells),
        objective.milestones.map((m) => STATUS_COLOURS[m.status]),
      );
      for (const milestone of objective.milestones.filter((m) => m.narrative)) {
        paragraph(`${milestone.code} – ${w.narrative}`, 'bold', 9);
        paragraph(milestone.narrative!, 'italic', 9);
        doc.moveDown(0.3);
      }
    }
  }

  doc.addPage();
  heading(view.changes.heading, 16);
  if (view.changes.intro) paragraph(view.changes.intro);
  for (const group of view.changes.groups) {
    heading(`${group.heading} (${group.lines.length})`, 12);
    doc.font('regular').fontSize(10).list(group.lines, { bulletRadius: 1.5 });
  }

  // Footer on every page: what made it, and the page number.
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const bottom = doc.page.height - 28;
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#5f6368')
      .text(`${view.footer}   ${page + 1} / ${range.count}`, 40, bottom, {
        width: doc.page.width - 80,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
