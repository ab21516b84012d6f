import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, TEST_NOW, type TestApp, type TestUser } from '../support/test-app.js';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';

type Update = { id: string; state: string; version: number; milestoneVersion: number; reviewComment: string | null };
type Milestone = {
  id: string;
  version: number;
  progress: number;
  status: string;
  lastReport: Record<string, unknown> | null;
  lastVerification: Record<string, unknown> | null;
};

describe('the review workflow', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;
  let supportingPartner: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    partner = await t.user('partner', ids.leadId);
    supportingPartner = await t.user('partner', ids.supportId);
    staff = await t.user('staff');
  });
  afterAll(() => t.close());

  const milestone = async (overrides: object = {}) =>
    createMilestone(t, ids, {
      supportingOrganisationIds: [ids.supportId],
      status: 'in_progress',
      progress: 10,
      ...overrides,
    });
  const report = async (by: TestUser, milestoneId: string, progress = 60, status = 'in_progress') => {
    const response = await by.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: {
        milestoneId,
        progress,
        status,
        narrative: { en: 'Two workshops held', ru: 'Проведены два семинара' },
        evidence: [{ url: 'https://example.org/report.pdf', title: 'Report' }],
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json<Update>();
  };
  const getMilestone = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/milestones/${id}` })).json<Milestone>();
  const outbox = async (progressUpdateId: string) =>
    (
      await t.db.query<{ topic: string }>(
        `SELECT topic FROM outbox_messages WHERE payload->>'progressUpdateId' = $1 ORDER BY created_at`,
        [progressUpdateId],
      )
    ).map((row) => row.topic);
  const trail = async (entityId: string) =>
    await t.db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
      [entityId],
    );

  it('a partner reports; the milestone shows the self-reported figure; approval applies it once, verified by staff', async () => {
    const m = await milestone();
    const update = await report(partner, m.id, 60, 'at_risk');
    expect(update).toMatchObject({
      state: 'submitted',
      milestoneVersion: 1,
      organisationId: ids.leadId,
      submittedById: partner.id,
    });
    const reported = await getMilestone(m.id);
    expect(reported).toMatchObject({ progress: 10, status: 'in_progress', version: 1 });
    expect(reported.lastReport).toMatchObject({
      progress: 60,
      status: 'at_risk',
      state: 'submitted',
      submittedById: partner.id,
    });
    expect(reported.lastVerification).toBeNull();

    const approved = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/approve`,
      headers: { 'if-match': 'W/"1"' },
      payload: { comment: 'Checked the report' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      state: 'approved',
      reviewedById: staff.id,
      reviewComment: 'Checked the report',
      version: 2,
    });

    const verified = await getMilestone(m.id);
    expect(verified).toMatchObject({ progress: 60, status: 'at_risk', version: 2 });
    expect(verified.lastVerification).toMatchObject({
      progress: 60,
      reviewedById: staff.id,
      progressUpdateId: update.id,
    });
    expect(verified.lastReport).toMatchObject({ progress: 60, state: 'approved' });

    expect(await outbox(update.id)).toEqual(['progress-update.submitted', 'progress-update.approved']);
    expect((await trail(update.id)).map((event) => [event.action, event.actor_id])).toEqual([
      ['create', partner.id],
      ['approve', staff.id],
    ]);
    expect((await trail(m.id)).map((event) => event.action)).toEqual(['create', 'update']);

    const again = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/approve`,
      payload: { version: 2 },
    });
    expect(again.statusCode).toBe(409);
    expect((await getMilestone(m.id)).version).toBe(2);
  });

  it('a supporting organisation may report too, under its own name', async () => {
    const m = await milestone();
    const update = await report(supportingPartner, m.id, 30);
    expect(update).toMatchObject({ organisationId: ids.supportId });
  });

  it('return with a comment, revise, resubmit, approve', async () => {
    const m = await milestone();
    const update = await report(partner, m.id, 80);
    const noComment = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/return`,
      payload: {},
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json()).toMatchObject({ errors: { comment: expect.any(String) } });
    const returned = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/return`,
      payload: { comment: 'Please attach the attendance list', version: 1 },
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', reviewComment: 'Please attach the attendance list' });
    // Returned updates cannot be approved until resubmitted.
    expect(
      (
        await staff.request({
          method: 'POST',
          url: `/api/progress-updates/${update.id}/approve`,
          payload: { version: 2 },
        })
      ).statusCode,
    ).toBe(409);

    const revised = await partner.request({
      method: 'PUT',
      url: `/api/progress-updates/${update.id}`,
      payload: { ...returned.json<object>(), progress: 75, evidence: [{ url: 'https://example.org/attendance.pdf' }] },
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ state: 'returned', progress: 75 });
    const resubmitted = await partner.request({ method: 'POST', url: `/api/progress-updates/${update.id}/submit` });
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({ state: 'submitted', version: 4 });
    const approved = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/approve`,
      payload: { version: 4 },
    });
    expect(approved.statusCode).toBe(200);
    expect(await getMilestone(m.id)).toMatchObject({ progress: 75 });
    expect(await outbox(update.id)).toEqual([
      'progress-update.submitted',
      'progress-update.returned',
      'progress-update.submitted',
      'progress-update.approved',
    ]);
    expect((await trail(update.id)).map((event) => event.action)).toEqual([
      'create',
      'return',
      'update',
      'submit',
      'approve',
    ]);
  });

  it('a rejected update closes without touching the milestone and can no longer be edited', async () => {
    const m = await milestone();
    const update = await report(partner, m.id, 95, 'completed');
    const rejected = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/reject`,
      payload: { comment: 'Duplicate of an earlier report', version: 1 },
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ state: 'rejected' });
    expect(await getMilestone(m.id)).toMatchObject({ progress: 10, status: 'in_progress', version: 1 });
    const edit = await partner.request({
      method: 'PUT',
      url: `/api/progress-updates/${update.id}`,
      payload: { version: 2, progress: 99 },
    });
    expect(edit.statusCode).toBe(409);
    expect(
      (await partner.request({ method: 'POST', url: `/api/progress-updates/${update.id}/submit` })).statusCode,
    ).toBe(409);
  });

  it('approval fails with 409 and applies nothing when the milestone was edited after the report', async () => {
    const m = await milestone();
    const update = await report(partner, m.id, 70);
    const edited = await t.request({
      method: 'PUT',
      url: `/api/milestones/${m.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { dueDate: '2027-12-31' },
    });
    expect(edited.statusCode).toBe(200);
    const outboxBefore = await outbox(update.id);
    const refused = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/approve`,
      payload: { version: 1 },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ current: { id: m.id, version: 2 } });
    expect(await getMilestone(m.id)).toMatchObject({ progress: 10, version: 2 });
    const stored = (await t.request({ method: 'GET', url: `/api/progress-updates/${update.id}` })).json<Update>();
    expect(stored).toMatchObject({ state: 'submitted', version: 1 });
    expect(await outbox(update.id)).toEqual(outboxBefore);
    expect((await trail(update.id)).map((event) => event.action)).toEqual(['create']);

    // The reviewer looked at the milestone as it is now and approves against that version.
    const approved = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${update.id}/approve`,
      payload: { milestoneVersion: 2, version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    expect(await getMilestone(m.id)).toMatchObject({ progress: 70, version: 3 });
  });

  it('of 50 parallel approvals of the same update, exactly one applies', async () => {
    const m = await milestone();
    const update = await report(partner, m.id, 42);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        staff.request({
          method: 'POST',
          url: `/api/progress-updates/${update.id}/approve`,
          headers: { 'if-match': 'W/"1"' },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect(await getMilestone(m.id)).toMatchObject({ progress: 42, version: 2 });
    expect((await trail(m.id)).filter((event) => event.action === 'update')).toHaveLength(1);
    expect(await outbox(update.id)).toEqual(['progress-update.submitted', 'progress-update.approved']);
  });

  it('the review queue lists updates awaiting review, oldest first, filtered by organisation and priority', async () => {
    const m = await milestone();
    const first = await report(partner, m.id, 20);
    t.clock.set(new Date(TEST_NOW.getTime() + 60_000));
    const second = await report(supportingPartner, m.id, 25);
    t.clock.set(TEST_NOW);
    const queue = async (filter: object) =>
      (
        await staff.request({
          method: 'GET',
          url: `/api/progress-updates/review-queue?filter=${encodeURIComponent(JSON.stringify(filter))}`,
        })
      )
        .json<Update[]>()
        .map((row) => row.id);
    const all = await queue({ milestoneId: m.id });
    expect(all).toEqual([first.id, second.id]);
    expect(await queue({ milestoneId: m.id, organisationId: ids.supportId })).toEqual([second.id]);
    expect(await queue({ milestoneId: m.id, priorityId: ids.priorityId })).toEqual([first.id, second.id]);
    await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${first.id}/reject`,
      payload: { comment: 'Superseded', version: 1 },
    });
    expect(await queue({ milestoneId: m.id })).toEqual([second.id]);
    expect((await partner.request({ method: 'GET', url: '/api/progress-updates/review-queue' })).statusCode).toBe(403);
  });

  it('a refused write leaves no audit event and no outbox message', async () => {
    const m = await milestone();
    const before = await t.db.query<{ audit: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM audit_events) AS audit, (SELECT count(*)::int FROM outbox_messages) AS outbox`,
    );
    const invalid = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: m.id, progress: 101, status: 'in_progress', narrative: {} },
    });
    expect(invalid.statusCode).toBe(400);
    const after = await t.db.query(
      `SELECT (SELECT count(*)::int FROM audit_events) AS audit, (SELECT count(*)::int FROM outbox_messages) AS outbox`,
    );
    expect(after).toEqual(before);
  });
});
