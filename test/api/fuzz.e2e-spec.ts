import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';
import { createMilestone, createPlanTree, CRUD_RESOURCES, type Ids } from '../support/factories.js';
import { multipartFile, SAMPLE_FILES } from '../support/multipart.js';

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
  it('refuses a filter nested thousands of levels deep with 400 naming the filter, on every list', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    for (const resource of [...RESOURCES, 'audit-events', 'reminders', 'notifications', 'reports']) {
      const response = await t.request({ method: 'GET', url: `/api/${resource}?filter=${encodeURIComponent(deep)}` });
      expect([resource, response.statusCode]).toEqual([resource, 400]);
      expect(response.json()).toMatchObject({ errors: { filter: 'nests deeper than 16 levels' } });
    }
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])));
    const response = await t.request({ method: 'GET', url: `/api/milestones?filter=${encodeURIComponent(wide)}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { filter: 'has an object with more than 1000 keys' } });
  });

  describe('malformed multipart bodies on every upload route', () => {
    const uploads = () => [
      `/api/progress-updates/${updateId}/evidence`,
      `/api/milestones/import?actionPlanId=${ids.planId}`,
    ];
    const { payload: wellFormed, headers } = multipartFile(SAMPLE_FILES.pdf, 'minutes.pdf', 'application/pdf');
    const boundary = headers['content-type'].split('boundary=')[1];
    const broken: Array<[string, Buffer, string]> = [
      ['cut off before its end', wellFormed.subarray(0, wellFormed.length - 20), headers['content-type']],
      ['cut off inside the part header', wellFormed.subarray(0, 40), headers['content-type']],
      [
        'a part header with no colon',
        Buffer.from(`--${boundary}\r\nContent-Disposition form-data name=file\r\n\r\nx\r\n--${boundary}--\r\n`),
        headers['content-type'],
      ],
      ['another boundary than announced', wellFormed, 'multipart/form-data; boundary=somethingelse'],
      ['no boundary at all', wellFormed, 'multipart/form-data'],
      ['random bytes', Buffer.from('\u0000\u00ff--\r\n\r\n'.repeat(50), 'latin1'), headers['content-type']],
    ];

    it.each(broken)('%s: 4xx, never 5xx, nothing stored', async (_what, payload, contentType) => {
      for (const url of uploads()) {
        const before = await writes();
        const response = await t.admin.request({
          method: 'POST',
          url,
          payload,
          headers: { 'content-type': contentType },
        });
        expect([url, response.statusCode >= 400 && response.statusCode < 500]).toEqual([url, true]);
        expect(await writes()).toBe(before);
      }
    });

    it('random bodies labelled multipart: never 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...uploads()),
          fc.oneof(
            fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)),
            fc.integer({ min: 0, max: wellFormed.length }).map((cut) => wellFormed.subarray(0, cut)),
          ),
          async (url, payload) => {
            const response = await t.admin.request({ method: 'POST', url, payload, headers });
            expect(response.statusCode).toBeLessThan(500);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
