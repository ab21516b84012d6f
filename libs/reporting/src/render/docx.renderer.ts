import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { MILESTONE_COLUMNS, milestoneCells, type ReportView } from '../report-view.js';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
/** Relative widths of the milestone table's columns (code, title, due, status, progress, self, verified, lead, supporting). */
const MILESTONE_WIDTHS = [8, 24, 9, 9, 7, 13, 12, 8, 10];

/** The document's language (spelling, screen readers' voice), as Word names it. */
const LANGUAGE_TAGS = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' } as const;

/**
 * Named styles, so that the secretariat restyles the whole report in Word or
 * LibreOffice by editing one style ("Report table text", "Heading 2"...).
 */
const styles = (locale: keyof typeof LANGUAGE_TAGS) => ({
  default: { document: { run: { font: 'Calibri', size: 20, language: { value: LANGUAGE_TAGS[locale] } } } },
  paragraphStyles: [
    {
      id: 'ReportTableText',
      name: 'Report table text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 17 },
      paragraph: { spacing: { before: 20, after: 20 } },
    },
    {
      id: 'ReportTableHeader',
      name: 'Report table header',
      basedOn: 'ReportTableText',
      quickFormat: true,
      run: { bold: true, color: 'FFFFFF' },
    },
    {
      id: 'ReportNarrative',
      name: 'Report narrative',
      basedOn: 'Normal',
      quickFormat: true,
      run: { italics: true, size: 18 },
      paragraph: { indent: { left: 360 }, spacing: { after: 60 } },
    },
  ],
});

function table(header: string[], rows: string[][], widths?: number[]): Table {
  const total = widths?.reduce((a, b) => a + b, 0) ?? header.length;
  const cell = (value: string, index: number, head: boolean) =>
    new TableCell({
      borders: BORDERS,
      width: { size: Math.round(((widths?.[index] ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
      shading: head ? { type: ShadingType.CLEAR, fill: '1F4E79', color: 'auto' } : undefined,
      children: [new Paragraph({ text: value, style: head ? 'ReportTableHeader' : 'ReportTableText' })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((value, i) => cell(value, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, i, false)) })),
    ],
  });
}

/** The plenary dossier version: cover facts, summary, then every objective's milestones, then the changes. */
export async function renderDocx(view: ReportView): Promise<Buffer> {
  const w = view.words;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: view.planCode, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: view.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: w.report, italics: true })] }),
    ...view.facts.map(
      ([label, value]) =>
        new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
    new Paragraph({ text: w.summary, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    table(view.summaryHeader, view.summaryRows, [30, 8, 8, 9, 9, 9, 9, 9, 9]),
  ];
  for (const priority of view.priorities) {
    children.push(
      new Paragraph({ text: priority.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      new Paragraph(`${w.progress}: ${priority.progress}`),
    );
    for (const objective of priority.objectives) {
      children.push(
        new Paragraph({ text: objective.heading, heading: HeadingLevel.HEADING_2 }),
        new Paragraph(`${w.progress}: ${objective.progress}`),
      );
      if (objective.milestones.length === 0) continue;
      children.push(table(MILESTONE_COLUMNS(w), objective.milestones.map(milestoneCells), MILESTONE_WIDTHS));
      for (const milestone of objective.milestones.filter((m) => m.narrative)) {
        children.push(
          new Paragraph({ children: [new TextRun({ text: `${milestone.code} – ${w.narrative}`, bold: true })] }),
          new Paragraph({ text: milestone.narrative!, style: 'ReportNarrative' }),
        );
      }
    }
  }
  children.push(new Paragraph({ text: view.changes.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
  if (view.changes.intro) children.push(new Paragraph(view.changes.intro));
  for (const group of view.changes.groups) {
    children.push(new Paragraph({ text: `${group.heading} (${group.lines.length})`, heading: HeadingLevel.HEADING_2 }));
    for (const line of group.lines) children.push(new Paragraph({ text: line, bullet: { level: 0 } }));
  }
  const document = new Document({
    creator: 'REX/587 Action Plan tracker',
    // The title is what a screen reader announces first (EN 301 549 / WCAG 2.4.2); header rows repeat and are
    // marked as such (tableHeader), headings are Word's own heading styles.
    title: `${view.planCode} – ${view.title}`,
    description: w.report,
    styles: styles(view.locale),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${view.footer}  `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
