import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';
import { createMilestone, createPlanTree, CRUD_RESOURCES, type Ids } from '../support/factories.js';

/** Random input never produces a 5xx, and a refused write changes nothing. */
describe('fuzzing the API with random input', () => {
  let t: TestApp;
  let ids: Ids;
  let milestoneId: string;
  const writes = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0].n;

  let callers: TestUser[];
  let updateId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    milestoneId = (await createMilestone(t, ids)).id;
    const partner = await t.user('partner', ids.leadId);
    callers = [t.admin, partner, await t.user('partner', ids.supportId), await t.user('viewer')];
    updateId = (
      await partner.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId, progress: 10, status: 'in_progress', narrative: { en: 'x' } },
      })
    ).json<{ id: string }>().id;
  });
  afterAll(() => t.close());

  const RESOURCES = CRUD_RESOURCES;
  const FIELDS = [
    'id',
    'title',
    'code',
    'status',
    'progress',
    'dueDate',
    'startDate',
    'objectiveId',
    'leadOrganisationId',
    'supportingOrganisationIds',
    'name',
    'shortCode',
    'type',
    'country',
    'email',
    'role',
    'version',
    'q',
    'milestoneId',
    'narrative',
    'evidence',
    'timeZone',
    'position',
    'visibility',
    'reminderContacts',
    'state',
    'actionPlanId',
    'priorityId',
  ];
  const scalar = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.uuid(),
    fc.constantFrom(
      '2027-01-01',
      '2026-02-30',
      'planned',
      'delayed',
      'KZ',
      'cso',
      "'; DROP TABLE milestones; --",
      '\u0000',
      'Ә'.repeat(400),
    ),
  );
  const value = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('en', 'ru', 'kk', 'fr', 'url', ...FIELDS), tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  const body = fc.oneof(fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 }), value);

  it('POST and PUT with random bodies: never 5xx; refused writes leave no trace', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...RESOURCES),
        fc.constantFrom('POST', 'PUT'),
        body,
        fc.option(fc.string({ maxLength: 12 })),
        async (resource, method, payload, ifMatch) => {
          const before = await writes();
          const url =
            method === 'POST'
              ? `/api/${resource}`
              : `/api/${resource}/${resource === 'milestones' ? milestoneId : ids.leadId}`;
          const response = await t.request({
            method,
            url,
            payload: JSON.stringify(payload),
            headers: { 'content-type': 'application/json', ...(ifMatch === null ? {} : { 'if-match': ifMatch }) },
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) expect(await writes()).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('actions and sign-in with random bodies, as any role: never 5xx; refused calls leave no trace', async () => {
    const actions = ['approve', 'return', 'reject', 'submit'].map(
      (action) => `/api/progress-updates/${updateId}/${action}`,
    );
    // Not logout: it would revoke the callers' tokens for the rest of the run.
    const urls = [...actions, '/api/auth/login', '/api/auth/password'];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: callers.length - 1 }),
        fc.constantFrom(...urls),
        body,
        async (who, url, payload) => {
          const before = await writes();
          const response = await callers[who].request({
            method: 'POST',
            url,
            payload: JSON.stringify(payload),
            headers: { 'content-type': 'application/json' },
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) expect(await writes()).toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GET lists with random sort, range and filter: never 5xx', async () => {
    const json = fc.oneof(
      fc.json(),
      value.map((v) => JSON.stringify(v)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...RESOURCES, 'audit-events'),
        fc.record({ sort: fc.option(json), range: fc.option(json), filter: fc.option(json) }),
        async (resource, params) => {
          const query = Object.entries(params)
            .filter(([, v]) => v !== null)
            .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
            .join('&');
          const response = await t.request({ method: 'GET', url: `/api/${resource}?${query}` });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('filters with well-formed JSON on known fields and random values: never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...FIELDS, 'dueDate_gte', 'progress_lt', 'status_neq', 'organisationId'), value, {
          maxKeys: 3,
        }),
        async (filter) => {
          const response = await t.request({
            method: 'GET',
            url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify(filter))}`,
          });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
