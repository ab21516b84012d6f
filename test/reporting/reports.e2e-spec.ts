import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { REX_587_OPINION } from '#plan';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, TEST_NOW, type TestApp, type TestUser } from '../support/test-app.js';

interface Report {
  id: string;
  version: number;
  title: string;
  milestoneCount: number;
  previousReportId: string | null;
  changes: {
    previousReportId: string | null;
    added: Array<{ code: string }>;
    completed: Array<{ code: string }>;
    newlyDelayed: Array<{ code: string }>;
    dueDateChanged: Array<{ code: string; from: string; to: string }>;
    progressChanged: Array<{ code: string; from: number; to: number; delta: number }>;
  };
}

/** Plenary reports: frozen snapshots, "changed since the last report", and the four downloads read back. */
describe('reports to the plenary', () => {
  let t: TestApp;
  let ids: Ids;
  let staff: TestUser;
  let partner: TestUser;
  let viewer: TestUser;
  const codes: Record<string, string> = {};
  const milestoneIds: Record<string, string> = {};
  let first: Report;
  let second: Report;

  const put = async (url: string, payload: object) => {
    const current = await t.request({ method: 'GET', url });
    const response = await t.request({
      method: 'PUT',
      url,
      headers: { 'if-match': current.headers.etag as string },
      payload,
    });
    expect(response.statusCode).toBe(200);
    return response;
  };
  const makeReport = async (title: string, extra: object = {}) => {
    const response = await staff.request({
      method: 'POST',
      url: '/api/reports',
      payload: { actionPlanId: ids.planId, title: { en: title }, ...extra },
    });
    expect(response.statusCode).toBe(201);
    return response.json<Report>();
  };
  const download = async (id: string, format: string, lang = 'en', caller: TestUser = staff) => {
    const response = await caller.request({
      method: 'GET',
      url: `/api/reports/${id}/download?format=${format}&lang=${lang}`,
    });
    expect(response.statusCode).toBe(200);
    return response;
  };
  const docxText = async (id: string, lang: string) =>
    (await mammoth.extractRawText({ buffer: (await download(id, 'docx', lang)).rawPayload })).value;
  const pdfText = async (id: string, lang: string) => {
    const pdf = await getDocumentProxy(new Uint8Array((await download(id, 'pdf', lang)).rawPayload));
    return (await extractText(pdf, { mergePages: true })).text;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    staff = await t.user('staff');
    partner = await t.user('partner', ids.leadId);
    viewer = await t.user('viewer');
    await put(`/api/action-plans/${ids.planId}`, { opinion: REX_587_OPINION });
    const make = async (key: string, overrides: object) => {
      const milestone = await createMilestone(t, ids, overrides);
      codes[key] = milestone.code;
      milestoneIds[key] = (milestone as unknown as { id: string }).id;
    };
    await make('moved', {
      dueDate: '2027-06-30',
      status: 'in_progress',
      title: { en: 'Youth exchange', ru: 'Молодёжный обмен', kk: 'Жастар алмасуы' },
      supportingOrganisationIds: [ids.supportId],
    });
    await make('finished', {
      dueDate: '2027-03-31',
      status: 'in_progress',
      progress: 60,
      title: { en: 'Platform charter' },
    });
    await make('late', { dueDate: '2026-12-15', status: 'planned', title: { en: 'Hydrogen round table' } });
    // A verified report on the first one.
    const update = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: {
        milestoneId: milestoneIds.moved,
        progress: 40,
        status: 'in_progress',
        narrative: { en: 'Forty students selected', ru: 'Отобраны сорок студентов' },
      },
    });
    expect(update.statusCode).toBe(201);
    const approved = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.json<{ id: string }>().id}/approve`,
      payload: { version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    first = await makeReport('First report to the plenary', { periodFrom: '2026-07-01', periodTo: '2026-12-31' });
  }, 60_000);
  afterAll(() => t.close());

  it('freezes every milestone with its figures; a first report has nothing to compare with', async () => {
    expect(first).toMatchObject({ milestoneCount: 3, previousReportId: null, changes: { previousReportId: null } });
    const csv = parse((await download(first.id, 'csv')).rawPayload, { bom: true }) as string[][];
    const [header, ...rows] = csv;
    expect(header.slice(0, 8)).toEqual([
      'Priority',
      'Objective',
      'Code',
      'Milestone',
      'Start',
      'Due',
      'Status',
      'Progress (%)',
    ]);
    expect(rows.map((row) => row[2])).toEqual([codes.moved, codes.finished, codes.late]);
    const moved = rows[0];
    expect(moved.slice(3, 8)).toEqual(['Youth exchange', '', '2027-06-30', 'In progress', '40']);
    expect(moved[header.indexOf('Verified (%)')]).toBe('40');
    expect(moved[header.indexOf('Supporting organisations')]).not.toBe('');
    expect(moved[header.indexOf('Latest report')]).toBe('Forty students selected');
  });

  it('later edits never change a report; the next one shows exactly what changed', async () => {
    await put(`/api/milestones/${milestoneIds.moved}`, { dueDate: '2027-09-30' });
    await put(`/api/milestones/${milestoneIds.finished}`, { status: 'completed', progress: 100 });
    const added = await createMilestone(t, ids, { dueDate: '2027-12-31', title: { en: 'Civil society forum' } });
    codes.added = added.code;
    // A month later: the unfinished milestone due in December is now late.
    t.clock.set(new Date('2027-01-05T08:00:00Z'));
    second = await makeReport('Second report to the plenary');
    t.clock.set(TEST_NOW);

    const again = (await staff.request({ method: 'GET', url: `/api/reports/${first.id}` })).json<Report>();
    expect(again.changes).toEqual(first.changes);
    const frozen = parse((await download(first.id, 'csv')).rawPayload, { bom: true }) as string[][];
    expect(frozen.slice(1).map((row) => [row[2], row[5], row[6]])).toEqual([
      [codes.moved, '2027-06-30', 'In progress'],
      [codes.finished, '2027-03-31', 'In progress'],
      [codes.late, '2026-12-15', 'Planned'],
    ]);

    expect(second.previousReportId).toBe(first.id);
    expect(second.milestoneCount).toBe(4);
    expect(second.changes).toMatchObject({
      previousReportId: first.id,
      added: [{ code: codes.added }],
      completed: [{ code: codes.finished }],
      newlyDelayed: [{ code: codes.late }],
      dueDateChanged: [{ code: codes.moved, from: '2027-06-30', to: '2027-09-30' }],
      progressChanged: [{ code: codes.finished, from: 60, to: 100, delta: 40 }],
    });
  });

  it('DOCX: the opinion facts, the summary, every milestone and the changes, in each language', async () => {
    const en = await docxText(second.id, 'en');
    for (const expected of [
      'Second report to the plenary',
      "Rapporteur: Dumitru Fornea (Workers' Group, Group II, Romania)",
      'Adopted by the section: 11 February 2025',
      'Adopted in plenary: 26–27 March 2025 (147 in favour, 0 against, 3 abstentions)',
      'Summary by priority',
      `${codes.moved}`,
      'Youth exchange',
      'Forty students selected',
      'Changes since the report of 27 November 2026',
      `${codes.added} Civil society forum`,
      `${codes.moved} Youth exchange: 30 June 2027 → 30 September 2027`,
      `${codes.finished} Platform charter: 60% → 100% (+40)`,
    ]) {
      expect(en).toContain(expected);
    }
    const kk = await docxText(second.id, 'kk');
    expect(kk).toContain('Басымдықтар бойынша жиынтық');
    expect(kk).toContain('Жастар алмасуы');
    expect(kk).toContain('Соңғы баяндамадан бергі өзгерістер'.slice(0, 5));
    const ru = await docxText(first.id, 'ru');
    expect(ru).toContain('Это первый доклад по плану');
    expect(ru).toContain('Отобраны сорок студентов');
  });

  it('PDF: the same content, with Kazakh Cyrillic rendered as text', async () => {
    const kk = await pdfText(second.id, 'kk');
    expect(kk).toContain('Басымдықтар бойынша жиынтық');
    expect(kk).toContain('Жастар алмасуы');
    expect(kk).toContain(codes.added);
    const en = await pdfText(second.id, 'en');
    expect(en).toContain('Dumitru Fornea');
    expect(en).toContain('Newly delayed');
  });

  it('XLSX: a sheet per level and one of changes, typed cells, filters and a frozen header', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(second.id, 'xlsx', 'ru')).rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Сводка по приоритетам',
      'Цель',
      'Этапы',
      'Изменения с последнего доклада',
    ]);
    const milestones = book.getWorksheet('Этапы')!;
    expect(milestones.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(milestones.autoFilter).toBeTruthy();
    expect(milestones.rowCount).toBe(5);
    const header = milestones.getRow(1).values as unknown[];
    const row = milestones.getRow(2);
    expect(row.getCell(3).value).toBe(codes.moved);
    expect(row.getCell(4).value).toBe('Молодёжный обмен');
    expect(row.getCell(6).value).toEqual(new Date('2027-09-30T00:00:00Z'));
    expect(row.getCell(8).value).toBe(40);
    expect(header[7]).toBe('Статус');
    const summary = book.getWorksheet('Сводка по приоритетам')!;
    expect(summary.getRow(2).getCell(3).value).toBe(4);
    const changes = book.getWorksheet('Изменения с последнего доклада')!;
    expect(changes.getColumn(1).values).toContain('Новые этапы');
  });

  it('refuses bad input with a 400 naming it, and changes nothing', async () => {
    const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports'))[0].n;
    const before = await count();
    const post = (payload: object) => staff.request({ method: 'POST', url: '/api/reports', payload });
    const cases: Array<[object, string]> = [
      [{ title: { en: 'x' } }, 'actionPlanId'],
      [{ actionPlanId: '00000000-0000-0000-0000-000000000000', title: { en: 'x' } }, 'actionPlanId'],
      [{ actionPlanId: ids.planId, title: 'x' }, 'title'],
      [{ actionPlanId: ids.planId, title: { en: 'x'.repeat(301) } }, 'title.en'],
      [{ actionPlanId: ids.planId, periodFrom: '2027-02-01', periodTo: '2027-01-01' }, 'periodTo'],
      [{ actionPlanId: ids.planId, periodFrom: '2027-02-30' }, 'periodFrom'],
      [{ actionPlanId: ids.planId, content: {} }, 'content'],
    ];
    for (const [payload, field] of cases) {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toContain(field);
    }
    for (const [query, field] of [
      ['format=odt', 'format'],
      ['format=pdf&lang=de', 'lang'],
      ['', 'format'],
    ]) {
      const response = await staff.request({ method: 'GET', url: `/api/reports/${first.id}/download?${query}` });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toEqual([field]);
    }
    const missing = await staff.request({
      method: 'GET',
      url: '/api/reports/00000000-0000-0000-0000-000000000000/download?format=pdf',
    });
    expect(missing.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('only the title and period can be corrected; the frozen content ignores what is sent', async () => {
    const current = (await staff.request({ method: 'GET', url: `/api/reports/${first.id}` })).json<Report>();
    const response = await staff.request({
      method: 'PUT',
      url: `/api/reports/${first.id}`,
      headers: { 'if-match': `W/"${current.version}"` },
      payload: { ...current, title: { en: 'First report (corrected)' }, milestoneCount: 99, changes: { added: [] } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      title: { en: 'First report (corrected)' },
      milestoneCount: 3,
      changes: first.changes,
    });
  });

  it('partners never read reports (they show every organisation); viewers do', async () => {
    expect((await partner.request({ method: 'GET', url: '/api/reports' })).statusCode).toBe(403);
    expect(
      (await partner.request({ method: 'GET', url: `/api/reports/${first.id}/download?format=csv` })).statusCode,
    ).toBe(403);
    const listed = await viewer.request({ method: 'GET', url: '/api/reports' });
    expect(listed.statusCode).toBe(200);
    expect(listed.headers['content-range']).toBe('reports 0-1/2');
    expect((await download(second.id, 'docx', 'en', viewer)).headers['content-disposition']).toMatch(
      /attachment; filename=".*-report-2027-01-05-en\.docx"/,
    );
  });
});
