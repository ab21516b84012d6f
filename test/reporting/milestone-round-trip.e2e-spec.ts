import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { exportHeader, serverWords } from '#i18n';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile } from '../support/multipart.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

interface Report {
  dryRun: boolean;
  created: number;
  updated: number;
  invalid: number;
  rows: Array<{
    row: number;
    code: string | null;
    action: string;
    errors: Record<string, string>;
    changes: Record<string, { from: unknown; to: unknown }>;
  }>;
}

/**
 * The round trip staff asked for: a milestone export, edited in a spreadsheet (in Russian, here) and imported
 * again, updates the milestones it names by code, after a dry run that shows each row's change; all rows or none;
 * the import audited once, beside each milestone's own change.
 */
describe('milestone export → spreadsheet → import', () => {
  let t: TestApp;
  let ids: Ids;
  let staff: TestUser;
  let a: { id: string; code: string };
  let b: { id: string; code: string };
  let untouched: { id: string; code: string };

  const ru = (column: Parameters<typeof exportHeader>[1], language?: 'en' | 'ru' | 'kk') =>
    exportHeader('ru', column, language);

  /** The plan's milestones as a Russian reader exports them, as rows of cells by header. */
  const exported = async () => {
    const filter = encodeURIComponent(JSON.stringify({ actionPlanId: ids.planId }));
    const response = await staff.request({
      method: 'GET',
      url: `/api/milestones/export?format=csv&lang=ru&sort=["code","ASC"]&filter=${filter}`,
    });
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = parse(response.rawPayload, { bom: true }) as string[][];
    return { header, rows };
  };
  const edit = (file: { header: string[]; rows: string[][] }, code: string, changes: Record<string, string>) => {
    const row = file.rows.find((cells) => cells[file.header.indexOf(ru('code'))] === code)!;
    for (const [column, value] of Object.entries(changes)) row[file.header.indexOf(column)] = value;
  };
  const upload = (file: { header: string[]; rows: string[][] }, dryRun: boolean) =>
    staff.request({
      method: 'POST',
      url: `/api/milestones/import?actionPlanId=${ids.planId}&dryRun=${dryRun}`,
      ...multipartFile(
        Buffer.from(`\uFEFF${stringify([file.header, ...file.rows])}`, 'utf8'),
        'milestones.csv',
        'text/csv',
      ),
    });
  const milestone = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/milestones/${id}` })).json<{
      version: number;
      status: string;
      dueDate: string;
      title: Record<string, string>;
      progress: number;
    }>();

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    staff = await t.user('staff');
    a = await createMilestone(t, ids, {
      title: { en: 'Youth exchange', ru: 'Молодёжный обмен' },
      dueDate: '2027-06-30',
    });
    b = await createMilestone(t, ids, { title: { en: 'Round table', ru: 'Круглый стол' }, dueDate: '2027-09-30' });
    untouched = await createMilestone(t, ids, {
      title: { en: 'Charter', ru: 'Хартия' },
      supportingOrganisationIds: [ids.supportId],
    });
  }, 60_000);
  afterAll(() => t.close());

  it('a dry run shows, row by row, what the edited export would change, and changes nothing', async () => {
    const file = await exported();
    const statuses = serverWords('ru').report.statuses;
    edit(file, a.code, { [ru('status')]: statuses.in_progress, [ru('title', 'kk')]: 'Жастар алмасуы' });
    edit(file, b.code, { [ru('dueDate')]: '2027-12-15', [ru('progress')]: '25' });
    const before = await milestone(a.id);
    const response = await upload(file, true);
    expect(response.statusCode).toBe(200);
    const report = response.json<Report>();
    expect(report).toMatchObject({ dryRun: true, created: 0, updated: 0, invalid: 0 });
    const byCode = new Map(report.rows.map((row) => [row.code, row]));
    expect(byCode.get(a.code)).toMatchObject({
      action: 'update',
      errors: {},
      changes: {
        status: { from: 'planned', to: 'in_progress' },
        title: {
          from: { en: 'Youth exchange', ru: 'Молодёжный обмен' },
          to: expect.objectContaining({ kk: 'Жастар алмасуы' }),
        },
      },
    });
    expect(Object.keys(byCode.get(a.code)!.changes).sort()).toEqual(['status', 'title']);
    expect(byCode.get(b.code)).toMatchObject({
      action: 'update',
      changes: { dueDate: { from: '2027-09-30', to: '2027-12-15' }, progress: { from: 0, to: 25 } },
    });
    // Exported and sent back as it was: nothing to do (labels, organisations by code, empty cells included).
    expect(byCode.get(untouched.code)).toMatchObject({ action: 'unchanged', errors: {}, changes: {} });
    expect((await milestone(a.id)).version).toBe(before.version);
  });

  it('the import applies every change in one go, each milestone audited, and the import once', async () => {
    const file = await exported();
    edit(file, a.code, { [ru('status')]: serverWords('ru').report.statuses.at_risk });
    edit(file, b.code, { [ru('dueDate')]: '2027-12-15' });
    const response = await upload(file, false);
    expect(response.statusCode).toBe(200);
    expect(response.json<Report>()).toMatchObject({ dryRun: false, created: 0, updated: 2, invalid: 0 });
    expect((await milestone(a.id)).status).toBe('at_risk');
    expect((await milestone(b.id)).dueDate).toBe('2027-12-15');
    const events = await t.db.query<{ entity_type: string; action: string; after: { updated?: string[] } }>(
      `SELECT entity_type, action, after FROM audit_events WHERE actor_id = $1 ORDER BY occurred_at, id`,
      [staff.id],
    );
    expect(events.filter((e) => e.entity_type === 'milestones' && e.action === 'update')).toHaveLength(2);
    const imports = events.filter((e) => e.action === 'import');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ entity_type: 'action-plans' });
    expect(imports[0].after.updated?.sort()).toEqual([a.code, b.code].sort());
  });

  it('a file exported before a change is refused row by row, whole, naming the version', async () => {
    const stale = await exported();
    const version = (await milestone(a.id)).version;
    const put = await t.request({
      method: 'PUT',
      url: `/api/milestones/${a.id}`,
      headers: { 'if-match': `W/"${version}"` },
      payload: { progress: 60 },
    });
    expect(put.statusCode).toBe(200);
    edit(stale, a.code, { [ru('progress')]: '70' });
    edit(stale, b.code, { [ru('progress')]: '30' });
    const response = await upload(stale, false);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<{ errors: object }>().errors)).toEqual([
      `row ${stale.rows.findIndex((r) => r.includes(a.code)) + 2}.version`,
    ]);
    // All or nothing: the good row did not apply either.
    expect((await milestone(b.id)).progress).not.toBe(30);
    expect((await milestone(a.id)).progress).toBe(60);
  });

  it('"delayed" cannot be set, an unknown organisation is named, and a milestone stays under its objective', async () => {
    const file = await exported();
    edit(file, a.code, { [ru('status')]: serverWords('ru').report.statuses.delayed });
    edit(file, b.code, { [ru('lead')]: 'NO-SUCH-ORG', [ru('objective')]: 'P9.O9' });
    const report = (await upload(file, true)).json<Report>();
    const byCode = new Map(report.rows.map((row) => [row.code, row]));
    expect(Object.keys(byCode.get(a.code)!.errors)).toEqual(['status']);
    expect(Object.keys(byCode.get(b.code)!.errors).sort()).toEqual(['lead', 'objective']);
    expect(report.invalid).toBe(2);
  });
});
