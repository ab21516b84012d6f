import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type OutboxEntry, OutboxRelay } from '#database';
import { NotificationService } from '#notifications';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The outbox → notification path, in-process: relayed once, replay-safe, nothing from a rolled-back change. */
describe('notifications from the outbox', () => {
  let t: TestApp;
  let ids: Ids;
  let relay: OutboxRelay;
  let notifications: NotificationService;
  const pending = async () =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE processed_at IS NULL'))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    relay = new OutboxRelay(t.db);
    notifications = t.app.get(NotificationService);
  });
  afterAll(() => t.close());

  const deliver = (entries: OutboxEntry[]) =>
    Promise.all(entries.map((entry) => notifications.fromOutbox(entry.id, entry))).then(() => undefined);

  it('tells the partners of the new lead organisation when a milestone is reassigned, once', async () => {
    const newLead = await createOrganisation(t);
    const partner = await t.user('partner', newLead.id);
    await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [partner.id]);
    const milestone = await createMilestone(t, ids);
    await relay.relay(deliver);
    const moved = await t.request({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { leadOrganisationId: newLead.id },
    });
    expect(moved.statusCode).toBe(200);
    expect(await pending()).toBe(1);
    expect(await relay.relay(deliver)).toBe(1);
    expect(await relay.relay(deliver)).toBe(0);
    const mine = (await partner.request({ method: 'GET', url: '/api/notifications' })).json<
      Array<{ title: string; link: string; read: boolean }>
    >();
    expect(mine).toEqual([
      expect.objectContaining({
        title: `Ваша организация теперь отвечает за этап ${milestone.code}`,
        link: `/milestones/${milestone.id}/show`,
        read: false,
      }),
    ]);
    // Replaying the same message (a job run twice) adds nothing.
    const [message] = await t.db.query<OutboxEntry>(
      `SELECT id, topic, payload FROM outbox_messages WHERE topic = 'milestone.reassigned' AND payload->>'milestoneId' = $1`,
      [milestone.id],
    );
    expect(await notifications.fromOutbox(message.id, message)).toBe(0);
    expect((await partner.request({ method: 'GET', url: '/api/notifications' })).json<unknown[]>()).toHaveLength(1);
  });

  it('a burst of reports on one milestone is one unread notice per reviewer; read, the next report is news again', async () => {
    const staff = await t.user('staff');
    const partner = await t.user('partner', ids.leadId);
    const milestone = await createMilestone(t, ids);
    const other = await createMilestone(t, ids);
    await relay.relay(deliver);
    const report = (milestoneId: string) =>
      partner.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId, progress: 10, status: 'in_progress', narrative: { en: 'Burst' } },
      });
    for (let i = 0; i < 4; i += 1) expect((await report(milestone.id)).statusCode).toBe(201);
    expect((await report(other.id)).statusCode).toBe(201);
    await relay.relay(deliver);
    const unread = async () =>
      (await staff.request({ method: 'GET', url: '/api/notifications' }))
        .json<Array<{ id: string; title: string; read: boolean }>>()
        .filter((n) => !n.read);
    const titles = (await unread()).map((n) => n.title).sort();
    expect(titles).toEqual(
      [
        `New progress report on ${milestone.code} awaits review`,
        `New progress report on ${other.code} awaits review`,
      ].sort(),
    );
    // Once read, a new report on the milestone is told again.
    const [seen] = (await unread()).filter((n) => n.title.includes(` ${milestone.code} `));
    expect(
      (await staff.request({ method: 'PUT', url: `/api/notifications/${seen.id}`, payload: { read: true } }))
        .statusCode,
    ).toBe(200);
    expect((await report(milestone.id)).statusCode).toBe(201);
    await relay.relay(deliver);
    expect((await unread()).filter((n) => n.title.includes(` ${milestone.code} `))).toHaveLength(1);
  });

  it('writes no outbox message for a change that did not commit', async () => {
    const newLead = await createOrganisation(t);
    const milestone = await createMilestone(t, ids);
    await t.request({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { progress: 5 },
    });
    await relay.relay(deliver);
    const stale = await t.request({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { leadOrganisationId: newLead.id },
    });
    expect(stale.statusCode).toBe(409);
    expect(await pending()).toBe(0);
  });

  it('a partner marks notifications read, one or all, and only its own', async () => {
    const org = await createOrganisation(t);
    const partner = await t.user('partner', org.id);
    const other = await t.user('partner', org.id);
    for (const code of ['A', 'B']) {
      await t.db.query(`INSERT INTO notifications (user_id, kind, source_key, title) VALUES ($1, 'test', $2, $3)`, [
        partner.id,
        `t:${code}`,
        code,
      ]);
    }
    const list = (await partner.request({ method: 'GET', url: '/api/notifications' })).json<Array<{ id: string }>>();
    expect(
      (await other.request({ method: 'PUT', url: `/api/notifications/${list[0].id}`, payload: { read: true } }))
        .statusCode,
    ).toBe(404);
    const read = await partner.request({
      method: 'PUT',
      url: `/api/notifications/${list[0].id}`,
      payload: { ...list[0], read: true },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ read: true });
    const unread = await partner.request({
      method: 'GET',
      url: `/api/notifications?filter=${encodeURIComponent('{"read":false}')}`,
    });
    expect(unread.json<unknown[]>()).toHaveLength(1);
    expect(
      (await partner.request({ method: 'PUT', url: `/api/notifications/${list[1].id}`, payload: { read: 'yes' } }))
        .statusCode,
    ).toBe(400);
    expect((await partner.request({ method: 'POST', url: '/api/notifications/mark-all-read' })).json()).toEqual({
      marked: 1,
    });
  });
});
