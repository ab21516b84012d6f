import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile } from '../support/multipart.js';
import { eventually } from '../support/processes.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

/** What one organisation may add: reports per milestone per day, evidence per report and in all. */
describe('quotas', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;

  beforeAll(async () => {
    t = await createTestApp({
      env: { UPDATES_PER_MILESTONE_PER_DAY: '3', EVIDENCE_MB_PER_UPDATE: '2', EVIDENCE_MB_PER_ORGANISATION: '3' },
    });
    ids = await createPlanTree(t);
    partner = await t.user('partner', ids.leadId);
  });
  afterAll(() => t.close());

  const report = (milestoneId: string, user: TestUser = partner) =>
    user.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId, progress: 10, status: 'in_progress', narrative: { en: 'Again' } },
    });
  const notificationCount = async () =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages'))[0].n;

  it('an organisation sends at most 3 reports on a milestone in 24 hours; the next waits, in its language', async () => {
    const { id } = await createMilestone(t, ids);
    const sent = [await report(id), await report(id), await report(id)];
    expect(sent.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const announced = await notificationCount();
    await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [partner.id]);
    // Signed-in users are kept in memory; the change of language reaches the app by a notification.
    let refused = await report(id);
    await eventually(
      async () => (refused = await report(id)).json<{ message: string }>().message.startsWith('Ваша'),
      5000,
      'the message in the partner’s new language',
      20,
    );
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(24 * 3600);
    expect(refused.json<{ message: string }>().message).toBe(
      'Ваша организация уже отправила 3 отчёта по этому этапу за последние 24 часа — это предел; повторите через 86\u00a0400 секунд',
    );
    // Nothing kept, nobody told.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM progress_updates WHERE milestone_id = $1`, [id])).toEqual([
      { n: 3 },
    ]);
    expect(await notificationCount()).toBe(announced);
    // Another milestone is another count; a day later, this one takes reports again.
    expect((await report((await createMilestone(t, ids)).id)).statusCode).toBe(201);
    const was = t.clock.now();
    t.clock.set(new Date(was.getTime() + 24 * 3600 * 1000 + 1000));
    try {
      expect((await report(id)).statusCode).toBe(201);
    } finally {
      t.clock.set(was);
    }
    await t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [partner.id]);
  });

  it('reports sent at once cannot together pass the limit', async () => {
    const { id } = await createMilestone(t, ids);
    const answers = await Promise.all(Array.from({ length: 8 }, () => report(id)));
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(3);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(5);
  });

  it('evidence: at most 2 MB per report and 3 MB per organisation (413, nothing stored)', async () => {
    const pdf = (kb: number) =>
      Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(kb * 1024), Buffer.from('\n%%EOF\n')]);
    const upload = (updateId: string, kb: number) =>
      partner.request({
        method: 'POST',
        url: `/api/progress-updates/${updateId}/evidence`,
        ...multipartFile(pdf(kb), 'minutes.pdf', 'application/pdf'),
      });
    const first = (await report((await createMilestone(t, ids)).id)).json<{ id: string }>().id;
    expect((await upload(first, 1200)).statusCode).toBe(201);
    const overReport = await upload(first, 900);
    expect(overReport.statusCode).toBe(413);
    expect(overReport.json<{ message: string }>().message).toBe(
      'A progress report holds at most 2 MB of evidence files; remove one or send a smaller file',
    );
    const second = (await report((await createMilestone(t, ids)).id)).json<{ id: string }>().id;
    expect((await upload(second, 1500)).statusCode).toBe(201);
    const overOrganisation = await upload(second, 500);
    expect(overOrganisation.statusCode).toBe(413);
    expect(overOrganisation.json<{ message: string }>().message).toMatch(
      /^Your organisation's evidence files have reached 3 MB/,
    );
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM evidence_files f JOIN progress_updates pu ON pu.id = f.progress_update_id
          WHERE pu.organisation_id = $1`,
        [ids.leadId],
      ),
    ).toEqual([{ n: 2 }]);
  });
});
