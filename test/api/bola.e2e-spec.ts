import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';
import {
  createMilestone,
  createObjective,
  createOrganisation,
  createPlan,
  createPriority,
} from '../support/factories.js';

type Row = Record<string, unknown> & { id: string; version: number };
type Send = (options: InjectOptions) => Promise<LightMyRequestResponse>;

const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** The total of a `Content-Range: milestones 0-2/3` (or `milestones *\/3`) header. */
function totalOf(response: LightMyRequestResponse): number {
  const header = String(response.headers['content-range']);
  const match = /^[a-z-]+ (?:\d+-\d+|\*)\/(\d+)$/.exec(header);
  if (!match) throw new Error(`Unexpected Content-Range: ${header}`);
  return Number(match[1]);
}

/** Status and body with the requested id masked: what a caller learns from an error. */
function shapeOf(response: LightMyRequestResponse, id: string) {
  return { status: response.statusCode, body: JSON.parse(response.body.replaceAll(id, '<id>')) as unknown };
}

const SECRET_NOTE = 'B secret note';
const PUBLIC_NOTE = 'public but staff-only note';
const NARRATIVE = 'B confidential narrative';
const PUBLIC_NARRATIVE = 'B pending public narrative';
const B_CONTACT = 'b@example.org';
const A_CONTACT = 'a@example.org';
/** A word that appears only in the title of B's internal milestone. */
const HIDDEN_WORD = 'zanzibarite';

/**
 * Broken object-level authorisation: partner A must never read or change
 * organisation B's non-public data, whatever the route, filter, sort or range.
 */
describe('BOLA: partner A and organisation B', () => {
  let t: TestApp;
  let orgA: Row;
  let orgB: Row;
  let bInternal: Row;
  let bPublic: Row;
  let aInternal: Row;
  let supported: Row;
  let pa: TestUser;
  let pb: TestUser;
  let viewer: TestUser;
  let staff: TestUser;
  let pbUpdate: Row;
  let pbPublicUpdate: Row;
  /** Every body partner A and the viewer received: scanned for secrets at the end. */
  const paBodies: string[] = [];
  const viewerBodies: string[] = [];
  let asPa: Send;
  let asViewer: Send;
  let before: {
    milestones: unknown[];
    updates: unknown[];
    organisations: unknown[];
    outbox: number;
    audit: number;
  };

  const snapshot = async () => ({
    milestones: await t.db.query(
      `SELECT id, version, progress, status, visibility, internal_notes, lead_organisation_id, updated_at
       FROM milestones ORDER BY id`,
    ),
    updates: await t.db.query(
      `SELECT id, version, state, progress, status, narrative, milestone_id, organisation_id, reviewed_by_id
       FROM progress_updates ORDER BY id`,
    ),
    organisations: await t.db.query('SELECT id, version, reminder_contacts FROM organisations ORDER BY id'),
    outbox: (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages'))[0].n,
    audit: (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0].n,
  });

  const recording =
    (user: TestUser, bodies: string[]): Send =>
    async (options) => {
      const response = await user.request(options);
      bodies.push(response.body);
      return response;
    };

  const ids = (response: LightMyRequestResponse) => response.json<Row[]>().map((row) => row.id);

  beforeAll(async () => {
    t = await createTestApp();
    orgA = await createOrganisation(t, { reminderContacts: [{ role: 'focal point', email: A_CONTACT }] });
    orgB = await createOrganisation(t);
    const withContacts = await t.request({
      method: 'PUT',
      url: `/api/organisations/${orgB.id}`,
      payload: { version: orgB.version, reminderContacts: [{ role: 'focal point', email: B_CONTACT }] },
    });
    expect(withContacts.statusCode).toBe(200);
    const plan = await createPlan(t);
    const priority = await createPriority(t, plan.id);
    const objective = await createObjective(t, priority.id);
    const under = (leadId: string) => ({ objectiveId: objective.id, leadId });
    bInternal = await createMilestone(t, under(orgB.id), {
      title: { en: `Zanzibarite B internal milestone` },
      visibility: 'internal',
      internalNotes: SECRET_NOTE,
    });
    bPublic = await createMilestone(t, under(orgB.id), {
      title: { en: 'B public milestone' },
      visibility: 'public',
      internalNotes: PUBLIC_NOTE,
    });
    aInternal = await createMilestone(t, under(orgA.id), { title: { en: 'A internal milestone' } });
    supported = await createMilestone(t, under(orgB.id), {
      title: { en: 'B-led milestone A supports' },
      visibility: 'internal',
      supportingOrganisationIds: [orgA.id],
    });
    pa = await t.user('partner', orgA.id);
    pb = await t.user('partner', orgB.id);
    viewer = await t.user('viewer');
    staff = await t.user('staff');
    asPa = recording(pa, paBodies);
    asViewer = recording(viewer, viewerBodies);

    const report = async (milestoneId: string, narrative: string, progress: number) => {
      const response = await pb.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId, progress, status: 'in_progress', narrative: { en: narrative } },
      });
      expect(response.statusCode).toBe(201);
      return response.json<Row>();
    };
    pbUpdate = await report(bInternal.id, NARRATIVE, 40);
    pbPublicUpdate = await report(bPublic.id, PUBLIC_NARRATIVE, 55);
    before = await snapshot();
  });
  afterAll(() => t.close());

  describe('milestones: reading one', () => {
    it("answers 404 to B's internal milestone, exactly as to an id that does not exist", async () => {
      const hidden = await asPa({ method: 'GET', url: `/api/milestones/${bInternal.id}` });
      const missingId = randomUUID();
      const missing = await asPa({ method: 'GET', url: `/api/milestones/${missingId}` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.headers.etag).toBeUndefined();
      expect(shapeOf(hidden, bInternal.id)).toEqual(shapeOf(missing, missingId));
    });

    it('reads the public milestone of B, its own and the one it supports', async () => {
      for (const milestone of [bPublic, aInternal, supported]) {
        const response = await asPa({ method: 'GET', url: `/api/milestones/${milestone.id}` });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ id: milestone.id });
      }
    });

    it('staff read B-internal (the 404 above is scoping, not a missing record)', async () => {
      const response = await staff.request({ method: 'GET', url: `/api/milestones/${bInternal.id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: bInternal.id, internalNotes: SECRET_NOTE });
    });
  });

  describe('milestones: lists, filters, search, sort and range', () => {
    const visible = () => [bPublic.id, aInternal.id, supported.id].sort();

    it('lists public, own and supported milestones, never B-internal, with a total that counts only those', async () => {
      const response = await asPa({ method: 'GET', url: `/api/milestones?range=${enc([0, 999])}` });
      expect(response.statusCode).toBe(200);
      expect(ids(response).sort()).toEqual(visible());
      expect(totalOf(response)).toBe(3);
      // The same list as staff holds B-internal: the partner's list is scoped, not empty by accident.
      const all = await staff.request({ method: 'GET', url: '/api/milestones' });
      expect(ids(all)).toContain(bInternal.id);
      expect(totalOf(all)).toBe(4);
    });

    it.each([
      ['id list naming B-internal and B-public', { id: [bInternalId(), bPublicId()] }, () => [bPublic.id]],
      ['id list naming only B-internal', { id: [bInternalId()] }, () => []],
      ['single id of B-internal', { id: bInternalId() }, () => []],
      ['organisationId B', { organisationId: orgBId() }, () => [bPublic.id, supported.id]],
      ['leadOrganisationId B', { leadOrganisationId: orgBId() }, () => [bPublic.id, supported.id]],
      ['internal and led by B', { visibility: 'internal', leadOrganisationId: orgBId() }, () => [supported.id]],
      ['visibility internal', { visibility: 'internal' }, () => [aInternal.id, supported.id]],
      ['supportingOrganisationIds A', { supportingOrganisationIds: orgAId() }, () => [supported.id]],
      ['q: a word only in B-internal', { q: HIDDEN_WORD }, () => []],
      ['q: the word with B as organisation', { q: HIDDEN_WORD, organisationId: orgBId() }, () => []],
      ['q: a word only in internal notes', { q: 'staff-only' }, () => []],
      ['q: secret (only in internal notes)', { q: 'secret' }, () => []],
    ])('filter by %s', async (_, filterOf, expected) => {
      const filter = resolve(filterOf);
      const response = await asPa({ method: 'GET', url: `/api/milestones?filter=${enc(filter)}` });
      expect(response.statusCode).toBe(200);
      expect(ids(response).sort()).toEqual(expected().sort());
      expect(totalOf(response)).toBe(expected().length);
    });

    it('finds B-internal by that word as staff (so the empty answer above is scoping)', async () => {
      const response = await staff.request({ method: 'GET', url: `/api/milestones?filter=${enc({ q: HIDDEN_WORD })}` });
      expect(ids(response)).toEqual([bInternal.id]);
    });

    it('refuses internal notes as a filter or a sort key, so they cannot be probed', async () => {
      for (const query of [
        `filter=${enc({ internalNotes: SECRET_NOTE })}`,
        `filter=${enc({ internalNotes_neq: 'x' })}`,
        `sort=${enc(['internalNotes', 'ASC'])}`,
      ]) {
        const response = await asPa({ method: 'GET', url: `/api/milestones?${query}` });
        expect(response.statusCode).toBe(400);
      }
    });

    it.each([
      ['dueDate', 'ASC'],
      ['dueDate', 'DESC'],
      ['code', 'ASC'],
      ['code', 'DESC'],
      ['title', 'DESC'],
      ['progress', 'DESC'],
      ['visibility', 'ASC'],
      ['leadOrganisationId', 'DESC'],
      ['createdAt', 'DESC'],
      ['id', 'ASC'],
    ])('sorted by %s %s, page by page, never shows B-internal and always totals 3', async (field, order) => {
      const sort = `sort=${enc([field, order])}`;
      const paged: string[] = [];
      for (const range of [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
        [3, 10],
      ]) {
        const response = await asPa({ method: 'GET', url: `/api/milestones?${sort}&range=${enc(range)}` });
        expect(response.statusCode).toBe(200);
        expect(totalOf(response)).toBe(3);
        paged.push(...ids(response));
      }
      expect(paged.sort()).toEqual(visible());
      const whole = await asPa({ method: 'GET', url: `/api/milestones?${sort}&range=${enc([0, 999])}` });
      expect(ids(whole).sort()).toEqual(visible());
      expect(whole.headers['content-range']).toBe('milestones 0-2/3');
    });
  });

  describe('internal notes (field-level)', () => {
    it('B-public has no internalNotes for partner A: read, list, getMany and search', async () => {
      const one = await asPa({ method: 'GET', url: `/api/milestones/${bPublic.id}` });
      expect(one.json()).not.toHaveProperty('internalNotes');
      for (const filter of [{}, { id: [bPublic.id] }, { q: 'public' }, { organisationId: orgB.id }]) {
        const list = await asPa({ method: 'GET', url: `/api/milestones?filter=${enc(filter)}` });
        const rows = list.json<Row[]>();
        expect(rows.map((row) => row.id)).toContain(bPublic.id);
        for (const row of rows) expect(row).not.toHaveProperty('internalNotes');
      }
    });

    it('a viewer sees no internalNotes either, on public or internal milestones', async () => {
      for (const milestone of [bPublic, bInternal]) {
        const one = await asViewer({ method: 'GET', url: `/api/milestones/${milestone.id}` });
        expect(one.statusCode).toBe(200);
        expect(one.json()).not.toHaveProperty('internalNotes');
      }
      const list = await asViewer({ method: 'GET', url: '/api/milestones' });
      expect(list.json<Row[]>()).toHaveLength(4);
      for (const row of list.json<Row[]>()) expect(row).not.toHaveProperty('internalNotes');
    });

    it('staff see them', async () => {
      const one = await staff.request({ method: 'GET', url: `/api/milestones/${bPublic.id}` });
      expect(one.json()).toMatchObject({ internalNotes: PUBLIC_NOTE });
      const list = await staff.request({ method: 'GET', url: `/api/milestones?filter=${enc({ id: [bPublic.id] })}` });
      expect(list.json()).toEqual([expect.objectContaining({ internalNotes: PUBLIC_NOTE })]);
    });

    it("B-public's lastReport does not hand partner A the pending progress update B made", async () => {
      // Staff see it: the milestone does carry B's report.
      const asStaff = await staff.request({ method: 'GET', url: `/api/milestones/${bPublic.id}` });
      expect(asStaff.json()).toMatchObject({ lastReport: { progressUpdateId: pbPublicUpdate.id } });
      // Partner A may not open that update (it is B's) ...
      const direct = await asPa({ method: 'GET', url: `/api/progress-updates/${pbPublicUpdate.id}` });
      expect(direct.statusCode).toBe(404);
      // ... so the milestone must not disclose it, nor who at B submitted it.
      for (const response of [
        await asPa({ method: 'GET', url: `/api/milestones/${bPublic.id}` }),
        await asPa({ method: 'GET', url: `/api/milestones?filter=${enc({ id: [bPublic.id] })}` }),
      ]) {
        expect(response.statusCode).toBe(200);
        expect(response.body).not.toContain(pbPublicUpdate.id);
        expect(response.body).not.toContain(pb.id);
      }
    });
  });

  describe('progress updates', () => {
    it("answers 404 to B's update, exactly as to an id that does not exist", async () => {
      const hidden = await asPa({ method: 'GET', url: `/api/progress-updates/${pbUpdate.id}` });
      const missingId = randomUUID();
      const missing = await asPa({ method: 'GET', url: `/api/progress-updates/${missingId}` });
      expect(hidden.statusCode).toBe(404);
      expect(shapeOf(hidden, pbUpdate.id)).toEqual(shapeOf(missing, missingId));
    });

    it.each([
      ['no filter', {}],
      ['organisationId B', { organisationId: orgBId() }],
      ['milestoneId of B-internal', { milestoneId: bInternalId() }],
      ['milestoneId of B-public', { milestoneId: bPublicId() }],
      ["id of B's update", { id: [pbUpdateId()] }],
      ['leadOrganisationId B', { leadOrganisationId: orgBId() }],
      ['q: confidential', { q: 'confidential' }],
      ['q: the whole narrative', { q: NARRATIVE }],
      ['state submitted', { state: 'submitted' }],
    ])('lists nothing of B for partner A (%s), with a total of 0', async (_, filterOf) => {
      const filter = resolve(filterOf);
      for (const sort of [
        ['submittedAt', 'DESC'],
        ['organisationId', 'ASC'],
        ['milestoneId', 'DESC'],
      ]) {
        const response = await asPa({
          method: 'GET',
          url: `/api/progress-updates?filter=${enc(filter)}&sort=${enc(sort)}&range=${enc([0, 99])}`,
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual([]);
        expect(totalOf(response)).toBe(0);
      }
    });

    it('staff find those updates with the same filter (so the empty answers are scoping)', async () => {
      const response = await staff.request({
        method: 'GET',
        url: `/api/progress-updates?filter=${enc({ q: 'confidential' })}`,
      });
      expect(ids(response)).toEqual([pbUpdate.id]);
    });

    it("answers 404 to a PUT on B's update, like an unknown id, and changes nothing", async () => {
      const attack = { progress: 99, status: 'completed', narrative: { en: 'overwritten by A' } };
      const missingId = randomUUID();
      for (const headers of [{}, { 'if-match': 'W/"1"' }]) {
        const hidden = await asPa({
          method: 'PUT',
          url: `/api/progress-updates/${pbUpdate.id}`,
          headers,
          payload: { version: 1, ...attack },
        });
        const missing = await asPa({
          method: 'PUT',
          url: `/api/progress-updates/${missingId}`,
          headers,
          payload: { version: 1, ...attack },
        });
        expect(hidden.statusCode).toBe(404);
        expect(shapeOf(hidden, pbUpdate.id)).toEqual(shapeOf(missing, missingId));
      }
      const stored = await t.request({ method: 'GET', url: `/api/progress-updates/${pbUpdate.id}` });
      expect(stored.json()).toMatchObject({
        version: 1,
        progress: 40,
        status: 'in_progress',
        narrative: { en: NARRATIVE },
        state: 'submitted',
      });
    });

    it("answers 404 to resubmitting B's update", async () => {
      const response = await asPa({ method: 'POST', url: `/api/progress-updates/${pbUpdate.id}/submit` });
      expect(response.statusCode).toBe(404);
    });

    it.each([
      ['approve', {}],
      ['return', { comment: 'Redo it' }],
      ['reject', { comment: 'No' }],
    ])("refuses to %s B's update (403)", async (action, payload) => {
      const response = await asPa({ method: 'POST', url: `/api/progress-updates/${pbUpdate.id}/${action}`, payload });
      expect(response.statusCode).toBe(403);
    });

    it("refuses to delete B's update, and to read the review queue (403)", async () => {
      expect((await asPa({ method: 'DELETE', url: `/api/progress-updates/${pbUpdate.id}` })).statusCode).toBe(403);
      expect((await asPa({ method: 'GET', url: '/api/progress-updates/review-queue' })).statusCode).toBe(403);
    });

    it('refuses a report on B-internal with 400 on milestoneId, exactly as for an unknown milestone', async () => {
      const body = { progress: 100, status: 'completed', narrative: { en: 'A claims it is done' } };
      const hidden = await asPa({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: bInternal.id, ...body },
      });
      const missingId = randomUUID();
      const missing = await asPa({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: missingId, ...body },
      });
      expect(hidden.statusCode).toBe(400);
      expect(hidden.json()).toMatchObject({ statusCode: 400, errors: { milestoneId: expect.any(String) } });
      expect(shapeOf(hidden, bInternal.id)).toEqual(shapeOf(missing, missingId));
    });

    it('refuses a report on B-public, which it can see but neither leads nor supports (403)', async () => {
      const response = await asPa({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: bPublic.id, progress: 100, status: 'completed', narrative: { en: 'Done' } },
      });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('milestones: writes', () => {
    it.each([
      ['PUT', 'B-public', () => bPublic.id],
      ['DELETE', 'B-public', () => bPublic.id],
      ['PUT', 'B-internal', () => bInternal.id],
      ['DELETE', 'B-internal', () => bInternal.id],
      ['PUT', 'the supported one', () => supported.id],
    ])('%s %s is refused with 403', async (method, _, id) => {
      const response = await asPa({
        method: method,
        url: `/api/milestones/${id()}`,
        ...(method === 'PUT' ? { payload: { version: 1, progress: 100, status: 'completed' } } : {}),
      });
      expect(response.statusCode).toBe(403);
    });

    it('POST of a milestone is refused with 403', async () => {
      const response = await asPa({
        method: 'POST',
        url: '/api/milestones',
        payload: {
          objectiveId: bPublic.objectiveId,
          leadOrganisationId: orgA.id,
          title: { en: 'Sneaked in' },
          dueDate: '2027-01-01',
        },
      });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('organisations: reminder contacts', () => {
    it('B has no reminderContacts for partner A, read or listed', async () => {
      const one = await asPa({ method: 'GET', url: `/api/organisations/${orgB.id}` });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ id: orgB.id });
      expect(one.json()).not.toHaveProperty('reminderContacts');
      for (const filter of [{}, { id: [orgA.id, orgB.id] }]) {
        const list = await asPa({ method: 'GET', url: `/api/organisations?filter=${enc(filter)}` });
        const rowB = list.json<Row[]>().find((row) => row.id === orgB.id);
        expect(rowB).toBeDefined();
        expect(rowB).not.toHaveProperty('reminderContacts');
      }
    });

    it("A's partner sees A's own contacts", async () => {
      const one = await asPa({ method: 'GET', url: `/api/organisations/${orgA.id}` });
      expect(one.json()).toMatchObject({ reminderContacts: [{ role: 'focal point', email: A_CONTACT }] });
      const list = await asPa({ method: 'GET', url: `/api/organisations?filter=${enc({ id: [orgA.id] })}` });
      expect(list.json()).toEqual([
        expect.objectContaining({ reminderContacts: [expect.objectContaining({ email: A_CONTACT })] }),
      ]);
    });

    it('a viewer sees no contacts at all; staff and B see B’s', async () => {
      for (const org of [orgA, orgB]) {
        const one = await asViewer({ method: 'GET', url: `/api/organisations/${org.id}` });
        expect(one.statusCode).toBe(200);
        expect(one.json()).not.toHaveProperty('reminderContacts');
      }
      const list = await asViewer({ method: 'GET', url: '/api/organisations' });
      expect(list.json<Row[]>().length).toBeGreaterThanOrEqual(2);
      for (const row of list.json<Row[]>()) expect(row).not.toHaveProperty('reminderContacts');
      for (const user of [staff, pb]) {
        const one = await user.request({ method: 'GET', url: `/api/organisations/${orgB.id}` });
        expect(one.json()).toMatchObject({ reminderContacts: [{ role: 'focal point', email: B_CONTACT }] });
      }
    });

    it('partner A cannot change or delete organisation B (403)', async () => {
      const put = await asPa({
        method: 'PUT',
        url: `/api/organisations/${orgB.id}`,
        payload: { version: 2, reminderContacts: [{ role: 'focal point', email: 'attacker@example.org' }] },
      });
      expect(put.statusCode).toBe(403);
      expect((await asPa({ method: 'DELETE', url: `/api/organisations/${orgB.id}` })).statusCode).toBe(403);
    });
  });

  describe('other routes', () => {
    it('partner A reads neither the audit trail nor the users (403)', async () => {
      for (const url of [
        `/api/audit-events?filter=${enc({ entityId: bInternal.id })}`,
        '/api/audit-events',
        '/api/users',
        `/api/users/${pb.id}`,
      ]) {
        const response = await asPa({ method: 'GET', url });
        expect(response.statusCode).toBe(403);
      }
    });
  });

  describe('after every refused attempt', () => {
    it("no response to partner A carried B's secrets, and none to the viewer carried staff-only fields", () => {
      expect(paBodies.length).toBeGreaterThan(50);
      const paSeen = paBodies.join('\n');
      for (const secret of [SECRET_NOTE, PUBLIC_NOTE, NARRATIVE, B_CONTACT, 'Zanzibarite']) {
        expect(paSeen).not.toContain(secret);
      }
      const viewerSeen = viewerBodies.join('\n');
      for (const secret of [SECRET_NOTE, PUBLIC_NOTE, A_CONTACT, B_CONTACT]) expect(viewerSeen).not.toContain(secret);
    });

    it('nothing changed: milestones, progress updates, organisations; no audit event or outbox message', async () => {
      const after = await snapshot();
      expect(after.milestones).toEqual(before.milestones);
      expect(after.updates).toEqual(before.updates);
      expect(after.organisations).toEqual(before.organisations);
      expect(after.outbox).toBe(before.outbox);
      expect(after.audit).toBe(before.audit);
      const [{ n }] = await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1',
        [pa.id],
      );
      expect(n).toBe(0);
    });
  });

  // Ids known only once beforeAll has run, for the it.each tables above.
  function bInternalId() {
    return { lazy: () => bInternal.id };
  }
  function bPublicId() {
    return { lazy: () => bPublic.id };
  }
  function orgAId() {
    return { lazy: () => orgA.id };
  }
  function orgBId() {
    return { lazy: () => orgB.id };
  }
  function pbUpdateId() {
    return { lazy: () => pbUpdate.id };
  }
});

type Lazy = { lazy: () => string };

/** Replaces the `{lazy}` placeholders of a filter by the ids they stand for. */
function resolve(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolve);
  if (value !== null && typeof value === 'object') {
    if ('lazy' in value) return (value as Lazy).lazy();
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item)]));
  }
  return value;
}
