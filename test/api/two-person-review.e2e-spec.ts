import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { type OutboxEntry, OutboxRelay } from '#database';
import { NotificationService } from '#notifications';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile, SAMPLE_FILES } from '../support/multipart.js';
import { createTestApp, TEST_NOW, type TestApp, type TestUser } from '../support/test-app.js';

type Update = {
  id: string;
  version: number;
  state: string;
  progress: number;
  submittedById: string | null;
  enteredByRole: string;
  enteredByStaff: boolean;
  revisedById: string | null;
  revisedAt: string | null;
  milestoneVersion: number;
  evidenceFiles: Array<{ id: string }>;
};
type Milestone = {
  id: string;
  code: string;
  version: number;
  progress: number;
  status: string;
  recordedStatus: string;
  lastReport: Record<string, unknown> | null;
  lastVerification: Record<string, unknown> | null;
};

/**
 * Issue #14, "every verified figure has two people behind it": nobody approves what they entered or revised,
 * staff do not rewrite a partner's report, a review decides on the version it read, and closed milestones take
 * no reports.
 */
describe('two people behind every verified figure', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let relay: OutboxRelay;
  let notifications: NotificationService;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    partner = await t.user('partner', ids.leadId);
    [alice, bob, carol] = await Promise.all([t.user('staff'), t.user('staff'), t.user('staff')]);
    relay = new OutboxRelay(t.db);
    notifications = t.app.get(NotificationService);
  });
  afterAll(() => t.close());

  const milestone = async (overrides: object = {}) =>
    (await createMilestone(t, ids, {
      status: 'in_progress',
      progress: 10,
      visibility: 'public',
      ...overrides,
    })) as unknown as Milestone;
  const report = async (by: TestUser, milestoneId: string, progress = 60, status = 'in_progress') => {
    const response = await by.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId, progress, status, narrative: { en: 'Two workshops held' } },
    });
    expect(response.statusCode).toBe(201);
    return response.json<Update>();
  };
  const review = (by: TestUser, id: string, action: string, version: number | null, body: object = {}) =>
    by.request({
      method: 'POST',
      url: `/api/progress-updates/${id}/${action}`,
      headers: version === null ? {} : { 'if-match': `W/"${version}"` },
      payload: action === 'approve' ? body : { comment: 'Please check the figures', ...body },
    });
  const getUpdate = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/progress-updates/${id}` })).json<Update>();
  const getMilestone = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/milestones/${id}` })).json<Milestone>();
  const setMilestone = async (id: string, changes: object) => {
    const current = await getMilestone(id);
    const response = await t.request({
      method: 'PUT',
      url: `/api/milestones/${id}`,
      headers: { 'if-match': `W/"${current.version}"` },
      payload: changes,
    });
    expect(response.statusCode).toBe(200);
    return response.json<Milestone>();
  };
  const writes = async () =>
    (
      await t.db.query<{ audit: number; outbox: number }>(
        `SELECT (SELECT count(*)::int FROM audit_events) AS audit, (SELECT count(*)::int FROM outbox_messages) AS outbox`,
      )
    )[0];
  const publicFigure = async (code: string) => {
    const summary = (await t.anonymous({ method: 'GET', url: `/api/public/plans/${ids.planId}` })).json<{
      priorities: Array<{ milestones: Array<{ code: string; verifiedProgress: number | null }> }>;
    }>();
    return summary.priorities.flatMap((p) => p.milestones).find((m) => m.code === code)!.verifiedProgress;
  };
  const deliver = (entries: OutboxEntry[]) =>
    Promise.all(entries.map((entry) => notifications.fromOutbox(entry.id, entry))).then(() => undefined);
  /** Expects a refusal that changed nothing: same update, same milestone, no audit event, no outbox message. */
  const expectRefused = async (
    call: () => Promise<LightMyRequestResponse>,
    status: number,
    message: RegExp,
    updateId: string,
    milestoneId: string,
  ) => {
    const [before, update, m] = await Promise.all([writes(), getUpdate(updateId), getMilestone(milestoneId)]);
    const response = await call();
    expect(response.statusCode === status ? status : `${response.statusCode}: ${response.body}`).toBe(status);
    expect(response.json<{ message: string }>().message).toMatch(message);
    expect(await writes()).toEqual(before);
    expect(await getUpdate(updateId)).toEqual(update);
    expect(await getMilestone(milestoneId)).toEqual(m);
    return response;
  };

  describe('an update staff enter for an organisation', () => {
    it('is marked as entered by staff, stored with the role at entry, credited to the organisation', async () => {
      const m = await milestone();
      const update = await report(alice, m.id, 55);
      expect(update).toMatchObject({
        organisationId: ids.leadId,
        submittedById: alice.id,
        enteredByRole: 'staff',
        enteredByStaff: true,
        revisedById: null,
      });
      expect((await report(partner, m.id, 56)).enteredByStaff).toBe(false);
      // A later change of the account's role does not rewrite how the update was entered.
      const viewer = await t.user('staff');
      // A minute later, so that it is the milestone's latest report.
      t.clock.set(new Date(TEST_NOW.getTime() + 60_000));
      const byViewer = await report(viewer, m.id, 57);
      t.clock.set(TEST_NOW);
      await t.db.query(`UPDATE users SET role = 'viewer' WHERE id = $1`, [viewer.id]);
      expect(await getUpdate(byViewer.id)).toMatchObject({ enteredByRole: 'staff', enteredByStaff: true });
      expect((await getMilestone(m.id)).lastReport).toMatchObject({
        progressUpdateId: byViewer.id,
        enteredByStaff: true,
      });
      const listed = (
        await t.request({
          method: 'GET',
          url: `/api/progress-updates?filter=${encodeURIComponent(JSON.stringify({ milestoneId: m.id, enteredByRole: 'staff' }))}`,
        })
      ).json<Update[]>();
      expect(listed.map((row) => row.id).sort()).toEqual([update.id, byViewer.id].sort());
    });

    it('cannot be approved by whoever entered it: 403, nothing applied, not verified in public', async () => {
      const m = await milestone();
      const update = await report(alice, m.id, 100, 'completed');
      await expectRefused(
        () => review(alice, update.id, 'approve', update.version),
        403,
        /You entered this progress update: another member of staff must approve it/,
        update.id,
        m.id,
      );
      expect(await getMilestone(m.id)).toMatchObject({ progress: 10, status: 'in_progress', lastVerification: null });
      expect(await publicFigure(m.code)).toBeNull();

      const approved = await review(bob, update.id, 'approve', update.version);
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ state: 'approved', reviewedById: bob.id, enteredByStaff: true });
      expect(await getMilestone(m.id)).toMatchObject({
        progress: 100,
        status: 'completed',
        lastVerification: { progressUpdateId: update.id, reviewedById: bob.id, enteredByStaff: true },
      });
      expect(await publicFigure(m.code)).toBe(100);
    });

    it('its author may still return or reject it: neither makes a figure count', async () => {
      const m = await milestone();
      const returned = await review(alice, (await report(alice, m.id)).id, 'return', 1);
      expect(returned.statusCode).toBe(200);
      expect(returned.json()).toMatchObject({ state: 'returned', reviewedById: alice.id });
      const rejected = await review(alice, (await report(alice, m.id)).id, 'reject', 1);
      expect(rejected.statusCode).toBe(200);
      expect(await getMilestone(m.id)).toMatchObject({ progress: 10, version: 1 });
    });

    it('another member of staff may correct it, becoming its last reviser, who may not approve it either', async () => {
      const m = await milestone();
      const update = await report(alice, m.id, 40);
      const returned = await review(bob, update.id, 'return', 1);
      expect(returned.statusCode).toBe(200);
      t.clock.set(new Date('2026-11-28T09:00:00Z'));
      const revised = await carol.request({
        method: 'PUT',
        url: `/api/progress-updates/${update.id}`,
        headers: { 'if-match': 'W/"2"' },
        payload: { progress: 45 },
      });
      t.clock.set(TEST_NOW);
      expect(revised.statusCode).toBe(200);
      expect(revised.json()).toMatchObject({
        progress: 45,
        submittedById: alice.id,
        revisedById: carol.id,
        revisedAt: '2026-11-28T09:00:00.000Z',
        enteredByStaff: true,
      });
      const [event] = await t.db.query<{ actor_id: string }>(
        `SELECT actor_id FROM audit_events WHERE entity_id = $1 AND action = 'update'`,
        [update.id],
      );
      expect(event.actor_id).toBe(carol.id);
      expect(
        (await carol.request({ method: 'POST', url: `/api/progress-updates/${update.id}/submit` })).statusCode,
      ).toBe(200);
      await expectRefused(
        () => review(carol, update.id, 'approve', 4),
        403,
        /You last revised this progress update: another member of staff must approve it/,
        update.id,
        m.id,
      );
      await expectRefused(() => review(alice, update.id, 'approve', 4), 403, /You entered/, update.id, m.id);
      expect((await review(bob, update.id, 'approve', 4)).statusCode).toBe(200);
      expect(await getMilestone(m.id)).toMatchObject({ progress: 45 });
    });

    it('tells the organisation it was entered by EESC staff, never "your report", in its language', async () => {
      const m = await milestone();
      const [en, ru, kk] = await Promise.all([
        t.user('partner', ids.leadId),
        t.user('partner', ids.leadId),
        t.user('partner', ids.leadId),
      ]);
      await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [ru.id]);
      await t.db.query(`UPDATE users SET locale = 'kk' WHERE id = $1`, [kk.id]);
      await relay.relay(deliver);
      const update = await report(alice, m.id, 70);
      expect((await review(bob, update.id, 'approve', 1)).statusCode).toBe(200);
      const byPartner = await report(partner, m.id, 75);
      expect((await review(bob, byPartner.id, 'return', 1)).statusCode).toBe(200);
      await relay.relay(deliver);
      const titles = async (user: TestUser) =>
        (await user.request({ method: 'GET', url: '/api/notifications' }))
          .json<Array<{ title: string; link: string }>>()
          .filter((n) => n.title.includes(m.code))
          .map((n) => n.title)
          .sort();
      expect(await titles(en)).toEqual(
        [
          `Your progress report on ${m.code} was returned for revision`,
          `A progress report on ${m.code} entered by EESC staff for your organisation was approved`,
        ].sort(),
      );
      expect(await titles(ru)).toEqual(
        [
          `Ваш отчёт по ${m.code} возвращён на доработку`,
          `Отчёт по ${m.code}, внесённый сотрудниками ЕЭСК за вашу организацию, утверждён`,
        ].sort(),
      );
      expect(await titles(kk)).toEqual(
        [
          `${m.code} бойынша есебіңіз пысықтауға қайтарылды`,
          `${m.code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп бекітілді`,
        ].sort(),
      );
      // Reviewers are told who entered it too.
      expect(await titles(carol)).toEqual(
        [
          `New progress report on ${m.code} awaits review`,
          `New progress report on ${m.code}, entered by EESC staff for the organisation, awaits review`,
        ].sort(),
      );
    });

    it('is marked in the plenary report', async () => {
      const m = await milestone({ title: { en: 'Staff-entered step' } });
      const update = await report(alice, m.id, 35);
      expect((await review(bob, update.id, 'approve', 1)).statusCode).toBe(200);
      const made = await bob.request({
        method: 'POST',
        url: '/api/reports',
        payload: { actionPlanId: ids.planId, title: { en: 'Report with staff-entered figures' } },
      });
      expect(made.statusCode).toBe(201);
      const download = async (lang: string) => {
        const response = await bob.request({
          method: 'GET',
          url: `/api/reports/${made.json<{ id: string }>().id}/download?format=csv&lang=${lang}`,
        });
        expect(response.statusCode).toBe(200);
        const [header, ...rows] = parse(response.rawPayload, { bom: true }) as string[][];
        const row = rows.find((r) => r[2] === m.code)!;
        return (column: string) => row[header.indexOf(column)];
      };
      const en = await download('en');
      const lead = (await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` })).json<{
        shortCode: string;
      }>().shortCode;
      expect(en('Self-reported: reported by')).toBe(`${lead}; entered by EESC staff`);
      expect(en('Verified: verified by')).toMatch(/; entered by EESC staff$/);
      expect(en('Verified (%)')).toBe('35');
      const ru = await download('ru');
      expect(ru('По данным партнёров: организация')).toBe(`${lead}; внесено сотрудниками ЕЭСК`);
    });
  });

  describe("a partner's update", () => {
    it('staff cannot rewrite it (403, nothing changed); the partner revises it after a return', async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 60);
      await expectRefused(
        () =>
          alice.request({
            method: 'PUT',
            url: `/api/progress-updates/${update.id}`,
            headers: { 'if-match': 'W/"1"' },
            payload: { progress: 90 },
          }),
        403,
        /submitted by the organisation's partner: staff do not change its content; return it with a comment/,
        update.id,
        m.id,
      );
      // The admin is staff too.
      expect(
        (
          await t.request({
            method: 'PUT',
            url: `/api/progress-updates/${update.id}`,
            headers: { 'if-match': 'W/"1"' },
            payload: { progress: 90 },
          })
        ).statusCode,
      ).toBe(403);
      expect((await review(alice, update.id, 'return', 1)).statusCode).toBe(200);
      const revised = await partner.request({
        method: 'PUT',
        url: `/api/progress-updates/${update.id}`,
        headers: { 'if-match': 'W/"2"' },
        payload: { progress: 65 },
      });
      expect(revised.statusCode).toBe(200);
      expect(revised.json()).toMatchObject({ progress: 65, revisedById: partner.id, enteredByStaff: false });
    });

    it('staff cannot add or remove its evidence files; on what staff entered they can, as its revisers', async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 60);
      const upload = (by: TestUser, id: string) =>
        by.request({
          method: 'POST',
          url: `/api/progress-updates/${id}/evidence`,
          ...multipartFile(SAMPLE_FILES.pdf, 'evidence.pdf', 'application/pdf'),
        });
      const files = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_files'))[0].n;
      const before = await files();
      await expectRefused(
        () => upload(alice, update.id),
        403,
        /staff do not add evidence to it; return it with a comment/,
        update.id,
        m.id,
      );
      expect(await files()).toBe(before);
      const attached = await upload(partner, update.id);
      expect(attached.statusCode).toBe(201);
      const fileId = attached.json<{ id: string }>().id;
      await expectRefused(
        () => alice.request({ method: 'DELETE', url: `/api/progress-updates/${update.id}/evidence/${fileId}` }),
        403,
        /staff do not remove its evidence/,
        update.id,
        m.id,
      );

      const entered = await report(alice, m.id, 61);
      expect((await upload(bob, entered.id)).statusCode).toBe(201);
      expect(await getUpdate(entered.id)).toMatchObject({ version: 2, revisedById: bob.id });
      await expectRefused(() => review(bob, entered.id, 'approve', 2), 403, /You last revised/, entered.id, m.id);
      expect((await review(carol, entered.id, 'approve', 2)).statusCode).toBe(200);
    });
  });

  describe('deleting an update', () => {
    const remove = (by: TestUser, id: string, version?: number) =>
      by.request({
        method: 'DELETE',
        url: `/api/progress-updates/${id}`,
        headers: version === undefined ? {} : { 'if-match': `W/"${version}"` },
      });

    it("staff cannot delete a partner's report (403, nothing changed): they reject it, and it stays", async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 62);
      await expectRefused(() => remove(alice, update.id), 403, /staff do not delete it; reject it/, update.id, m.id);
      await expectRefused(() => remove(t.admin, update.id, 1), 403, /staff do not delete it/, update.id, m.id);
      expect((await review(alice, update.id, 'reject', 1)).statusCode).toBe(200);
      expect(await getUpdate(update.id)).toMatchObject({ state: 'rejected', progress: 62 });
    });

    it('what staff entered they may delete until it is approved; approved, it is kept (409)', async () => {
      const m = await milestone();
      const mistaken = await report(alice, m.id, 63);
      expect((await remove(bob, mistaken.id)).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: `/api/progress-updates/${mistaken.id}` })).statusCode).toBe(404);
      const entered = await report(alice, m.id, 64);
      expect((await review(bob, entered.id, 'approve', 1)).statusCode).toBe(200);
      const approved = await getUpdate(entered.id);
      await expectRefused(
        () => remove(alice, entered.id, approved.version),
        409,
        /approved progress update is part of the verified record/,
        entered.id,
        m.id,
      );
    });
  });

  describe('a review decides on the version it read', () => {
    it('without a version: 428, nothing applied', async () => {
      const m = await milestone();
      const update = await report(partner, m.id);
      for (const action of ['approve', 'return', 'reject']) {
        await expectRefused(() => review(alice, update.id, action, null), 428, /Send the version/, update.id, m.id);
      }
    });

    it('changed by the partner since it was read: approve, return and reject get 409 and apply nothing', async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 60);
      const read = await getUpdate(update.id);
      const revised = await partner.request({
        method: 'PUT',
        url: `/api/progress-updates/${update.id}`,
        headers: { 'if-match': `W/"${read.version}"` },
        payload: { progress: 99, status: 'completed' },
      });
      expect(revised.statusCode).toBe(200);
      for (const action of ['approve', 'return', 'reject']) {
        const refused = await expectRefused(
          () => review(alice, update.id, action, read.version),
          409,
          /changed by someone else/,
          update.id,
          m.id,
        );
        expect(refused.json()).toMatchObject({ current: { id: update.id, version: 2, progress: 99 } });
      }
      // In the body too, as other writes take it.
      await expectRefused(
        () =>
          alice.request({
            method: 'POST',
            url: `/api/progress-updates/${update.id}/approve`,
            payload: { version: read.version },
          }),
        409,
        /changed by someone else/,
        update.id,
        m.id,
      );
      const approved = await alice.request({
        method: 'POST',
        url: `/api/progress-updates/${update.id}/approve`,
        payload: { version: 2 },
      });
      expect(approved.statusCode).toBe(200);
      expect(await getMilestone(m.id)).toMatchObject({ progress: 99, status: 'completed' });
    });

    it('an evidence file added since it was read makes the read version stale', async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 60);
      const attached = await partner.request({
        method: 'POST',
        url: `/api/progress-updates/${update.id}/evidence`,
        ...multipartFile(SAMPLE_FILES.text, 'late.txt', 'text/plain'),
      });
      expect(attached.statusCode).toBe(201);
      await expectRefused(
        () => review(alice, update.id, 'approve', 1),
        409,
        /changed by someone else/,
        update.id,
        m.id,
      );
      expect((await review(alice, update.id, 'approve', 2)).statusCode).toBe(200);
    });
  });

  describe('a completed or cancelled milestone', () => {
    it.each(['completed', 'cancelled'])(
      'takes no new update while %s (409), and again once staff reopen it',
      async (status) => {
        const m = await milestone();
        await setMilestone(m.id, { status, ...(status === 'completed' ? { progress: 100 } : {}) });
        const before = await writes();
        const refused = await partner.request({
          method: 'POST',
          url: '/api/progress-updates',
          payload: { milestoneId: m.id, progress: 50, status: 'in_progress', narrative: { en: 'x' } },
        });
        expect(refused.statusCode).toBe(409);
        expect(refused.json<{ message: string }>().message).toBe(
          `Milestone ${m.code} is ${status}: it cannot take a new progress update until staff reopen it ` +
            '(set its status back to an open one)',
        );
        expect(await writes()).toEqual(before);
        // Staff too.
        expect(
          (
            await alice.request({
              method: 'POST',
              url: '/api/progress-updates',
              payload: { milestoneId: m.id, progress: 50, status: 'in_progress', narrative: { en: 'x' } },
            })
          ).statusCode,
        ).toBe(409);
        await setMilestone(m.id, { status: 'in_progress' });
        expect((await report(partner, m.id, 50)).state).toBe('submitted');
      },
    );

    it('closed between submission and review: approval is refused, even against its current version', async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 100, 'completed');
      const cancelled = await setMilestone(m.id, { status: 'cancelled' });
      await expectRefused(
        () => review(alice, update.id, 'approve', 1, { milestoneVersion: cancelled.version }),
        409,
        new RegExp(`Milestone ${m.code} is cancelled: it cannot have a progress update approved until staff reopen it`),
        update.id,
        m.id,
      );
      expect(await getMilestone(m.id)).toMatchObject({ recordedStatus: 'cancelled', progress: 10 });
      // Reopened by staff: the same update may be approved.
      const reopened = await setMilestone(m.id, { status: 'in_progress' });
      const approved = await review(alice, update.id, 'approve', 1, { milestoneVersion: reopened.version });
      expect(approved.statusCode).toBe(200);
      expect(await getMilestone(m.id)).toMatchObject({ recordedStatus: 'completed', progress: 100 });
      // Completed by that approval: the next report is refused.
      const next = await partner.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: m.id, progress: 100, status: 'completed', narrative: { en: 'x' } },
      });
      expect(next.statusCode).toBe(409);
    });

    it('a returned update cannot be resubmitted while the milestone is closed', async () => {
      const m = await milestone();
      const update = await report(partner, m.id, 30);
      expect((await review(alice, update.id, 'return', 1)).statusCode).toBe(200);
      await setMilestone(m.id, { status: 'completed', progress: 100 });
      await expectRefused(
        () => partner.request({ method: 'POST', url: `/api/progress-updates/${update.id}/submit` }),
        409,
        new RegExp(`Milestone ${m.code} is completed: it cannot take a resubmitted progress update`),
        update.id,
        m.id,
      );
      await setMilestone(m.id, { status: 'at_risk' });
      expect(
        (await partner.request({ method: 'POST', url: `/api/progress-updates/${update.id}/submit` })).statusCode,
      ).toBe(200);
    });
  });

  it('an approval made by its own author before the rule is not shown as verified', async () => {
    const m = await milestone({ title: { en: 'Legacy step' } });
    const earlier = await report(partner, m.id, 20);
    expect((await review(alice, earlier.id, 'approve', 1)).statusCode).toBe(200);
    // As the data of an installation before issue #14 may hold: staff entered and approved it themselves.
    const legacy = await report(bob, m.id, 90);
    await t.db.query(
      `UPDATE progress_updates SET state = 'approved', reviewed_by_id = submitted_by_id, reviewed_at = $2
       WHERE id = $1`,
      [legacy.id, new Date('2026-11-27T07:00:00Z')],
    );
    expect(await publicFigure(m.code)).toBe(20);
    expect((await getMilestone(m.id)).lastVerification).toMatchObject({ progressUpdateId: earlier.id, progress: 20 });
    const made = await carol.request({
      method: 'POST',
      url: '/api/reports',
      payload: { actionPlanId: ids.planId, title: { en: 'Report after legacy data' } },
    });
    const csv = await carol.request({
      method: 'GET',
      url: `/api/reports/${made.json<{ id: string }>().id}/download?format=csv&lang=en`,
    });
    const [header, ...rows] = parse(csv.rawPayload, { bom: true }) as string[][];
    expect(rows.find((r) => r[2] === m.code)![header.indexOf('Verified (%)')]).toBe('20');
  });
});
