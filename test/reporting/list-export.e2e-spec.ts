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
      new RegExp(`attachment; filename="${resource}-\\d{4}-\\d{2}-\\d{2}-(en|ru|kk)\\.csv"`),
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
    expect(column('Code')).toEqual([...column('Code')].sort());
    expect(header).toEqual(
      expect.arrayContaining(['id', 'Code', 'Title (EN)', 'Title (RU)', 'Title (KK)', 'Internal notes']),
    );
    expect(column('Title (RU)')[column('Code').indexOf(codes.ownInternal)]).toBe('Свой');
    expect(column('Internal notes')).toContain('staff eyes only');
  });

  it('a partner: exactly what its list shows, scoped in SQL, without staff-only fields', async () => {
    const listed = (await partner.request({ method: 'GET', url: '/api/milestones' })).json<Array<{ code: string }>>();
    const { header, column } = await csv(partner, 'milestones');
    expect(column('Code').sort()).toEqual(listed.map((m) => m.code).sort());
    expect(column('Code')).toEqual(expect.arrayContaining([codes.ownInternal, codes.otherPublic]));
    expect(column('Code')).not.toContain(codes.otherInternal);
    expect(header).not.toContain('Internal notes');
  });

  it('filters as the list does', async () => {
    const { column } = await csv(
      staff,
      'milestones',
      `&filter=${encodeURIComponent(JSON.stringify({ status: 'at_risk' }))}`,
    );
    expect(column('Code')).toEqual([codes.otherPublic]);
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
    const progress = header.indexOf('Progress (%)');
    expect(typeof sheet.getRow(2).getCell(progress).value).toBe('number');
  });

  it('reads like a list, not a dump: codes and names of what it references, labels and headers in the language', async () => {
    const { header, rows } = await csv(staff, 'milestones', `&lang=ru&sort=["code","ASC"]`);
    const organisation = (await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` })).json<{
      shortCode: string;
      name: { en: string };
    }>();
    const row = Object.fromEntries(
      header.map((name, i) => [name, rows.find((r) => r.includes(codes.ownInternal))![i]]),
    );
    expect(row).toMatchObject({
      Код: codes.ownInternal,
      'Название (RU)': 'Свой',
      'Ведущая организация': organisation.shortCode,
      'Ведущая организация (название)': organisation.name.en,
      Доступ: 'Внутренний',
      Статус: 'Запланирован',
      Срок: '2027-06-30',
    });
    expect(row['Цель']).toMatch(/^P\d+\.O\d+$/);
    // The ids only last, for a file sent back; no UUID before them.
    const firstId = header.indexOf('id');
    expect(header.slice(firstId)).toEqual([
      'id',
      'version',
      'objectiveId',
      'leadOrganisationId',
      'supportingOrganisationIds',
    ]);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-/;
    expect(rows.flatMap((cells) => cells.slice(0, firstId)).filter((cell) => uuid.test(cell))).toEqual([]);
    // A Russian reader's own export is in Russian without asking.
    const russian = await t.user('staff');
    await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [russian.id]);
    const own = await russian.request({ method: 'GET', url: '/api/organisations/export?format=csv' });
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Краткий код');
    const unknown = await staff.request({ method: 'GET', url: '/api/milestones/export?format=csv&lang=de' });
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json<{ errors: object }>().errors)).toEqual(['lang']);
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
