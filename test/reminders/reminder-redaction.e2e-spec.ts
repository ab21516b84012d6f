import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReminderRepository } from '#reminders';
import { createMilestone, createOrganisation, createPlanTree } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

const CONTACT = 'desk@contact.example';

/** Recipients' addresses are for staff and the organisation's own partners (docs/api.md), never viewers. */
describe("reminder recipients' addresses", () => {
  let t: TestApp;
  let viewer: TestUser;
  let partner: TestUser;
  let staff: TestUser;
  let reminderId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await createPlanTree(t);
    const org = await createOrganisation(t, { reminderContacts: [{ role: 'desk', email: CONTACT }] });
    const milestone = await createMilestone(t, { objectiveId: ids.objectiveId, leadId: org.id });
    // As the scanner plans it: one reminder to the organisation's contact, whose delivery then failed.
    await t.app.get(ReminderRepository).insertPlanned([
      {
        milestoneId: milestone.id,
        subjectOrganisationId: null,
        kind: 'due',
        occurrence: 0,
        dueDate: milestone.dueDate,
        email: CONTACT,
        userId: null,
        organisationId: org.id,
        locale: 'en',
        timeZone: 'Asia/Almaty',
        scheduledFor: t.clock.now(),
      },
    ]);
    const [row] = await t.db.query<{ id: string }>(
      `UPDATE reminders SET state = 'failed', attempts = 6, last_error = $1 WHERE recipient_email = $2 RETURNING id`,
      [`550 5.1.1 <${CONTACT}>: Recipient address rejected`, CONTACT],
    );
    reminderId = row.id;
    viewer = await t.user('viewer');
    partner = await t.user('partner', org.id);
    staff = await t.user('staff');
  });
  afterAll(() => t.close());

  const read = async (user: TestUser, url: string) => {
    const response = await user.request({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return response;
  };

  it('staff and the organisation’s partner see the address; a viewer sees the reminder without any address', async () => {
    for (const user of [staff, partner]) {
      const [listed] = (await read(user, '/api/reminders')).json<Array<{ recipientEmail: string }>>();
      expect(listed.recipientEmail).toBe(CONTACT);
    }
    const list = await read(viewer, '/api/reminders');
    const one = await read(viewer, `/api/reminders/${reminderId}`);
    for (const body of [list.json<Array<Record<string, unknown>>>()[0], one.json<Record<string, unknown>>()]) {
      expect(body).toMatchObject({ id: reminderId, state: 'failed', lastError: expect.stringMatching(/^550/) });
      expect(body).not.toHaveProperty('recipientEmail');
    }
    expect(list.body).not.toContain(CONTACT);
    expect(one.body).not.toContain(CONTACT);
  });

  it('a viewer cannot sort or filter by the address to learn it (400 naming the parameter); staff can', async () => {
    const probes = [
      ['sort', `sort=${encodeURIComponent(JSON.stringify(['recipientEmail', 'ASC']))}`],
      ['filter', `filter=${encodeURIComponent(JSON.stringify({ recipientEmail: CONTACT }))}`],
      ['filter', `filter=${encodeURIComponent(JSON.stringify({ recipientEmail_gte: 'd' }))}`],
    ];
    for (const [parameter, query] of probes) {
      const refused = await viewer.request({ method: 'GET', url: `/api/reminders?${query}` });
      expect(refused.statusCode).toBe(400);
      expect(Object.keys(refused.json<{ errors: object }>().errors)).toEqual([parameter]);
      expect((await read(staff, `/api/reminders?${query}`)).json<unknown[]>()).toHaveLength(1);
    }
  });
});
