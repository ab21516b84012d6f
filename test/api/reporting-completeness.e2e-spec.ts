import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('reporting completeness per organisation', () => {
  let t: TestApp;
  let ids: Ids;
  const report = async (milestoneId: string, submittedAt: string) => {
    const update = await t.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId, progress: 50, status: 'in_progress', narrative: { en: 'x' } },
    });
    await t.db.query('UPDATE progress_updates SET submitted_at = $2 WHERE id = $1', [
      update.json<{ id: string }>().id,
      submittedAt,
    ]);
  };
  const get = (filter: object, as = t.request) =>
    as({ method: 'GET', url: `/api/reporting-completeness?filter=${encodeURIComponent(JSON.stringify(filter))}` });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    // The lead reports on M1 before its due date, on M2 after it, never on M3; the supporting organisation never.
    const m1 = await createMilestone(t, ids, { dueDate: '2026-11-15', supportingOrganisationIds: [ids.supportId] });
    const m2 = await createMilestone(t, ids, { dueDate: '2026-10-20' });
    await createMilestone(t, ids, { dueDate: '2026-12-20' });
    await createMilestone(t, ids, { dueDate: '2026-09-30', status: 'completed', progress: 100 }); // closed before: not expected
    await report(m1.id, '2026-11-10T08:00:00Z');
    await report(m2.id, '2026-11-02T08:00:00Z');
    await report(m2.id, '2026-09-15T08:00:00Z'); // before the period: does not count
  });
  afterAll(() => t.close());

  it('counts, per organisation, the milestones reported on time, late and not at all in the current period', async () => {
    const response = await get({ actionPlanId: ids.planId });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('reporting-completeness 0-1/2');
    const rows = response.json<Array<Record<string, unknown>>>();
    expect(rows.find((row) => row.id === ids.leadId)).toMatchObject({
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
      milestones: 3,
      submitted: 1,
      late: 1,
      missing: 1,
    });
    expect(rows.find((row) => row.id === ids.supportId)).toMatchObject({
      milestones: 1,
      submitted: 0,
      late: 0,
      missing: 1,
    });
  });

  it('takes an explicit period', async () => {
    const rows = (await get({ actionPlanId: ids.planId, from: '2026-11-05', to: '2026-11-30' })).json<
      Array<Record<string, unknown>>
    >();
    expect(rows.find((row) => row.id === ids.leadId)).toMatchObject({ submitted: 1, late: 0, missing: 2 });
  });

  it("counts a report on the day it was made in the plan's time zone (Asia/Almaty, UTC+5), to the minute", async () => {
    const org = await createOrganisation(t);
    const milestone = await createMilestone(
      t,
      { objectiveId: ids.objectiveId, leadId: org.id },
      { dueDate: '2026-12-20' },
    );
    // 19:30 UTC on the 19th is 00:30 on the 20th in Almaty.
    await report(milestone.id, '2026-11-19T19:30:00Z');
    const line = async (from: string, to: string) =>
      (await get({ actionPlanId: ids.planId, from, to }))
        .json<Array<Record<string, unknown>>>()
        .find((row) => row.id === org.id);
    expect(await line('2026-11-01', '2026-11-19')).toMatchObject({ submitted: 0, missing: 1 });
    expect(await line('2026-11-20', '2026-11-20')).toMatchObject({ submitted: 1, missing: 0 });
    // The period's first minute in Almaty counts; the minute before it does not.
    await t.db.query(`UPDATE progress_updates SET submitted_at = '2026-11-19T19:00:00Z' WHERE milestone_id = $1`, [
      milestone.id,
    ]);
    expect(await line('2026-11-20', '2026-11-30')).toMatchObject({ submitted: 1, missing: 0 });
    await t.db.query(`UPDATE progress_updates SET submitted_at = '2026-11-19T18:59:59Z' WHERE milestone_id = $1`, [
      milestone.id,
    ]);
    expect(await line('2026-11-20', '2026-11-30')).toMatchObject({ submitted: 0, missing: 1 });
    expect(await line('2026-11-19', '2026-11-19')).toMatchObject({ submitted: 1, missing: 0 });
  });

  it("shows a partner its own organisation's line only", async () => {
    const partner = await t.user('partner', ids.supportId);
    const rows = (await get({ actionPlanId: ids.planId }, partner.request)).json<Array<{ id: string }>>();
    expect(rows.map((row) => row.id)).toEqual([ids.supportId]);
  });

  it.each([
    [{}, /actionPlanId/],
    [{ actionPlanId: 'x' }, /actionPlanId/],
    [{ actionPlanId: '00000000-0000-4000-8000-000000000000' }, /no action plan/],
    [{ actionPlanId: '00000000-0000-4000-8000-000000000000', from: '2026-13-01' }, /from/],
    [{ actionPlanId: '00000000-0000-4000-8000-000000000000', status: 'x' }, /status/],
  ])('refuses filter %j with 400', async (filter, message) => {
    const response = await get(filter);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(message);
  });
});
