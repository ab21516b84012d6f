import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fetchPage } from '#database';
import { MilestoneRepository } from '#plan';
import { createTestApp, type TestApp } from '../support/test-app.js';
import {
  createMilestone,
  createObjective,
  createOrganisation,
  createPlan,
  createPlanTree,
  createPriority,
  type Ids,
  unique,
} from '../support/factories.js';

type Row = Record<string, unknown> & { id: string; version: number };

describe('plan resources over the simple-rest contract', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
  });
  afterAll(() => t.close());

  const get = (url: string) => t.request({ method: 'GET', url });

  describe('codes', () => {
    it('numbers priorities P{position}, objectives {priority}.O{n} and milestones {objective}.M{n}', async () => {
      const plan = await createPlan(t);
      const p1 = await createPriority(t, plan.id);
      const p2 = await createPriority(t, plan.id);
      expect([p1.code, p1.position, p2.code, p2.position]).toEqual(['P1', 1, 'P2', 2]);
      const o1 = await createObjective(t, p2.id);
      const o2 = await createObjective(t, p2.id);
      expect([o1.code, o2.code]).toEqual(['P2.O1', 'P2.O2']);
      const m1 = await createMilestone(t, { objectiveId: o2.id, leadId: ids.leadId });
      const m2 = await createMilestone(t, { objectiveId: o2.id, leadId: ids.leadId });
      expect([m1.code, m2.code]).toEqual(['P2.O2.M1', 'P2.O2.M2']);
    });

    it('never gives a deleted code to a new milestone while a higher one exists', async () => {
      const objective = await createObjective(t, ids.priorityId);
      const m1 = await createMilestone(t, { objectiveId: objective.id, leadId: ids.leadId });
      const m2 = await createMilestone(t, { objectiveId: objective.id, leadId: ids.leadId });
      await t.request({ method: 'DELETE', url: `/api/milestones/${m1.id}` });
      const m3 = await createMilestone(t, { objectiveId: objective.id, leadId: ids.leadId });
      expect(m3.code).toBe(`${objective.code}.M3`);
      expect(m2.code).toBe(`${objective.code}.M2`);
    });
  });

  describe('milestones', () => {
    it('creates with supporting organisations and answers 201 with the record and its ETag', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/milestones',
        payload: {
          objectiveId: ids.objectiveId,
          leadOrganisationId: ids.leadId,
          supportingOrganisationIds: [ids.supportId],
          title: { en: 'Youth exchange', ru: 'Молодёжный обмен', kk: 'Жастар алмасуы' },
          startDate: '2027-01-01',
          dueDate: '2027-03-31',
          visibility: 'public',
        },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json<Row>();
      expect(body).toMatchObject({
        objectiveId: ids.objectiveId,
        priorityId: ids.priorityId,
        actionPlanId: ids.planId,
        supportingOrganisationIds: [ids.supportId],
        status: 'planned',
        progress: 0,
        version: 1,
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        timeZone: 'Asia/Almaty',
      });
      expect(response.headers.etag).toBe('W/"1"');
      const shown = await get(`/api/milestones/${body.id}`);
      expect(shown.statusCode).toBe(200);
      expect(shown.headers.etag).toBe('W/"1"');
      expect(shown.json()).toEqual(body);
    });

    it('shows a milestone whose due date has passed unfinished as delayed, and filters on it', async () => {
      const late = await createMilestone(t, ids, { dueDate: '2026-11-26', status: 'in_progress' });
      const dueToday = await createMilestone(t, ids, { dueDate: '2026-11-27', status: 'in_progress' });
      const doneLate = await createMilestone(t, ids, { dueDate: '2026-01-01', status: 'completed', progress: 100 });
      expect(late.status).toBe('delayed');
      expect(dueToday.status).toBe('in_progress');
      expect(doneLate.status).toBe('completed');
      const delayed = await get(`/api/milestones?filter=${encodeURIComponent(JSON.stringify({ status: 'delayed' }))}`);
      const delayedIds = delayed.json<Row[]>().map((row) => row.id);
      expect(delayedIds).toContain(late.id);
      expect(delayedIds).not.toContain(dueToday.id);
      expect(delayedIds).not.toContain(doneLate.id);
    });

    it("derives delayed from the calendar date in the plan's time zone, not UTC", async () => {
      // 2026-11-27T20:00Z is already 28 November in Almaty (UTC+5): a milestone due on the 27th is late there.
      t.clock.set(new Date('2026-11-27T20:00:00Z'));
      try {
        const milestone = await createMilestone(t, ids, { dueDate: '2026-11-27' });
        expect(milestone.status).toBe('delayed');
      } finally {
        t.clock.set(new Date('2026-11-27T06:00:00Z'));
      }
    });

    it('does not record a derived delayed status that an edit form sends back', async () => {
      const late = await createMilestone(t, ids, { dueDate: '2026-10-01', status: 'in_progress' });
      const shown = (await get(`/api/milestones/${late.id}`)).json<Row>();
      expect(shown.status).toBe('delayed');
      const saved = await t.request({
        method: 'PUT',
        url: `/api/milestones/${late.id}`,
        payload: { ...shown, dueDate: '2027-10-01' },
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ status: 'in_progress', recordedStatus: 'in_progress', version: 2 });
    });

    it('updates supporting organisations and checks cross-field rules with the stored values', async () => {
      const milestone = await createMilestone(t, ids, { startDate: '2027-01-01', dueDate: '2027-02-01' });
      const tooEarly = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        payload: { version: 1, dueDate: '2026-12-31' },
      });
      expect(tooEarly.statusCode).toBe(400);
      expect(tooEarly.json()).toMatchObject({ errors: { startDate: 'must not be after dueDate' } });
      const leadAsSupport = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        payload: { version: 1, supportingOrganisationIds: [ids.leadId] },
      });
      expect(leadAsSupport.statusCode).toBe(400);
      expect(leadAsSupport.json()).toMatchObject({ errors: { supportingOrganisationIds: expect.any(String) } });
      const ok = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        payload: { version: 1, supportingOrganisationIds: [ids.supportId] },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ supportingOrganisationIds: [ids.supportId], version: 2 });
    });

    it('refuses unknown lead and supporting organisations, naming the field', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const response = await t.request({
        method: 'POST',
        url: '/api/milestones',
        payload: {
          objectiveId: ids.objectiveId,
          leadOrganisationId: missing,
          supportingOrganisationIds: [missing.replace(/0$/, '1')],
          title: { en: 'x' },
          dueDate: '2027-01-01',
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        message: 'Validation failed',
        errors: { leadOrganisationId: expect.any(String), supportingOrganisationIds: expect.any(String) },
      });
    });

    it('filters by reference (objective, priority, plan), by organisation led or supported, and by date range', async () => {
      const objective = await createObjective(t, ids.priorityId);
      const other = await createOrganisation(t);
      const led = await createMilestone(t, { objectiveId: objective.id, leadId: other.id }, { dueDate: '2027-05-01' });
      const supported = await createMilestone(
        t,
        { objectiveId: objective.id, leadId: ids.leadId },
        { supportingOrganisationIds: [other.id], dueDate: '2027-07-01' },
      );
      const list = async (filter: object) => {
        const response = await get(`/api/milestones?filter=${encodeURIComponent(JSON.stringify(filter))}`);
        expect(response.statusCode).toBe(200);
        return response.json<Row[]>().map((row) => row.id);
      };
      expect(await list({ objectiveId: objective.id })).toEqual([led.id, supported.id]);
      expect(await list({ organisationId: other.id })).toEqual([led.id, supported.id]);
      expect(await list({ leadOrganisationId: other.id })).toEqual([led.id]);
      expect(await list({ supportingOrganisationIds: other.id })).toEqual([supported.id]);
      expect(await list({ objectiveId: objective.id, dueDate_gte: '2027-06-01' })).toEqual([supported.id]);
      expect(await list({ objectiveId: objective.id, dueDate_lt: '2027-06-01' })).toEqual([led.id]);
      expect(await list({ priorityId: ids.priorityId, objectiveId: objective.id })).toHaveLength(2);
      expect(await list({ actionPlanId: ids.planId, objectiveId: objective.id })).toHaveLength(2);
    });

    it('finds milestones by text in any language with q, including word prefixes and codes', async () => {
      const objective = await createObjective(t, ids.priorityId);
      const target = await createMilestone(
        t,
        { objectiveId: objective.id, leadId: ids.leadId },
        {
          title: { en: 'Erasmus+ info days', ru: 'Информационные дни Эразмус+', kk: 'Erasmus+ ақпараттық күндері' },
          description: { en: 'For universities in Karaganda' },
        },
      );
      const q = async (text: string) =>
        (
          await get(
            `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ q: text, objectiveId: objective.id }))}`,
          )
        )
          .json<Row[]>()
          .map((row) => row.id);
      expect(await q('erasm')).toEqual([target.id]);
      expect(await q('эразмус')).toEqual([target.id]);
      expect(await q('ақпараттық')).toEqual([target.id]);
      expect(await q('karaganda')).toEqual([target.id]);
      expect(await q(target.code)).toEqual([target.id]);
      expect(await q('hydrogen')).toEqual([]);
      expect(await q('!!!')).toEqual([]);
    });
  });

  describe('lists', () => {
    it('sorts, paginates with Content-Range, and returns many by id', async () => {
      const objective = await createObjective(t, ids.priorityId);
      const due = ['2027-03-01', '2027-01-01', '2027-02-01'];
      const made: Row[] = [];
      for (const dueDate of due)
        made.push(await createMilestone(t, { objectiveId: objective.id, leadId: ids.leadId }, { dueDate }));
      const filter = encodeURIComponent(JSON.stringify({ objectiveId: objective.id }));
      const page = await get(
        `/api/milestones?filter=${filter}&sort=${encodeURIComponent('["dueDate","DESC"]')}&range=${encodeURIComponent('[1,2]')}`,
      );
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-range']).toBe('milestones 1-2/3');
      expect(page.json<Row[]>().map((row) => row.dueDate)).toEqual(['2027-02-01', '2027-01-01']);
      const beyond = await get(`/api/milestones?filter=${filter}&range=${encodeURIComponent('[10,19]')}`);
      expect(beyond.json()).toEqual([]);
      expect(beyond.headers['content-range']).toBe('milestones */3');
      const many = await get(
        `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ id: [made[0].id, made[2].id] }))}`,
      );
      expect(
        many
          .json<Row[]>()
          .map((row) => row.id)
          .sort(),
      ).toEqual([made[0].id, made[2].id].sort());
    });

    it('an optional text cleared (null, as a form sends it) saves empty, for every such field', async () => {
      const milestone = await createMilestone(t, ids, { internalNotes: 'to be cleared', opinionReference: '4.2' });
      const cleared = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        headers: { 'if-match': `W/"${milestone.version}"` },
        payload: { internalNotes: null, opinionReference: null },
      });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json()).toMatchObject({ internalNotes: '', opinionReference: '' });
      const objective = await createObjective(t, ids.priorityId, { opinionReference: '3.1' });
      const objectiveCleared = await t.request({
        method: 'PUT',
        url: `/api/objectives/${objective.id}`,
        headers: { 'if-match': `W/"${objective.version}"` },
        payload: { opinionReference: null },
      });
      expect(objectiveCleared.statusCode).toBe(200);
      expect(objectiveCleared.json()).toMatchObject({ opinionReference: '' });
    });

    it('sorts by a reference as people see it: by the code of what it names, not by its id', async () => {
      const prefix = unique();
      // Short codes in the opposite order of their ids, so that a sort by id gives the reverse.
      const made = await Promise.all(['A', 'B', 'C'].map(() => createOrganisation(t)));
      const byId = [...made].sort((a, b) => a.id.localeCompare(b.id));
      const codes = ['C', 'B', 'A'].map((letter) => `${prefix}-${letter}`);
      for (const [i, organisation] of byId.entries()) {
        const response = await t.request({
          method: 'PUT',
          url: `/api/organisations/${organisation.id}`,
          headers: { 'if-match': `W/"${organisation.version}"` },
          payload: { shortCode: codes[i] },
        });
        expect(response.statusCode).toBe(200);
      }
      const priority = await createPriority(t, ids.planId);
      const created = [];
      for (let i = 0; i < 3; i++) created.push(await createObjective(t, priority.id));
      // Objective codes in the opposite order of their ids too.
      const objectives = [...created].sort((a, b) => a.id.localeCompare(b.id));
      for (const [i, objective] of objectives.entries()) {
        objective.code = `${prefix}.O${3 - i}`;
        const response = await t.request({
          method: 'PUT',
          url: `/api/objectives/${objective.id}`,
          headers: { 'if-match': `W/"${objective.version}"` },
          payload: { code: objective.code },
        });
        expect(response.statusCode).toBe(200);
      }
      for (const [i, organisation] of byId.entries()) {
        await createMilestone(t, { objectiveId: objectives[i].id, leadId: organisation.id });
      }
      const list = async (field: string, order: 'ASC' | 'DESC') => {
        const filter = encodeURIComponent(JSON.stringify({ priorityId: priority.id }));
        const response = await get(
          `/api/milestones?filter=${filter}&sort=${encodeURIComponent(JSON.stringify([field, order]))}`,
        );
        expect(response.statusCode).toBe(200);
        return response.json<Array<{ leadOrganisationId: string; objectiveId: string }>>();
      };
      const leadCode = (id: string) => codes[byId.findIndex((organisation) => organisation.id === id)];
      const objectiveCode = (id: string) => objectives.find((objective) => objective.id === id)!.code;
      expect((await list('leadOrganisationId', 'ASC')).map((row) => leadCode(row.leadOrganisationId))).toEqual(
        [...codes].sort(),
      );
      expect((await list('leadOrganisationId', 'DESC')).map((row) => leadCode(row.leadOrganisationId))).toEqual(
        [...codes].sort().reverse(),
      );
      const objectiveCodes = objectives.map((objective) => objective.code).sort();
      expect((await list('objectiveId', 'ASC')).map((row) => objectiveCode(row.objectiveId))).toEqual(objectiveCodes);
      expect((await list('objectiveId', 'DESC')).map((row) => objectiveCode(row.objectiveId))).toEqual(
        [...objectiveCodes].reverse(),
      );
      // Users by organisation: the same rule, and those without one last.
      const organisations = await get(`/api/organisations?range=${encodeURIComponent('[0,999]')}`);
      const shortCode = new Map(
        organisations.json<Array<{ id: string; shortCode: string }>>().map((org) => [org.id, org.shortCode]),
      );
      for (const order of ['ASC', 'DESC'] as const) {
        const users = await get(
          `/api/users?sort=${encodeURIComponent(JSON.stringify(['organisationId', order]))}&range=${encodeURIComponent('[0,999]')}`,
        );
        expect(users.statusCode).toBe(200);
        const seen = users.json<Array<{ organisationId: string | null }>>().map((user) => user.organisationId);
        const named = seen.filter((id): id is string => id !== null).map((id) => shortCode.get(id)!);
        const sorted = [...named].sort();
        expect(named).toEqual(order === 'ASC' ? sorted : sorted.reverse());
        expect(seen.slice(named.length).every((id) => id === null)).toBe(true);
      }
    });

    it('counts exactly up to 1,000 rows or the end of the page, and beyond that estimates and says so', async () => {
      const objective = await createObjective(t, ids.priorityId);
      await t.db.query(
        `INSERT INTO milestones (objective_id, code, title, start_date, due_date, status, progress,
                                 lead_organisation_id, visibility)
         SELECT $1, 'M' || n, jsonb_build_object('en', 'Bulk milestone ' || n), DATE '2027-01-01',
                DATE '2027-01-01' + n, 'planned', 0, $2, 'public'
         FROM generate_series(1, 1500) n`,
        [objective.id, ids.leadId],
      );
      await t.db.query('ANALYZE milestones');
      const list = (filter: object, range: [number, number]) =>
        get(
          `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ objectiveId: objective.id, ...filter }))}` +
            `&range=${encodeURIComponent(JSON.stringify(range))}`,
        );
      const total = (response: { headers: Record<string, unknown> }) =>
        Number(/\/(\d+)$/.exec(String(response.headers['content-range']))?.[1]);

      const first = await list({}, [0, 24]);
      expect(first.headers['x-total-estimated']).toBe('true');
      expect(String(first.headers['content-range'])).toMatch(/^milestones 0-24\/\d+$/);
      expect(total(first)).toBeGreaterThan(1000);
      // Near the end of the list, the count reaches the end of the page and is exact again.
      const last = await list({}, [1400, 1499]);
      expect(last.headers['content-range']).toBe('milestones 1400-1499/1500');
      expect(last.headers['x-total-estimated']).toBeUndefined();
      const deep = await list({}, [1100, 1199]);
      expect(deep.headers['x-total-estimated']).toBe('true');
      expect(total(deep)).toBeGreaterThan(1200);
      // Narrower filters are exact: the 900 due after day 600, a search for one.
      const narrow = await list({ dueDate_gt: '2028-08-23' }, [0, 9]);
      expect(narrow.headers['content-range']).toBe('milestones 0-9/900');
      expect(narrow.headers['x-total-estimated']).toBeUndefined();
      const one = await list({ q: 'Bulk milestone 1234' }, [0, 9]);
      expect(one.headers['content-range']).toBe('milestones 0-0/1');
      const none = await list({ status: 'delayed' }, [0, 9]);
      expect(none.headers['content-range']).toBe('milestones */0');
      expect(none.headers['x-total-estimated']).toBeUndefined();

      // A search counts only after a full page: a shorter one is its own total.
      const statements: string[] = [];
      const recording = {
        query: <T>(sql: string, params?: unknown[]) => {
          statements.push(sql.split(' ')[0]);
          return t.db.query<T>(sql, params);
        },
      };
      const spec = t.app.get(MilestoneRepository).listSpec(t.clock.now());
      const read = (filter: Record<string, unknown>, start = 0) =>
        fetchPage(recording, spec, { sort: null, range: { start, end: start + 24 }, filter });
      expect(await read({ objectiveId: objective.id, q: 'Bulk milestone 1234' })).toMatchObject({ total: 1 });
      expect(statements.splice(0)).toEqual(['SELECT']);
      expect(await read({ objectiveId: objective.id, q: 'Bulk' })).toMatchObject({ estimated: true });
      expect(statements.splice(0)).toEqual(['SELECT', 'WITH', 'EXPLAIN']);
      expect(await read({ objectiveId: objective.id, q: 'Bulk' }, 1490)).toMatchObject({ total: 1500 });
      expect(statements.splice(0)).toEqual(['SELECT']);
      expect(await read({ objectiveId: objective.id, q: 'Bulk' }, 2000)).toMatchObject({ rows: [], total: 1500 });
      expect(statements.splice(0)).toEqual(['SELECT', 'WITH']);
    });

    it('exposes Content-Range and ETag to a cross-origin admin', async () => {
      const cors = await createTestApp({ env: { CORS_ORIGIN: 'https://admin.example.eu' } });
      try {
        const response = await cors.request({
          method: 'GET',
          url: '/api/organisations',
          headers: { origin: 'https://admin.example.eu' },
        });
        expect(response.headers['access-control-allow-origin']).toBe('https://admin.example.eu');
        expect(String(response.headers['access-control-expose-headers'])).toMatch(/Content-Range/);
        expect(String(response.headers['access-control-expose-headers'])).toMatch(/ETag/);
        expect(String(response.headers['access-control-expose-headers'])).toMatch(/X-Total-Estimated/);
        const other = await cors.request({
          method: 'GET',
          url: '/api/organisations',
          headers: { origin: 'https://elsewhere.example' },
        });
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
      } finally {
        await cors.close();
      }
    });
  });

  describe('roll-up progress', () => {
    it('computes objective, priority and plan progress as equal-weight means, cancelled left out', async () => {
      const plan = await createPlan(t);
      const priority = await createPriority(t, plan.id);
      const o1 = await createObjective(t, priority.id);
      const o2 = await createObjective(t, priority.id);
      await createObjective(t, priority.id); // nothing to count: left out
      const lead = ids.leadId;
      await createMilestone(t, { objectiveId: o1.id, leadId: lead }, { progress: 20, status: 'in_progress' });
      await createMilestone(t, { objectiveId: o1.id, leadId: lead }, { progress: 40, status: 'completed' }); // counts 100
      await createMilestone(t, { objectiveId: o1.id, leadId: lead }, { progress: 90, status: 'cancelled' }); // left out
      await createMilestone(t, { objectiveId: o2.id, leadId: lead }, { progress: 25 });
      const objective1 = (await get(`/api/objectives/${o1.id}`)).json<Row>();
      const objective2 = (await get(`/api/objectives/${o2.id}`)).json<Row>();
      const priorityRow = (await get(`/api/priorities/${priority.id}`)).json<Row>();
      const planRow = (await get(`/api/action-plans/${plan.id}`)).json<Row>();
      expect(objective1.progress).toBe(60);
      expect(objective2.progress).toBe(25);
      expect(priorityRow.progress).toBe(42.5);
      expect(planRow.progress).toBe(42.5);
    });

    it('has no progress for a plan with nothing to count', async () => {
      const plan = await createPlan(t);
      expect((await get(`/api/action-plans/${plan.id}`)).json()).toMatchObject({ progress: null });
    });
  });

  describe.each([
    [
      'action-plans',
      () => ({ code: `PLAN/${unique()}`, title: { en: 'Plan' }, timeZone: 'Europe/Brussels' }),
      { title: { en: 'Renamed plan' } },
    ],
    [
      'priorities',
      () => ({ actionPlanId: ids.planId, title: { en: 'Priority' } }),
      { title: { en: 'Renamed priority' } },
    ],
    [
      'objectives',
      () => ({ priorityId: ids.priorityId, title: { en: 'Objective' } }),
      { title: { en: 'Renamed objective' } },
    ],
    [
      'milestones',
      () => ({
        objectiveId: ids.objectiveId,
        leadOrganisationId: ids.leadId,
        title: { en: 'M' },
        dueDate: '2027-01-01',
      }),
      { progress: 55 },
    ],
    [
      'organisations',
      () => ({ name: { en: 'Org' }, shortCode: `X${unique()}`, type: 'trade_union', country: 'BE' }),
      { country: 'DE' },
    ],
    [
      'users',
      () => ({ email: `User.${unique()}@Example.org`, name: 'A user', role: 'staff' }),
      { name: 'Renamed user' },
    ],
  ])('%s', (resource, body, change) => {
    it('lists, shows, creates, updates with a version and deletes, each write audited', async () => {
      const created = await t.request({ method: 'POST', url: `/api/${resource}`, payload: body() });
      expect(created.statusCode).toBe(201);
      const record = created.json<Row>();
      expect(record.version).toBe(1);

      const list = await get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ id: [record.id] }))}`);
      expect(list.statusCode).toBe(200);
      expect(list.headers['content-range']).toBe(`${resource} 0-0/1`);
      expect(list.json<Row[]>()[0].id).toBe(record.id);

      const updated = await t.request({
        method: 'PUT',
        url: `/api/${resource}/${record.id}`,
        headers: { 'if-match': 'W/"1"' },
        payload: change,
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ ...change, version: 2, id: record.id });
      expect(updated.headers.etag).toBe('W/"2"');

      const removed = await t.request({ method: 'DELETE', url: `/api/${resource}/${record.id}` });
      expect(removed.statusCode).toBe(200);
      expect(removed.json()).toMatchObject({ id: record.id, version: 2 });
      expect((await get(`/api/${resource}/${record.id}`)).statusCode).toBe(404);

      const trail = await get(
        `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityId: record.id }))}&sort=${encodeURIComponent('["occurredAt","ASC"]')}`,
      );
      const events = trail.json<Array<{ action: string; before: Row | null; after: Row | null; requestId: string }>>();
      expect(events.map((event) => event.action)).toEqual(['create', 'update', 'delete']);
      expect(events[1].before).toMatchObject({ version: 1 });
      expect(events[1].after).toMatchObject({ version: 2, ...change });
      expect(events[2].after).toBeNull();
      expect(events.every((event) => typeof event.requestId === 'string' && event.requestId.length > 0)).toBe(true);
    });
  });

  it('finds users by any part of their name or e-mail, case-insensitively, with % and _ taken literally', async () => {
    const create = (email: string, name: string) =>
      t.request({ method: 'POST', url: '/api/users', payload: { email, name, role: 'viewer' } });
    expect((await create('aigerim.n@search.example', 'Aigerim Nurlanovna')).statusCode).toBe(201);
    expect((await create('dana_k@search.example', 'Dana 100% Kairatova')).statusCode).toBe(201);
    const search = async (q: string) =>
      (await t.request({ method: 'GET', url: `/api/users?filter=${encodeURIComponent(JSON.stringify({ q }))}` }))
        .json<Array<{ email: string }>>()
        .map((user) => user.email)
        .sort();
    expect(await search('NURLAN')).toEqual(['aigerim.n@search.example']);
    expect(await search('search.exam')).toEqual(['aigerim.n@search.example', 'dana_k@search.example']);
    expect(await search('100%')).toEqual(['dana_k@search.example']);
    expect(await search('a_k')).toEqual(['dana_k@search.example']);
    expect(await search('%')).toEqual(['dana_k@search.example']);
  });

  it('stores user e-mails in lower case and refuses a second account with the same address', async () => {
    const first = await t.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: ' Focal.Point@Example.ORG ', name: 'FP', role: 'viewer' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ email: 'focal.point@example.org', locale: 'en', timeZone: 'Europe/Brussels' });
    const again = await t.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'focal.point@example.org', name: 'FP2', role: 'viewer' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ errors: { email: 'is already used' } });
  });

  it('requires an organisation for a partner account', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'p@example.org', name: 'P', role: 'partner' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { organisationId: 'is required for partners' } });
  });
});
