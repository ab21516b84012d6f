import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_REMINDER_SETTINGS } from '#plan';
import { ReminderDispatcher, ReminderScanner } from '#reminders';
import { addDays } from '#kernel';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Reminder timing is a setting of each plan: validated, merged, audited, and followed by the scanner. */
describe("a plan's reminder settings", () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ids: Ids;
  const plan = async () =>
    (await t.request({ method: 'GET', url: `/api/action-plans/${ids.planId}` })).json<{
      version: number;
      reminderSettings: typeof DEFAULT_REMINDER_SETTINGS;
    }>();
  const change = async (reminderSettings: unknown) =>
    t.request({
      method: 'PUT',
      url: `/api/action-plans/${ids.planId}`,
      headers: { 'if-match': `W/"${(await plan()).version}"` },
      payload: { reminderSettings },
    });

  beforeAll(async () => {
    sink = new SmtpSink();
    t = await createTestApp({ env: { SMTP_URL: await sink.start() } });
    ids = await createPlanTree(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('start as the defaults', async () => {
    expect((await plan()).reminderSettings).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it.each([
    [{ daysBefore: [0] }, 'reminderSettings.daysBefore'],
    [{ daysBefore: [7, 7] }, 'reminderSettings.daysBefore'],
    [{ daysBefore: '7' }, 'reminderSettings.daysBefore'],
    [{ escalateAfter: 0 }, 'reminderSettings.escalateAfter'],
    [{ weeklyEvery: 1.5 }, 'reminderSettings.weeklyEvery'],
    [{ escalateMissedReports: 'yes' }, 'reminderSettings.escalateMissedReports'],
    [{ sendHour: 8 }, 'reminderSettings.sendHour'],
    ['weekly', 'reminderSettings'],
  ])('refuse %j, naming %s, and change nothing', async (settings, field) => {
    const before = await plan();
    const response = await change(settings);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<{ errors: Record<string, string> }>().errors)).toContain(field);
    expect(await plan()).toEqual(before);
  });

  it('a change replaces the keys it names and keeps the others; it is audited', async () => {
    const response = await change({ daysBefore: [3, 14], escalateAfter: 21 });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ reminderSettings: unknown }>().reminderSettings).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      daysBefore: [14, 3],
      escalateAfter: 21,
    });
    expect((await change({ graceDays: 1 })).json<{ reminderSettings: unknown }>().reminderSettings).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      daysBefore: [14, 3],
      escalateAfter: 21,
      graceDays: 1,
    });
    const [audit] = await t.db.query<{ before: { reminderSettings: object }; after: { reminderSettings: object } }>(
      `SELECT before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [ids.planId],
    );
    expect(audit.before.reminderSettings).toMatchObject({ graceDays: 3 });
    expect(audit.after.reminderSettings).toMatchObject({ graceDays: 1 });
  });

  it("the scanner follows the plan's own lead times, escalation day and missed-report choice", async () => {
    await change({ daysBefore: [14], escalateAfter: 3, graceDays: 0, escalateMissedReports: false });
    const staff = await t.user('staff');
    const partner = await t.user('partner', ids.leadId);
    const milestone = await createMilestone(t, ids, { dueDate: '2027-06-30', status: 'in_progress' });
    const scanner = t.app.get(ReminderScanner);
    const dispatcher = t.app.get(ReminderDispatcher);
    const kindsOn: Record<number, string[]> = {};
    for (let offset = -31; offset <= 8; offset++) {
      t.clock.set(new Date(`${addDays('2027-06-30', offset)}T18:00:00Z`));
      const before = sink.messages.length;
      await scanner.scan();
      await dispatcher.dispatchDue();
      const kinds = sink.messages
        .slice(before)
        .filter((mail) => mail.kind !== 'weekly_digest')
        .map((mail) => mail.kind);
      if (kinds.length > 0) kindsOn[offset] = kinds;
    }
    // 14 days before (not 30, 7, 1), due, overdue, escalation after 3 days; no missed-report alert a week
    // after the quarter (offset 7) since the plan opted out.
    expect(kindsOn).toEqual({
      [-14]: ['upcoming_14'],
      0: ['due'],
      1: ['overdue_1'],
      3: ['escalation'],
      8: ['overdue_weekly'],
    });
    expect(sink.to(partner.email)[0].subject).toBe(`[REX/587] ${milestone.code} is due in 14 days`);
    expect(sink.to(staff.email).find((mail) => mail.kind === 'escalation')?.subject).toContain('is 3 days overdue');
    expect(await t.db.query(`SELECT id FROM reminders WHERE kind = 'missed_report'`)).toEqual([]);
  });
});
