import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

/** Live exports of lists: the same filter, sort, scope and field rules as the list itself. */
describe('list exports (CSV, XLSX)', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;
  let staff: TestUser;
  const codes: Record<string, string> = {};

  const csv = async (user: TestUser, resource: string, query = '') => {
    const response = await user.request({ method: 'GET', url: `/api/${resource}/export?format=csv${query}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`attachment; filename="${resource}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
    const [header, ...rows] = parse(response.rawPayload, { bom: true }) as string[][];
    return { header, rows, column: (name: string) => rows.map((row) => row[header.indexOf(name)]) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    const other = await createOrganisation(t);
    partner = await t.user('partner', ids.leadId);
    staff = await t.user('staff');
    const make = async (key: string, overrides: object, leadId = ids.leadId) => {
      codes[key] = (await createMilestone(t, { objectiveId: ids.objectiveId, leadId }, overrides)).code;
    };
    await make('ownInternal', {
      visibility: 'internal',
      internalNotes: 'staff eyes only',
      title: { en: 'Own', ru: 'Свой' },
    });
    await make('otherPublic', { visibility: 'public', title: { en: 'Public' }, status: 'at_risk' }, other.id);
    await make('otherInternal', { visibility: 'internal', title: { en: 'Hidden' } }, other.id);
  });
  afterAll(() => t.close());

  it('staff: every row the list has, translations in their own columns, staff-only fields included', async () => {
    const list = await staff.request({ method: 'GET', url: '/api/milestones' });
    const { header, rows, column } = await csv(staff, 'milestones', '&sort=["code","ASC"]');
    expect(rows).toHaveLength(Number(String(list.headers['content-range']).split('/')[1]));
    expect(column('code')).toEqual([...column('code')].sort());
    expect(header).toEqual(expect.arrayContaining(['id', 'code', 'title.en', 'title.ru', 'title.kk', 'internalNotes']));
    expect(column('title.ru')[column('code').indexOf(codes.ownInternal)]).toBe('Свой');
    expect(column('internalNotes')).toContain('staff eyes only');
  });

  it('a partner: exactly what its list shows, scoped in SQL, without staff-only fields', async () => {
    const listed = (await partner.request({ method: 'GET', url: '/api/milestones' })).json<Array<{ code: string }>>();
    const { header, column } = await csv(partner, 'milestones');
    expect(column('code').sort()).toEqual(listed.map((m) => m.code).sort());
    expect(column('code')).toEqual(expect.arrayContaining([codes.ownInternal, codes.otherPublic]));
    expect(column('code')).not.toContain(codes.otherInternal);
    expect(header).not.toContain('internalNotes');
  });

  it('filters as the list does', async () => {
    const { column } = await csv(
      staff,
      'milestones',
      `&filter=${encodeURIComponent(JSON.stringify({ status: 'at_risk' }))}`,
    );
    expect(column('code')).toEqual([codes.otherPublic]);
  });

  it('XLSX: typed cells, a filter and a frozen header', async () => {
    const response = await staff.request({ method: 'GET', url: '/api/milestones/export?format=xlsx' });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = sheet.getRow(1).values as unknown[];
    const progress = header.indexOf('progress');
    expect(typeof sheet.getRow(2).getCell(progress).value).toBe('number');
  });

  it('refuses an unknown format or a malformed filter with a 400 naming it', async () => {
    for (const [query, field] of [
      ['format=pdf', 'format'],
      ['', 'format'],
      ['format=csv&filter={', 'filter'],
      ['format=csv&filter={"constructor":1}', 'filter'],
      ['format=csv&colour=red', 'colour'],
    ]) {
      const response = await staff.request({ method: 'GET', url: `/api/milestones/export?${query}` });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toEqual([field]);
    }
  });
});
