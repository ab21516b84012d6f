import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { WORKER_THREAD_NICE } from '#config';
import { createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile } from '../support/multipart.js';
import { threadsNicerBy } from '../support/threads.js';
import { workbookWithSheet } from '../support/zip.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

const HEADER = [
  'objective',
  'code',
  'title.en',
  'title.ru',
  'title.kk',
  'startDate',
  'dueDate',
  'status',
  'progress',
  'lead',
  'supporting',
  'visibility',
];

interface Report {
  updated?: number;
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  created: number;
  rows: Array<{ row: number; code: string | null; errors: Record<string, string> }>;
}

/** Milestones from CSV and XLSX: a dry run names every row's problems; an import is all or nothing. */
describe('milestone import', () => {
  let t: TestApp;
  let ids: Ids;
  let staff: TestUser;
  let objectiveCode: string;
  let lead: string;
  let support: string;

  const csv = (rows: string[][]) => Buffer.from(stringify([HEADER, ...rows]), 'utf8');
  const upload = (file: Buffer, query: string, user: TestUser = staff, name = 'milestones.csv') =>
    user.request({
      method: 'POST',
      url: `/api/milestones/import?actionPlanId=${ids.planId}${query}`,
      ...multipartFile(
        file,
        name,
        name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    });
  const milestoneCount = async () =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM milestones'))[0].n;
  const row = (overrides: Partial<Record<(typeof HEADER)[number], string>> = {}) => {
    const values: Record<string, string> = {
      objective: objectiveCode,
      code: '',
      'title.en': 'Joint seminar',
      'title.ru': 'Совместный семинар',
      'title.kk': 'Бірлескен семинар',
      startDate: '2027-01-15',
      dueDate: '2027-06-30',
      status: 'planned',
      progress: '0',
      lead,
      supporting: support,
      visibility: 'public',
      ...overrides,
    };
    return HEADER.map((column) => values[column]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    staff = await t.user('staff');
    const shortCode = async (id: string) =>
      (await t.request({ method: 'GET', url: `/api/organisations/${id}` })).json<{ shortCode: string }>().shortCode;
    objectiveCode = (await t.request({ method: 'GET', url: `/api/objectives/${ids.objectiveId}` })).json<{
      code: string;
    }>().code;
    lead = await shortCode(ids.leadId);
    support = await shortCode(ids.supportId);
    await createOrganisation(t);
  });
  afterAll(() => t.close());

  it('a dry run reports every row’s errors and changes nothing', async () => {
    const before = await milestoneCount();
    const file = csv([
      row({ code: `${objectiveCode}.M7` }),
      row({ lead: 'NOBODY', dueDate: '2027-02-30' }),
      row({ 'title.ru': '', code: `${objectiveCode}.M7` }),
      row({ objective: 'P9.O9', progress: '120', status: 'finished' }),
      row({ supporting: `${lead}; UNKNOWN-ORG`, startDate: '2027-09-01' }),
    ]);
    const response = await upload(file, '&dryRun=true');
    expect(response.statusCode).toBe(200);
    const report = response.json<Report>();
    expect(report).toMatchObject({ dryRun: true, total: 5, valid: 1, invalid: 4, created: 0 });
    const errors = Object.fromEntries(report.rows.map((r) => [r.row, r.errors]));
    expect(errors[2]).toEqual({});
    expect(errors[3]).toEqual({ lead: 'no organisation has the short code NOBODY', dueDate: expect.any(String) });
    expect(errors[4]).toEqual({ 'title.ru': 'missing translation', code: 'duplicate code (also on row 2)' });
    expect(errors[5]).toEqual({
      objective: 'no objective of the plan has the code P9.O9',
      progress: expect.any(String),
      status: expect.any(String),
    });
    expect(errors[6]).toEqual({
      supporting: 'no organisation has the short code UNKNOWN-ORG',
      startDate: 'must not be after dueDate',
    });
    expect(await milestoneCount()).toBe(before);
  });

  it('an import with any bad row is refused whole, naming row and column', async () => {
    const before = await milestoneCount();
    const response = await upload(csv([row(), row({ dueDate: 'soon' })]), '');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      message: '1 of 2 rows have errors; nothing was imported',
      errors: { 'row 3.dueDate': expect.any(String) },
    });
    expect(await milestoneCount()).toBe(before);
  });

  it('a good CSV is applied in one transaction, codes generated, audited, with its organisations', async () => {
    const before = await milestoneCount();
    const response = await upload(
      csv([row(), row({ 'title.en': 'Second', code: `${objectiveCode}.M40` }), row({ 'title.en': 'Third' })]),
      '',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<Report>()).toMatchObject({ dryRun: false, total: 3, created: 3 });
    expect(await milestoneCount()).toBe(before + 3);
    const list = (
      await t.request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ objectiveId: ids.objectiveId }))}`,
      })
    ).json<
      Array<{
        code: string;
        title: { en: string; kk: string };
        supportingOrganisationIds: string[];
        visibility: string;
      }>
    >();
    const third = list.find((m) => m.title.en === 'Third')!;
    // Generated after the explicit M40 of the same file.
    expect(third.code).toBe(`${objectiveCode}.M41`);
    expect(third.supportingOrganisationIds).toEqual([ids.supportId]);
    expect(third.title.kk).toBe('Бірлескен семинар');
    const audited = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'milestones' AND action = 'create' AND actor_id = $1`,
      [staff.id],
    );
    expect(audited[0].n).toBe(3);
    // A code the plan has: the row now changes that milestone, and a dry run says how.
    const again = await upload(csv([row({ code: `${objectiveCode}.M40` })]), '&dryRun=true');
    expect(again.json<Report>().rows[0]).toMatchObject({
      action: 'update',
      errors: {},
      changes: {
        title: { from: expect.objectContaining({ en: 'Second' }), to: expect.objectContaining({ en: row()[2] }) },
      },
    });
  });

  it('a title the product’s own CSV neutralised comes back as it was, and goes out neutralised again', async () => {
    const response = await upload(
      csv([row({ 'title.en': '\'=HYPERLINK("https://example.org","minutes")', 'title.ru': "''=quoted" })]),
      '',
    );
    expect(response.json()).toMatchObject({ created: 1 });
    const [stored] = await t.db.query<{ en: string; ru: string }>(
      `SELECT title->>'en' AS en, title->>'ru' AS ru FROM milestones ORDER BY created_at DESC, code DESC LIMIT 1`,
    );
    expect(stored).toEqual({ en: '=HYPERLINK("https://example.org","minutes")', ru: "'=quoted" });
    const exported = await staff.request({ method: 'GET', url: '/api/milestones/export?format=csv' });
    expect(exported.body).toContain('"\'=HYPERLINK(""https://example.org"",""minutes"")"');
    expect(exported.body).toContain("''=quoted");
  });

  it('XLSX works the same, dates and numbers typed', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('milestones');
    sheet.addRow(HEADER);
    const values = row({ 'title.en': 'From Excel' });
    sheet.addRow(
      values.map((value, i) =>
        HEADER[i] === 'dueDate' ? new Date('2027-11-30T00:00:00Z') : HEADER[i] === 'progress' ? 15 : value,
      ),
    );
    const response = await upload(Buffer.from(await book.xlsx.writeBuffer()), '', staff, 'milestones.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.json<Report>().created).toBe(1);
    const [created] = await t.db.query<{ due_date: string; progress: number }>(
      `SELECT due_date::text, progress FROM milestones WHERE title->>'en' = 'From Excel'`,
    );
    expect(created).toEqual({ due_date: '2027-11-30', progress: 15 });
    // Read in a thread that yields the CPU to requests (it stays for its idle timeout).
    expect(threadsNicerBy(WORKER_THREAD_NICE)).toBeGreaterThanOrEqual(1);
  });

  describe('import bombs', () => {
    const sheet = (rows: string) =>
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
          `<sheetData>${rows}</sheetData></worksheet>`,
      );
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

    it('a workbook of 200,000 rows is refused at the first row past the limit, and nothing is imported', async () => {
      const header = `<row r="1">${HEADER.map((name, i) => inline(`${String.fromCharCode(65 + i)}1`, name)).join('')}</row>`;
      const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 2}">${inline(`B${i + 2}`, `X${i}`)}</row>`);
      const file = workbookWithSheet(sheet(header + rows.join('')));
      expect(file.length).toBeLessThan(2_000_000);
      const before = await milestoneCount();
      const response = await upload(file, '&dryRun=true', staff, 'bomb.xlsx');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ errors: { file: 'has more than 5000 rows' } });
      expect(await milestoneCount()).toBe(before);
    });

    it('a sheet that inflates to 300 MB ends its reading thread, not the API', async () => {
      const huge = Buffer.concat([
        Buffer.from(`<row r="1"><c r="A1" t="inlineStr"><is><t>`),
        Buffer.alloc(300_000_000, 'a'),
        Buffer.from('</t></is></c></row>'),
      ]);
      const file = workbookWithSheet(sheet(huge.toString('latin1')));
      expect(file.length).toBeLessThan(2_000_000);
      const response = await upload(file, '&dryRun=true', staff, 'bomb.xlsx');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        errors: { file: 'needs more than 256 MB to read: split it into smaller files' },
      });
      expect((await t.anonymous({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      // The next import is read by a fresh thread.
      const good = await upload(csv([row({ 'title.en': 'After the bomb' })]), '&dryRun=true');
      expect(good.statusCode).toBe(200);
    }, 60_000);
  });

  it('the template downloads in both formats and imports as it is', async () => {
    const template = await staff.request({ method: 'GET', url: '/api/milestones/import-template?format=csv' });
    expect(template.statusCode).toBe(200);
    expect(template.body).toContain('objective,code,title.en,title.ru');
    const xlsx = await staff.request({ method: 'GET', url: '/api/milestones/import-template?format=xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0].getRow(1).getCell(1).value).toBe('objective');
  });

  it('file problems and bad parameters are 400s naming them; partners may not import', async () => {
    const cases: Array<[Buffer, string, string]> = [
      [Buffer.from('name,date\nx,y\n'), '', 'file'],
      [Buffer.from(`${HEADER.join(',')},colour\n`), '', 'file'],
      [Buffer.from(`${HEADER.join(',')}\n`), '', 'file'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '', 'file'],
      [Buffer.from([0xff, 0xfe, 0x00, 0x41]), '', 'file'],
      [csv([row()]), '&dryRun=maybe', 'dryRun'],
    ];
    for (const [file, query, field] of cases) {
      const response = await upload(file, query);
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toEqual([field]);
    }
    const noPlan = await staff.request({
      method: 'POST',
      url: '/api/milestones/import',
      ...multipartFile(csv([row()]), 'm.csv', 'text/csv'),
    });
    expect(noPlan.statusCode).toBe(400);
    const partner = await t.user('partner', ids.leadId);
    expect((await upload(csv([row()]), '', partner)).statusCode).toBe(403);
  });
});
