import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../support/test-app.js';
import {
  createMilestone,
  createObjective,
  createOrganisation,
  createPlan,
  createPriority,
  CRUD_RESOURCES,
} from '../support/factories.js';

type Row = Record<string, unknown> & { id: string; version: number; createdAt: string; updatedAt: string };
type Send = (options: InjectOptions) => Promise<LightMyRequestResponse>;

const FORGED_AT = '2000-01-01T00:00:00.000Z';
const unique = () => randomBytes(3).toString('hex').toUpperCase();
/** A factory's record, typed as the API returns it. */
const asRow = async (created: Promise<object>) => (await created) as Row;

interface Case {
  table: string;
  /** Who writes this resource (the admin, or a partner for progress updates). */
  as: () => Send;
  /** A valid create body. */
  body: () => Record<string, unknown>;
  /** Forged values for the resource's computed or server-owned fields, besides id, version and timestamps. */
  forged: () => Record<string, unknown>;
  /** More forged fields that only PUT accepts (as ignored). */
  forgedOnPut?: () => Record<string, unknown>;
  /** A fresh record to update. */
  target: () => Promise<Row>;
  /** A real change the PUT makes. */
  change: Record<string, unknown>;
  /** What the server itself sets on a record the caller created. */
  serverValues?: (record: Row) => void;
}

const RESOURCES = CRUD_RESOURCES;
type Resource = (typeof RESOURCES)[number];

/**
 * Mass assignment: server-owned fields (id, version, timestamps, computed
 * roll-ups and derived fields, review stamps) can never be set by a client.
 * POST refuses them or ignores them; PUT accepts and ignores them (react-admin
 * sends the whole record back), reading `version` only for the concurrency check.
 */
describe('mass assignment: server-owned fields are never set by a client', () => {
  let t: TestApp;
  let plan: Row;
  let priority: Row;
  let objective: Row;
  let otherPlan: Row;
  let otherPriority: Row;
  let otherObjective: Row;
  let orgA: Row;
  let orgX: Row;
  let pa: TestUser;
  let staff: TestUser;
  let cases: Record<Resource, Case>;
  /** The milestone partner A's updates report on, and another of A's they try to move to. */
  let reportedOn: Row;
  let movedTo: Row;

  const count = async (sql: string, params: unknown[] = []) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;
  const rowsIn = (table: string) => count(table);
  const withId = (table: string, id: string) => count(`${table} WHERE id = $1`, [id]);
  const audits = () => count('audit_events');

  /** A server timestamp: UTC ISO 8601, not the forged one, and within minutes of the database's clock. */
  async function expectServerTimestamp(value: unknown) {
    expect(value).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/));
    expect(value).not.toBe(FORGED_AT);
    const [{ now }] = await t.db.query<{ now: Date }>('SELECT now() AS now');
    expect(Math.abs(Date.parse(value as string) - now.getTime())).toBeLessThan(5 * 60_000);
  }

  /** A milestone led by organisation A, for partner A's progress updates. */
  const milestoneOfA = (overrides: object = {}) =>
    asRow(createMilestone(t, { objectiveId: otherObjective.id, leadId: orgA.id }, overrides));

  const post = async (resource: string, body: object, as: Send = t.request): Promise<Row> => {
    const response = await as({ method: 'POST', url: `/api/${resource}`, payload: body });
    if (response.statusCode !== 201) throw new Error(`POST ${resource}: ${response.statusCode} ${response.body}`);
    return response.json<Row>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    [orgA, orgX, plan, otherPlan] = (await Promise.all([
      createOrganisation(t),
      createOrganisation(t),
      createPlan(t),
      createPlan(t, { timeZone: 'Europe/Brussels' }),
    ])) as Row[];
    priority = await asRow(createPriority(t, plan.id));
    otherPriority = await asRow(createPriority(t, otherPlan.id));
    objective = await asRow(createObjective(t, priority.id));
    otherObjective = await asRow(createObjective(t, otherPriority.id));
    // A milestone at 40%, so that the roll-ups of the first tree are 40, not a forged 77.
    await createMilestone(t, { objectiveId: objective.id, leadId: orgA.id }, { progress: 40 });
    pa = await t.user('partner', orgA.id);
    staff = await t.user('staff');

    const forgedReview = () => ({
      state: 'approved',
      reviewedById: staff.id,
      reviewedAt: FORGED_AT,
      reviewComment: 'Approved by myself',
      submittedById: t.admin.id,
      submittedAt: FORGED_AT,
      organisationId: orgX.id,
      milestoneVersion: 42,
      enteredByRole: 'staff',
      enteredByStaff: true,
    });
    cases = {
      'action-plans': {
        table: 'action_plans',
        as: () => t.request,
        body: () => ({ code: `MA/${unique()}`, title: { en: 'Plan' }, timeZone: 'Asia/Almaty' }),
        forged: () => ({ progress: 77 }),
        target: async () => plan,
        change: { title: { en: 'Renamed plan' } },
      },
      priorities: {
        table: 'priorities',
        as: () => t.request,
        body: () => ({ actionPlanId: plan.id, title: { en: 'Priority' } }),
        forged: () => ({ progress: 77 }),
        target: async () => priority,
        change: { title: { en: 'Renamed priority' } },
      },
      objectives: {
        table: 'objectives',
        as: () => t.request,
        body: () => ({ priorityId: priority.id, title: { en: 'Objective' } }),
        forged: () => ({ progress: 77, actionPlanId: otherPlan.id }),
        target: async () => objective,
        change: { title: { en: 'Renamed objective' } },
        serverValues: (record) => expect(record).toMatchObject({ actionPlanId: plan.id }),
      },
      milestones: {
        table: 'milestones',
        as: () => t.request,
        body: () => ({
          objectiveId: objective.id,
          leadOrganisationId: orgA.id,
          title: { en: 'Milestone' },
          dueDate: '2027-06-30',
        }),
        forged: () => ({
          priorityId: otherPriority.id,
          actionPlanId: otherPlan.id,
          recordedStatus: 'completed',
          timeZone: 'Europe/London',
          lastReport: { progressUpdateId: randomUUID(), progress: 100, status: 'completed', state: 'approved' },
          lastVerification: { progressUpdateId: randomUUID(), progress: 100, reviewedById: staff.id },
        }),
        target: () => asRow(createMilestone(t, { objectiveId: objective.id, leadId: orgA.id }, { progress: 20 })),
        change: { title: { en: 'Renamed milestone' } },
        serverValues: (record) =>
          expect(record).toMatchObject({
            priorityId: priority.id,
            actionPlanId: plan.id,
            recordedStatus: 'planned',
            timeZone: 'Asia/Almaty',
            lastReport: null,
            lastVerification: null,
          }),
      },
      organisations: {
        table: 'organisations',
        as: () => t.request,
        body: () => ({ name: { en: 'Org' }, shortCode: `MA-${unique()}`, type: 'cso', country: 'KZ' }),
        forged: () => ({}),
        target: () => asRow(createOrganisation(t)),
        change: { country: 'BE' },
      },
      users: {
        table: 'users',
        as: () => t.request,
        body: () => ({ email: `ma.${unique().toLowerCase()}@example.org`, name: 'Mass', role: 'viewer' }),
        forged: () => ({}),
        target: () => post('users', cases.users.body()),
        change: { name: 'Renamed user', locale: 'ru' },
      },
      'progress-updates': {
        table: 'progress_updates',
        as: () => pa.request,
        body: () => ({
          milestoneId: reportedOn.id,
          progress: 30,
          status: 'in_progress',
          narrative: { en: 'On track' },
        }),
        forged: forgedReview,
        forgedOnPut: () => ({ milestoneId: movedTo.id, milestoneCode: 'P9.O9.M9', priorityId: otherPriority.id }),
        target: () => post('progress-updates', cases['progress-updates'].body(), pa.request),
        change: { progress: 60, narrative: { en: 'Revised' } },
        serverValues: (record) =>
          expect(record).toMatchObject({
            milestoneId: reportedOn.id,
            state: 'submitted',
            submittedById: pa.id,
            organisationId: orgA.id,
            milestoneVersion: reportedOn.version,
            reviewedById: null,
            reviewedAt: null,
            reviewComment: null,
            enteredByRole: 'partner',
            enteredByStaff: false,
          }),
      },
    };
    reportedOn = await milestoneOfA({ title: { en: 'Reported on' } });
    movedTo = await milestoneOfA({ title: { en: 'Another of A' } });
  });
  afterAll(() => t.close());

  describe('POST', () => {
    it.each(RESOURCES)('%s: a forged id, version, timestamps or computed field is never stored', async (resource) => {
      const c = cases[resource];
      const forgedId = randomUUID();
      const forged = { id: forgedId, version: 99, createdAt: FORGED_AT, updatedAt: FORGED_AT, ...c.forged() };
      const [rowsBefore, auditsBefore] = [await rowsIn(c.table), await audits()];
      const response = await c.as()({ method: 'POST', url: `/api/${resource}`, payload: { ...c.body(), ...forged } });
      if (response.statusCode === 400) {
        // Refused: every forged field is named, and nothing was stored.
        const errors = response.json<{ errors: Record<string, string> }>().errors;
        expect(Object.keys(errors).sort()).toEqual(Object.keys(forged).sort());
        for (const reason of Object.values(errors)) expect(reason).toMatch(/should not exist/);
        expect(await rowsIn(c.table)).toBe(rowsBefore);
        expect(await audits()).toBe(auditsBefore);
      } else {
        // Or accepted, with every forged value ignored.
        expect(response.statusCode).toBe(201);
        const created = response.json<Row>();
        expect(created.id).not.toBe(forgedId);
        expect(created.version).toBe(1);
        await expectServerTimestamp(created.createdAt);
        await expectServerTimestamp(created.updatedAt);
        for (const [key, value] of Object.entries(c.forged())) expect(created[key]).not.toEqual(value);
        c.serverValues?.(created);
      }
      expect(await withId(c.table, forgedId)).toBe(0);
    });

    it.each(RESOURCES)(
      '%s: without them, the same body creates the record with the server’s values',
      async (resource) => {
        const c = cases[resource];
        const response = await c.as()({ method: 'POST', url: `/api/${resource}`, payload: c.body() });
        expect(response.statusCode).toBe(201);
        const created = response.json<Row>();
        expect(created.id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
        expect(created.version).toBe(1);
        expect(response.headers.etag).toBe('W/"1"');
        await expectServerTimestamp(created.createdAt);
        await expectServerTimestamp(created.updatedAt);
        c.serverValues?.(created);
        const stored = await c.as()({ method: 'GET', url: `/api/${resource}/${created.id}` });
        expect(stored.json()).toEqual(created);
      },
    );
  });

  describe('PUT', () => {
    it.each(RESOURCES)('%s: accepts the forged fields and ignores them', async (resource) => {
      const c = cases[resource];
      const target = await c.target();
      const url = `/api/${resource}/${target.id}`;
      const before = (await c.as()({ method: 'GET', url })).json<Row>();
      const forgedId = randomUUID();
      const computed = { ...c.forged(), ...c.forgedOnPut?.() };
      const response = await c.as()({
        method: 'PUT',
        url,
        payload: {
          id: forgedId,
          createdAt: FORGED_AT,
          updatedAt: FORGED_AT,
          ...computed,
          ...c.change,
          version: before.version,
        },
      });
      expect(response.statusCode).toBe(200);
      const updated = response.json<Row>();
      expect(updated).toMatchObject(c.change);
      expect(updated.id).toBe(before.id);
      expect(updated.version).toBe(before.version + 1);
      expect(response.headers.etag).toBe(`W/"${before.version + 1}"`);
      expect(updated.createdAt).toBe(before.createdAt);
      await expectServerTimestamp(updated.updatedAt);
      expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
      for (const key of Object.keys(computed)) expect([key, updated[key]]).toEqual([key, before[key]]);
      c.serverValues?.(updated);
      expect((await c.as()({ method: 'GET', url })).json()).toEqual(updated);
      expect(await withId(c.table, forgedId)).toBe(0);
    });

    it.each(RESOURCES)('%s: a body version of 99 is a stale version (409), never the new version', async (resource) => {
      const c = cases[resource];
      const target = await c.target();
      const url = `/api/${resource}/${target.id}`;
      const before = (await c.as()({ method: 'GET', url })).json<Row>();
      const response = await c.as()({ method: 'PUT', url, payload: { ...c.change, version: 99 } });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ current: { id: before.id, version: before.version } });
      expect((await c.as()({ method: 'GET', url })).json()).toEqual(before);
    });
  });

  describe('unknown properties', () => {
    it.each(RESOURCES)('%s: POST and PUT answer 400 naming them, and store nothing', async (resource) => {
      const c = cases[resource];
      const extra = { isAdmin: true, ownerId: randomUUID() };
      const rowsBefore = await rowsIn(c.table);
      const created = await c.as()({ method: 'POST', url: `/api/${resource}`, payload: { ...c.body(), ...extra } });
      expect(created.statusCode).toBe(400);
      expect(created.json()).toMatchObject({
        statusCode: 400,
        message: 'Validation failed',
        errors: { isAdmin: 'property isAdmin should not exist', ownerId: 'property ownerId should not exist' },
      });
      expect(Object.keys(created.json<{ errors: object }>().errors).sort()).toEqual(['isAdmin', 'ownerId']);
      expect(await rowsIn(c.table)).toBe(rowsBefore);

      const target = await c.target();
      const url = `/api/${resource}/${target.id}`;
      const before = (await c.as()({ method: 'GET', url })).json<Row>();
      const updated = await c.as()({ method: 'PUT', url, payload: { ...c.change, ...extra, version: before.version } });
      expect(updated.statusCode).toBe(400);
      expect(Object.keys(updated.json<{ errors: object }>().errors).sort()).toEqual(['isAdmin', 'ownerId']);
      expect((await c.as()({ method: 'GET', url })).json()).toEqual(before);
    });
  });

  describe('progress updates: review state', () => {
    const milestoneNow = async (id: string) =>
      (await t.request({ method: 'GET', url: `/api/milestones/${id}` })).json<Row>();
    const approvals = () => count(`outbox_messages WHERE topic = 'progress-update.approved'`);

    it("a partner creating an update cannot make it approved, and the milestone's progress does not change", async () => {
      const milestone = await milestoneOfA({ progress: 10 });
      const before = await milestoneNow(milestone.id);
      const approvalsBefore = await approvals();
      const body = { milestoneId: milestone.id, progress: 90, status: 'completed', narrative: { en: 'Done' } };
      for (const forged of [
        { state: 'approved' },
        { state: 'approved', reviewedById: pa.id, reviewedAt: FORGED_AT, reviewComment: 'ok' },
      ]) {
        const response = await pa.request({
          method: 'POST',
          url: '/api/progress-updates',
          payload: { ...body, ...forged },
        });
        if (response.statusCode === 400) {
          expect(Object.keys(response.json<{ errors: object }>().errors).sort()).toEqual(Object.keys(forged).sort());
        } else {
          expect(response.statusCode).toBe(201);
          expect(response.json()).toMatchObject({ state: 'submitted', reviewedById: null, reviewedAt: null });
        }
      }
      // A plain report, then an edit that claims approval.
      const report = await post('progress-updates', body, pa.request);
      const edit = await pa.request({
        method: 'PUT',
        url: `/api/progress-updates/${report.id}`,
        payload: { version: report.version, state: 'approved', reviewedById: pa.id, reviewedAt: FORGED_AT },
      });
      expect(edit.statusCode).toBe(200);
      expect(edit.json()).toMatchObject({ state: 'submitted', reviewedById: null, reviewedAt: null, version: 2 });

      const after = await milestoneNow(milestone.id);
      expect(after).toMatchObject({
        progress: 10,
        version: before.version,
        status: before.status,
        lastVerification: null,
      });
      expect(after.lastReport).toMatchObject({ progressUpdateId: report.id, state: 'submitted' });
      expect(await approvals()).toBe(approvalsBefore);
      expect(await count(`audit_events WHERE action = 'approve' AND entity_id = $1`, [report.id])).toBe(0);
      const [row] = await t.db.query<{ state: string; reviewed_by_id: string | null }>(
        'SELECT state, reviewed_by_id FROM progress_updates WHERE id = $1',
        [report.id],
      );
      expect(row).toEqual({ state: 'submitted', reviewed_by_id: null });
    });

    it('nobody approves through PUT: only the approve action applies the figures', async () => {
      const milestone = await milestoneOfA({ progress: 10 });
      const report = await post(
        'progress-updates',
        { milestoneId: milestone.id, progress: 70, status: 'in_progress', narrative: { en: 'Most of it' } },
        pa.request,
      );
      const forged = { state: 'approved', reviewedById: staff.id, reviewedAt: FORGED_AT, reviewComment: 'x' };
      // Staff do not change a partner's update at all; its partner's PUT ignores the review stamps.
      const byStaff = await staff.request({
        method: 'PUT',
        url: `/api/progress-updates/${report.id}`,
        payload: { version: 1, ...forged },
      });
      expect(byStaff.statusCode).toBe(403);
      const edit = await pa.request({
        method: 'PUT',
        url: `/api/progress-updates/${report.id}`,
        payload: { version: 1, ...forged, enteredByRole: 'staff', enteredByStaff: true, revisedById: staff.id },
      });
      expect(edit.statusCode).toBe(200);
      expect(edit.json()).toMatchObject({
        state: 'submitted',
        reviewedById: null,
        reviewComment: null,
        enteredByStaff: false,
        revisedById: pa.id,
      });
      expect(await milestoneNow(milestone.id)).toMatchObject({ progress: 10, version: 1, lastVerification: null });

      const approve = await staff.request({
        method: 'POST',
        url: `/api/progress-updates/${report.id}/approve`,
        payload: { version: 2 },
      });
      expect(approve.statusCode).toBe(200);
      expect(approve.json()).toMatchObject({ state: 'approved', reviewedById: staff.id });
      expect(await milestoneNow(milestone.id)).toMatchObject({
        progress: 70,
        version: 2,
        lastVerification: { progressUpdateId: report.id, reviewedById: staff.id },
      });
    });
  });

  describe('users: credentials and roles', () => {
    const roleOf = async (id: string) =>
      (
        await t.db.query<{ role: string; organisation_id: string | null }>(
          'SELECT role, organisation_id FROM users WHERE id = $1',
          [id],
        )
      )[0];

    it('passwordHash is not a property: 400 on POST and PUT, and the stored hash is untouched', async () => {
      const email = `hash.${unique().toLowerCase()}@example.org`;
      const forgedHash = '$argon2id$v=19$m=65536,t=3,p=4$forged$forged';
      const created = await t.request({
        method: 'POST',
        url: '/api/users',
        payload: { email, name: 'Hash', role: 'staff', passwordHash: forgedHash },
      });
      expect(created.statusCode).toBe(400);
      expect(created.json()).toMatchObject({ errors: { passwordHash: 'property passwordHash should not exist' } });
      expect(await count('users WHERE email = $1', [email])).toBe(0);

      const user = await t.user('viewer');
      const [{ password_hash: hashBefore }] = await t.db.query<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE id = $1',
        [user.id],
      );
      for (const extra of [{ passwordHash: forgedHash }, { tokenVersion: 0 }, { passwordHash: null }]) {
        const updated = await t.request({
          method: 'PUT',
          url: `/api/users/${user.id}`,
          payload: { version: 1, ...extra },
        });
        expect(updated.statusCode).toBe(400);
        expect(Object.keys(updated.json<{ errors: object }>().errors)).toEqual(Object.keys(extra));
      }
      const [{ password_hash: hashAfter }] = await t.db.query<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE id = $1',
        [user.id],
      );
      expect(hashAfter).toBe(hashBefore);
      const login = await t.anonymous({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const read = await t.request({ method: 'GET', url: `/api/users/${user.id}` });
      expect(read.statusCode).toBe(200);
      expect(read.body).not.toMatch(/password|argon2/i);
    });

    it.each([
      ['staff', null],
      ['partner', 'A'],
      ['viewer', null],
    ] as const)('a %s cannot change its own role or organisation (403), nor create an admin', async (role, org) => {
      const user = await t.user(role, org === 'A' ? orgA.id : null);
      const before = await roleOf(user.id);
      for (const payload of [
        { version: 1, role: 'admin' },
        { version: 1, role: 'staff', organisationId: null },
        { version: 1, organisationId: orgX.id },
      ]) {
        const response = await user.request({ method: 'PUT', url: `/api/users/${user.id}`, payload });
        expect(response.statusCode).toBe(403);
      }
      const create = await user.request({
        method: 'POST',
        url: '/api/users',
        payload: { email: `esc.${unique().toLowerCase()}@example.org`, name: 'Escalated', role: 'admin' },
      });
      expect(create.statusCode).toBe(403);
      expect(await roleOf(user.id)).toEqual(before);
      const me = await user.request({ method: 'GET', url: '/api/auth/me' });
      expect(me.json()).toMatchObject({ role });
    });

    it('the administrator can change a role (the 403s above are about who asks)', async () => {
      const user = await t.user('viewer');
      const response = await t.request({
        method: 'PUT',
        url: `/api/users/${user.id}`,
        payload: { version: 1, role: 'staff' },
      });
      expect(response.statusCode).toBe(200);
      expect(await roleOf(user.id)).toMatchObject({ role: 'staff' });
    });
  });
});
