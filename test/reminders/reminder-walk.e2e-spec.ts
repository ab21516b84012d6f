import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReminderDispatcher, ReminderScanner } from '#reminders';
import { addDays } from '#kernel';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

const DUE = '2027-03-31';
const STAFF_ALERTS = ['weekly_digest', 'missed_report'];
/** 23:00 in Almaty, 19:00 in Brussels: past 09:00 for every recipient, still the same calendar day in both. */
const evening = (date: string) => new Date(`${date}T18:00:00Z`);

describe('reminders over a simulated month and a half', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ids: Ids;
  let partner: TestUser;
  let staff: TestUser;
  let scanner: ReminderScanner;
  let dispatcher: ReminderDispatcher;

  beforeAll(async () => {
    sink = new SmtpSink();
    const smtpUrl = await sink.start();
    t = await createTestApp({
      env: { SMTP_URL: smtpUrl, MAIL_MAX_ATTEMPTS: '3', PUBLIC_URL: 'https://tracker.example.eu' },
    });
    ids = await createPlanTree(t);
    await t.request({
      method: 'PUT',
      url: `/api/organisations/${ids.leadId}`,
      headers: { 'if-match': 'W/"1"' },
      payload: {
        country: 'KZ',
        reminderContacts: [{ role: 'focal point', email: 'Focal@Lead.example', locale: 'ru' }],
      },
    });
    partner = await t.user('partner', ids.leadId);
    await t.db.query(`UPDATE users SET locale = 'kk', time_zone = 'Asia/Almaty' WHERE id = $1`, [partner.id]);
    staff = await t.user('staff');
    scanner = t.app.get(ReminderScanner);
    dispatcher = t.app.get(ReminderDispatcher);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it("sends each planned reminder exactly once, on its day, in each recipient's language", async () => {
    const milestone = await createMilestone(t, ids, {
      dueDate: DUE,
      status: 'in_progress',
      title: { en: 'Youth exchange', ru: 'Молодёжный обмен', kk: 'Жастар алмасуы' },
    });
    const days: Record<number, string[]> = {};
    const staffAlerts: Record<number, string[]> = {};
    for (let offset = -31; offset <= 30; offset++) {
      t.clock.set(evening(addDays(DUE, offset)));
      const before = sink.messages.length;
      // Twice a day, as two overlapping scheduler runs would: nothing may go out twice.
      for (let run = 0; run < 2; run++) {
        await scanner.scan();
        await Promise.all([dispatcher.dispatchDue(), dispatcher.dispatchDue()]);
      }
      const sent = sink.messages.slice(before);
      const reminders = sent.filter((mail) => !STAFF_ALERTS.includes(mail.kind));
      const alerts = sent.filter((mail) => STAFF_ALERTS.includes(mail.kind));
      if (reminders.length > 0) days[offset] = reminders.map((mail) => mail.to.toLowerCase()).sort();
      if (alerts.length > 0) staffAlerts[offset] = alerts.map((mail) => `${mail.kind} ${mail.to}`).sort();
    }
    const partners = ['focal@lead.example', partner.email].sort();
    expect(days).toEqual({
      [-30]: partners,
      [-7]: partners,
      [-1]: partners,
      0: partners,
      1: partners,
      8: partners,
      14: [staff.email],
      15: partners,
      22: partners,
      29: partners,
    });
    const toPartner = sink.to(partner.email);
    const toContact = sink.to('focal@lead.example');
    expect(toPartner[0].subject).toBe(`[REX/587] ${milestone.code} 30 күннен кейін орындалуы тиіс`);
    expect(toContact[0].subject).toBe(`[REX/587] ${milestone.code} должен быть выполнен через 30 дней`);
    expect(toContact[0].text).toContain('Молодёжный обмен');
    expect(toContact[0].text).toContain('31 марта 2027');
    expect(toPartner[0].text).toContain(`https://tracker.example.eu/#/milestones/${milestone.id}/show`);
    expect(sink.to(staff.email).find((mail) => mail.kind === 'escalation')?.subject).toBe(
      `[REX/587] ${milestone.code} is 14 days overdue: the responsible organisations have been reminded without result`,
    );
    // Staff: a digest every Monday (1 March 2027 is one), and a week after the first quarter ended, one alert
    // per organisation that did not report in it: the lead organisation.
    const digest = [`weekly_digest ${staff.email}`];
    const missed = [`missed_report ${staff.email}`];
    expect(staffAlerts).toEqual({
      [-30]: digest,
      [-23]: digest,
      [-16]: digest,
      [-9]: digest,
      [-2]: digest,
      5: digest,
      7: missed,
      12: digest,
      19: digest,
      26: digest,
    });
    const [lead] = await t.db.query<{ short_code: string }>('SELECT short_code FROM organisations WHERE id = $1', [
      ids.leadId,
    ]);
    const alert = sink.to(staff.email).find((mail) => mail.kind === 'missed_report')!;
    expect(alert.subject).toBe(`[REX/587] ${lead.short_code} did not report for 1 January 2027 – 31 March 2027`);
    expect(alert.text).toContain(`${milestone.code} Youth exchange`);
    const monday = sink.to(staff.email).find((mail) => mail.kind === 'weekly_digest')!;
    expect(monday.subject).toBe('[REX/587] Weekly digest, week of 1 March 2027');
    expect(monday.text).toMatch(/Overdue milestones \(0\)/);
    const afterDue = sink.to(staff.email).filter((mail) => mail.kind === 'weekly_digest')[5];
    expect(afterDue.text).toMatch(/Overdue milestones \(1\):\n- [^\n]*Youth exchange/);
    // Deterministic Message-IDs: one per reminder row.
    expect(new Set(sink.messages.map((mail) => mail.messageId)).size).toBe(sink.messages.length);
    // Partners also find them in the app.
    const inApp = await partner.request({ method: 'GET', url: '/api/notifications' });
    expect(inApp.json<unknown[]>()).toHaveLength(toPartner.length);
  }, 120_000);

  it('a changed due date voids the reminders planned for the old one and plans the new ones', async () => {
    const milestone = await createMilestone(t, ids, { dueDate: '2027-06-30', status: 'planned' });
    // 7 days before, at 05:00 in Almaty: planned for 09:00 in each recipient's zone, not yet sent.
    t.clock.set(new Date('2027-06-23T00:00:00Z'));
    await scanner.scan();
    const planned = await t.db.query<{ state: string }>(`SELECT state FROM reminders WHERE milestone_id = $1`, [
      milestone.id,
    ]);
    expect(planned.map((row) => row.state)).toEqual(['pending', 'pending']);
    await t.request({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { dueDate: '2027-09-30' },
    });
    t.clock.set(evening('2027-06-23'));
    const about = () => sink.messages.filter((mail) => mail.subject.includes(` ${milestone.code} `)).length;
    await scanner.scan();
    await dispatcher.dispatchDue();
    expect(about()).toBe(0);
    const states = await t.db.query<{ state: string }>(`SELECT state FROM reminders WHERE milestone_id = $1`, [
      milestone.id,
    ]);
    expect(states.map((row) => row.state)).toEqual(['void', 'void']);
    t.clock.set(evening('2027-09-23'));
    await scanner.scan();
    await dispatcher.dispatchDue();
    expect(about()).toBe(2);
  });

  it('a completed milestone gets no more reminders', async () => {
    const milestone = await createMilestone(t, ids, { dueDate: '2027-07-31', status: 'in_progress' });
    await t.request({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { status: 'completed', progress: 100 },
    });
    for (const offset of [-30, -7, -1, 0, 1, 8, 14]) {
      t.clock.set(evening(addDays('2027-07-31', offset)));
      await scanner.scan();
      await dispatcher.dispatchDue();
    }
    expect(sink.messages.filter((mail) => mail.subject.includes(` ${milestone.code} `))).toEqual([]);
    expect(await t.db.query(`SELECT id FROM reminders WHERE milestone_id = $1`, [milestone.id])).toEqual([]);
  });

  it('an SMTP server that refuses: retried with backoff, the error visible, then failed; nothing lost, nothing doubled', async () => {
    // This test follows its own reminders alone: earlier milestones closed, no staff to receive alerts.
    await t.db.query(`UPDATE milestones SET status = 'cancelled'`);
    await t.db.query(`UPDATE users SET role = 'viewer' WHERE role = 'staff'`);
    const org = await createOrganisation(t, { reminderContacts: [{ role: 'desk', email: 'desk@retry.example' }] });
    const milestone = await createMilestone(
      t,
      { objectiveId: ids.objectiveId, leadId: org.id },
      { dueDate: '2027-09-03' },
    );
    const day = evening(addDays('2027-09-03', -7));
    t.clock.set(day);
    sink.refuseWith = '451 Try again later';
    await scanner.scan();
    expect(await dispatcher.dispatchDue()).toMatchObject({ failed: 1, sent: 0 });
    const listed = await t.request({
      method: 'GET',
      url: `/api/reminders?filter=${encodeURIComponent(JSON.stringify({ milestoneId: milestone.id }))}`,
    });
    expect(listed.json()).toEqual([
      expect.objectContaining({ state: 'pending', attempts: 1, lastError: expect.stringMatching(/451/) }),
    ]);
    // Not before the backoff has passed.
    expect(await dispatcher.dispatchDue()).toMatchObject({ failed: 0, sent: 0 });
    t.clock.set(new Date(day.getTime() + 61_000));
    expect(await dispatcher.dispatchDue()).toMatchObject({ failed: 1 });
    // The SMTP server recovers before the last attempt: delivered once.
    sink.refuseWith = null;
    t.clock.set(new Date(day.getTime() + 61_000 + 301_000));
    expect(await dispatcher.dispatchDue()).toMatchObject({ sent: 1 });
    expect(sink.to('desk@retry.example')).toHaveLength(1);

    // Another that never gets through ends failed after MAIL_MAX_ATTEMPTS, with the error kept.
    const second = await createMilestone(
      t,
      { objectiveId: ids.objectiveId, leadId: org.id },
      { dueDate: '2027-09-17' },
    );
    t.clock.set(evening(addDays('2027-09-17', -1)));
    sink.refuseWith = '451 Mailbox busy';
    await scanner.scan();
    for (let attempt = 0; attempt < 3; attempt++) {
      await dispatcher.dispatchDue();
      t.clock.set(new Date(t.clock.now().getTime() + 3 * 3600_000));
    }
    sink.refuseWith = null;
    const [failed] = await t.db.query<{ state: string; attempts: number; last_error: string }>(
      `SELECT state, attempts, last_error FROM reminders WHERE milestone_id = $1`,
      [second.id],
    );
    expect(failed).toMatchObject({ state: 'failed', attempts: 3, last_error: expect.stringMatching(/Mailbox busy/) });
    expect(sink.to('desk@retry.example')).toHaveLength(1);
  });
});
