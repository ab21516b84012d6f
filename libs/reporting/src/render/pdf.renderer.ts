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
/** The document's language, as PDF readers expect it (BCP 47). */
const LANGUAGE_TAGS = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' } as const;
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
  // Words repeat across a table's cells (statuses, organisations, dates): each measured once.
  const words = new Map<string, number>();
  const widestWord = (text: string, font: string) => {
    let widest = 0;
    for (const word of text.split(/\s+/)) {
      const key = `${font}\u0000${word}`;
      let width = words.get(key);
      if (width === undefined) {
        width = measure(word, font);
        words.set(key, width);
      }
      widest = Math.max(widest, width);
    }
    return widest;
  };
  const longestWord = header.map((cell) => widestWord(cell, 'bold'));
  const natural = header.map((cell) => measure(cell, 'bold'));
  const cap = usable * 0.4;
  for (const row of rows) {
    row.forEach((cell, i) => {
      longestWord[i] = Math.max(longestWord[i], widestWord(cell, 'regular'));
      // A text wider than the cap is not worth measuring whole: the column stops at the cap anyway.
      if (natural[i] < cap) natural[i] = Math.max(natural[i], measure(cell, 'regular'));
    });
  }
  const minimum = longestWord.map((width) => Math.ceil(width) + 2 * PADDING + 1);
  const wanted = natural.map((width, i) => Math.max(minimum[i], Math.min(width + 2 * PADDING + 1, cap)));
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

type Struct = PDFKit.PDFStructureElement;

/** Drawing that carries no meaning (cell fills, rules, page numbers): out of the reading order. */
function artifact(doc: PDFKit.PDFDocument, draw: () => void, type = 'Layout'): void {
  doc.markContent('Artifact', { type } as PDFKit.Mixins.MarkingOptions);
  draw();
  doc.endMarkedContent();
}

/** A structure element with its content, drawn now, in reading order. */
function tagged(doc: PDFKit.PDFDocument, parent: Struct, type: string, draw: () => void, options = {}): void {
  parent.add(doc.struct(type, options, draw));
}

/**
 * A plain grid table: rows never split, the header repeats on each new page.
 * Drawn by hand rather than with PDFKit's table(), which took over a minute for
 * 1,000 rows (measured by bench:reports); this takes well under a second.
 * Tagged as a table (header cells TH with column scope, then TD), for screen readers.
 */
function drawTable(
  doc: PDFKit.PDFDocument,
  parent: Struct,
  header: string[],
  rows: string[][],
  colours?: string[],
): void {
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
  const table = doc.struct('Table');
  parent.add(table);
  const head = doc.struct('THead');
  const body = doc.struct('TBody');
  table.add(head);
  table.add(body);
  // `row` is null for a header repeated on a new page: drawn, but read only once.
  const drawRow = (cells: string[], isHead: boolean, group: Struct | null, colour?: string) => {
    const font = isHead ? 'bold' : 'regular';
    const height = heightOf(cells, font);
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!isHead) drawRow(header, true, null);
    }
    const top = doc.y;
    const row = group ? doc.struct('TR') : null;
    if (group && row) group.add(row);
    let x = left;
    cells.forEach((cell, i) => {
      const cellX = x;
      artifact(doc, () => {
        if (isHead) doc.rect(cellX, top, resolved[i], height).fill(HEADER_FILL);
        doc.rect(cellX, top, resolved[i], height).lineWidth(0.5).stroke('#8c8c8c');
      });
      const write = () =>
        doc
          .font(font)
          .fontSize(TABLE_FONT_SIZE)
          .fillColor(isHead ? 'white' : i === 3 && colour ? colour : 'black')
          .text(cell, cellX + PADDING, top + PADDING, { width: resolved[i] - 2 * PADDING });
      if (row) tagged(doc, row, isHead ? 'TH' : 'TD', write, isHead ? { scope: 'Column' } : {});
      else artifact(doc, write, 'Pagination');
      x += resolved[i];
    });
    row?.end();
    doc.fillColor('black');
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(header, true, head);
  rows.forEach((row, index) => drawRow(row, false, body, colours?.[index]));
  head.end();
  body.end();
  table.end();
  doc.moveDown(0.5);
}

/** The same content as the DOCX, as a fixed-layout document for circulation; tagged (PDF/UA) for screen readers. */
export function renderPdf(view: ReportView): Promise<Buffer> {
  const title = `${view.planCode} – ${view.title}`;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    bufferPages: true,
    info: { Title: title, Author: 'REX/587 Action Plan tracker' },
    lang: LANGUAGE_TAGS[view.locale],
    displayTitle: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
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
  const root = doc.struct('Document', { title, lang: LANGUAGE_TAGS[view.locale] });
  doc.addStructure(root);
  let section: Struct = root;
  const heading = (text: string, size: number, level: 'H1' | 'H2') =>
    tagged(doc, section, level, () => {
      doc.moveDown(0.5).font('bold').fontSize(size).fillColor('#1f4e79').text(text).fillColor('black').moveDown(0.3);
    });
  const paragraph = (text: string, font = 'regular', size = 10) =>
    tagged(doc, section, 'P', () => doc.font(font).fontSize(size).text(text));
  const newSection = () => {
    section.end();
    section = doc.struct('Sect');
    root.add(section);
  };
  const table = (header: string[], rows: string[][], colours?: string[]) =>
    drawTable(doc, section, header, rows, colours);

  section = doc.struct('Sect');
  root.add(section);
  paragraph(view.planCode, 'bold', 26);
  tagged(doc, section, 'H1', () => doc.font('bold').fontSize(18).text(view.title).moveDown(0.3));
  paragraph(w.report, 'italic', 12);
  doc.moveDown();
  for (const [label, value] of view.facts) {
    tagged(doc, section, 'P', () =>
      doc.font('bold').fontSize(11).text(`${label}: `, { continued: true }).font('regular').text(value),
    );
  }

  doc.addPage();
  newSection();
  doc.outline.addItem(w.summary);
  heading(w.summary, 16, 'H1');
  table(view.summaryHeader, view.summaryRows);

  for (const priority of view.priorities) {
    doc.addPage();
    newSection();
    const bookmark = doc.outline.addItem(priority.heading);
    heading(priority.heading, 15, 'H1');
    paragraph(`${w.progress}: ${priority.progress}`);
    for (const objective of priority.objectives) {
      bookmark.addItem(objective.heading);
      heading(objective.heading, 12, 'H2');
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
  newSection();
  doc.outline.addItem(view.changes.heading);
  heading(view.changes.heading, 16, 'H1');
  if (view.changes.intro) paragraph(view.changes.intro);
  for (const group of view.changes.groups) {
    heading(`${group.heading} (${group.lines.length})`, 12, 'H2');
    const list = doc.struct('L');
    section.add(list);
    doc
      .font('regular')
      .fontSize(10)
      .list(group.lines, { bulletRadius: 1.5, structParent: list } as PDFKit.Mixins.TextOptions);
    list.end();
  }
  section.end();
  root.end();

  // Footer on every page: what made it, and the page number (an artifact: not part of the reading order).
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const bottom = doc.page.height - 28;
    artifact(
      doc,
      () =>
        doc
          .font('regular')
          .fontSize(7)
          .fillColor('#5f6368')
          .text(`${view.footer}   ${page + 1} / ${range.count}`, 40, bottom, {
            width: doc.page.width - 80,
            align: 'center',
            lineBreak: false,
          }),
      'Pagination',
    );
  }
  doc.end();
  return done;
}
