import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical, { type VEvent } from 'node-ical';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

interface Feed {
  id: string;
  kind: string;
  url: string;
}

/** Secret, revocable iCalendar feeds of due dates, read back with an iCalendar parser. */
describe('calendar feeds', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;
  let staff: TestUser;
  let otherOrgId: string;
  const milestones: Record<string, { id: string; code: string }> = {};

  const pathOf = (url: string) => new URL(url).pathname;
  const fetchFeed = (url: string) => t.anonymous({ method: 'GET', url: pathOf(url) });
  const events = async (url: string) => {
    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return Object.values(ical.sync.parseICS(response.body)).filter((item): item is VEvent => item?.type === 'VEVENT');
  };
  const create = (user: TestUser, payload: object) =>
    user.request({ method: 'POST', url: '/api/calendar-feeds', payload });

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://tracker.example.eu' } });
    ids = await createPlanTree(t);
    otherOrgId = (await createOrganisation(t)).id;
    partner = await t.user('partner', ids.leadId);
    await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [partner.id]);
    staff = await t.user('staff');
    const make = async (key: string, overrides: object, leadId = ids.leadId) => {
      const m = (await createMilestone(t, { objectiveId: ids.objectiveId, leadId }, overrides)) as unknown as {
        id: string;
        code: string;
      };
      milestones[key] = m;
    };
    await make('public', {
      dueDate: '2027-06-30',
      visibility: 'public',
      title: { en: 'Youth exchange', ru: 'Молодёжный обмен' },
    });
    await make('internal', { dueDate: '2027-03-31', visibility: 'internal', title: { en: 'Internal step' } });
    await make('cancelled', { dueDate: '2027-04-30', status: 'cancelled', title: { en: 'Dropped' } });
    await make('others', { dueDate: '2027-05-31', visibility: 'internal', title: { en: 'Not ours' } }, otherOrgId);
  });
  afterAll(() => t.close());

  it("a partner subscribes to its organisation's due dates, in its language, at a secret URL", async () => {
    const response = await create(partner, { kind: 'organisation' });
    expect(response.statusCode).toBe(201);
    const feed = response.json<Feed>();
    expect(feed.url).toMatch(/^https:\/\/tracker\.example\.eu\/api\/calendar\/rexcal_[A-Za-z0-9_-]{32}\.ics$/);
    const list = await events(feed.url);
    // Its own internal milestone too; never another organisation's, never a cancelled one.
    expect(list.map((event) => event.uid).sort()).toEqual(
      [`milestone-${milestones.internal.id}@rex587`, `milestone-${milestones.public.id}@rex587`].sort(),
    );
    const youth = list.find((event) => event.uid === `milestone-${milestones.public.id}@rex587`)!;
    expect(youth.summary).toBe(`${milestones.public.code} Молодёжный обмен`);
    expect((youth.start as Date & { dateOnly?: boolean }).dateOnly).toBe(true);
    expect(youth.start.toISOString().slice(0, 10)).toBe('2027-06-30');
    expect(youth.description).toContain('Статус: Запланирован');
    expect(youth.url).toMatchObject({ val: `https://tracker.example.eu/#/milestones/${milestones.public.id}/show` });
  });

  it('a changed due date updates the same event (same UID, higher SEQUENCE)', async () => {
    const feed = (await create(partner, { kind: 'organisation', locale: 'en' })).json<Feed>();
    const uid = `milestone-${milestones.public.id}@rex587`;
    const before = (await events(feed.url)).find((event) => event.uid === uid)!;
    const current = await t.request({ method: 'GET', url: `/api/milestones/${milestones.public.id}` });
    await t.request({
      method: 'PUT',
      url: `/api/milestones/${milestones.public.id}`,
      headers: { 'if-match': current.headers.etag as string },
      payload: { dueDate: '2027-07-15' },
    });
    const after = (await events(feed.url)).find((event) => event.uid === uid)!;
    expect(after.start.toISOString().slice(0, 10)).toBe('2027-07-15');
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(after.summary).toBe(`${milestones.public.code} Youth exchange`);
  });

  it('a plan feed (staff) carries only public milestones', async () => {
    const response = await create(staff, { kind: 'plan', actionPlanId: ids.planId, label: 'Plenary calendar' });
    expect(response.statusCode).toBe(201);
    const list = await events(response.json<Feed>().url);
    expect(list.map((event) => event.uid)).toEqual([`milestone-${milestones.public.id}@rex587`]);
    const body = (await fetchFeed(response.json<Feed>().url)).body;
    expect(body).toContain('X-WR-CALNAME:REX/587 – Plenary calendar');
  });

  it('a partner cannot subscribe to another organisation or a plan; lists show only its own, and never a secret', async () => {
    expect((await create(partner, { kind: 'organisation', organisationId: otherOrgId })).statusCode).toBe(403);
    expect((await create(partner, { kind: 'plan', actionPlanId: ids.planId })).statusCode).toBe(403);
    const other = await t.user('partner', otherOrgId);
    const theirs = (await create(other, { kind: 'organisation' })).json<Feed>();
    const mine = await partner.request({ method: 'GET', url: '/api/calendar-feeds' });
    const listed = mine.json<Array<{ id: string; organisationId: string }>>();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((feed) => feed.organisationId === ids.leadId)).toBe(true);
    expect(mine.body).not.toMatch(/rexcal_|token/);
    expect((await partner.request({ method: 'GET', url: `/api/calendar-feeds/${theirs.id}` })).statusCode).toBe(404);
    expect((await partner.request({ method: 'DELETE', url: `/api/calendar-feeds/${theirs.id}` })).statusCode).toBe(404);
    expect((await fetchFeed(theirs.url)).statusCode).toBe(200);
  });

  it('refuses bad input naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{ kind: 'team' }, 'kind'],
      [{ kind: 'plan' }, 'actionPlanId'],
      [{ kind: 'plan', actionPlanId: '00000000-0000-0000-0000-000000000000' }, 'actionPlanId'],
      [{ kind: 'organisation', organisationId: 'x' }, 'organisationId'],
      [{ kind: 'organisation', organisationId: ids.leadId, locale: 'de' }, 'locale'],
    ];
    for (const [payload, field] of cases) {
      const response = await create(staff, payload);
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toContain(field);
    }
  });

  it('deleting a feed revokes its URL at once; unknown secrets are 404', async () => {
    const feed = (await create(partner, { kind: 'organisation' })).json<Feed>();
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);
    expect((await partner.request({ method: 'DELETE', url: `/api/calendar-feeds/${feed.id}` })).statusCode).toBe(200);
    expect((await fetchFeed(feed.url)).statusCode).toBe(404);
    for (const path of [
      '/api/calendar/rexcal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
      '/api/calendar/nothing',
      `/api/calendar/${'x'.repeat(500)}`,
    ]) {
      expect((await t.anonymous({ method: 'GET', url: path })).statusCode).toBe(404);
    }
  });

  it('refuses a label with a line break or another control character (400 naming label), storing nothing', async () => {
    const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM calendar_feeds'))[0].n;
    const before = await count();
    for (const label of ['Team\r\nBEGIN:VEVENT', 'Team\nX-EVIL:1', 'Tab\there', 'over\u202Eride', 'Team\u2028x']) {
      const response = await create(staff, { kind: 'organisation', organisationId: ids.leadId, label });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toEqual(['label']);
    }
    expect(await count()).toBe(before);
  });

  it('a milestone title with CRLF and BEGIN:VEVENT stays inside its own event', async () => {
    const org = await createOrganisation(t);
    const injected = await createMilestone(
      t,
      { objectiveId: ids.objectiveId, leadId: org.id },
      { title: { en: 'Forum\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@attacker\r\nSUMMARY:Pay here' } },
    );
    const feed = (await create(staff, { kind: 'organisation', organisationId: org.id, locale: 'en' })).json<Feed>();
    const body = (await fetchFeed(feed.url)).body;
    const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('UID:'))).toEqual([`UID:milestone-${injected.id}@rex587`]);
    const list = await events(feed.url);
    expect(list).toHaveLength(1);
    expect(list[0].summary).toContain('Forum');
  });

  it("a feed stops (404, nothing shown) once its creator's account is deleted, internal milestones included", async () => {
    const creator = await t.user('partner', ids.leadId);
    const feed = (await create(creator, { kind: 'organisation' })).json<Feed>();
    const uids = (await events(feed.url)).map((event) => event.uid);
    expect(uids).toContain(`milestone-${milestones.internal.id}@rex587`);
    const staffCreator = await t.user('staff');
    const staffFeed = (await create(staffCreator, { kind: 'plan', actionPlanId: ids.planId })).json<Feed>();
    expect((await fetchFeed(staffFeed.url)).statusCode).toBe(200);
    for (const user of [creator, staffCreator]) {
      expect((await t.request({ method: 'DELETE', url: `/api/users/${user.id}` })).statusCode).toBe(200);
    }
    for (const url of [feed.url, staffFeed.url]) {
      const response = await fetchFeed(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('BEGIN:VCALENDAR');
    }
  });

  it('a creator moved to another organisation keeps, in the old feed, only what it can see now', async () => {
    const creator = await t.user('partner', ids.leadId);
    const feed = (await create(creator, { kind: 'organisation' })).json<Feed>();
    expect((await events(feed.url)).map((event) => event.uid).sort()).toEqual(
      [`milestone-${milestones.internal.id}@rex587`, `milestone-${milestones.public.id}@rex587`].sort(),
    );
    const current = await t.request({ method: 'GET', url: `/api/users/${creator.id}` });
    const moved = await t.request({
      method: 'PUT',
      url: `/api/users/${creator.id}`,
      headers: { 'if-match': current.headers.etag as string },
      payload: { organisationId: otherOrgId },
    });
    expect(moved.statusCode).toBe(200);
    // The old organisation's internal milestone is no longer the creator's to see; the public one still is.
    expect((await events(feed.url)).map((event) => event.uid)).toEqual([`milestone-${milestones.public.id}@rex587`]);
  });
});
