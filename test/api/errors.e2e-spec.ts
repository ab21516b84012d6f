import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';

const enc = (value: unknown) => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));

describe('errors: every bad request gets a clear 4xx and changes nothing', () => {
  let t: TestApp;
  let ids: Ids;
  let auditCount: () => Promise<number>;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    auditCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0].n;
  });
  afterAll(() => t.close());

  describe('400 for malformed list parameters, naming the parameter', () => {
    it.each([
      ['sort', 'sort=' + enc('["dueDate","ASC"')],
      ['sort', 'sort=' + enc('["noSuchField","ASC"]')],
      ['sort', 'sort=' + enc('["dueDate","UP"]')],
      ['sort', 'sort=' + enc('["description","ASC"]')],
      ['range', 'range=' + enc('[0,1000]')],
      ['range', 'range=' + enc('[5,1]')],
      ['range', 'range=' + enc('[0')],
      ['range', 'range=' + enc('{"from":0}')],
      ['filter', 'filter=' + enc('{"status":')],
      ['filter', 'filter=' + enc('["status"]')],
      ['filter', 'filter=' + enc({ noSuchField: 1 })],
      ['filter', 'filter=' + enc({ status: 'late' })],
      ['filter', 'filter=' + enc({ objectiveId: 'not-a-uuid' })],
      ['filter', 'filter=' + enc({ id: ['x'] })],
      ['filter', 'filter=' + enc({ dueDate_gte: '2026-02-30' })],
      ['filter', 'filter=' + enc({ progress: 'many' })],
      ['filter', 'filter=' + enc({ q: 5 })],
      ['sort', 'sort=a&sort=b'],
      ['page', 'page=2'],
    ])('%s: %s', async (parameter, query) => {
      const response = await t.request({ method: 'GET', url: `/api/milestones?${query}` });
      expect(response.statusCode).toBe(400);
      const body = response.json<{ message: string; errors: Record<string, string> }>();
      expect(body.message).toContain(`"${parameter}"`);
      expect(Object.keys(body.errors)).toEqual([parameter]);
    });

    it('allows a range of exactly 1,000 rows', async () => {
      const response = await t.request({ method: 'GET', url: `/api/milestones?range=${enc('[0,999]')}` });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('400 validation errors in the documented shape', () => {
    it('names every invalid field, nested ones with a dotted path', async () => {
      const before = await auditCount();
      const response = await t.request({
        method: 'POST',
        url: '/api/milestones',
        payload: {
          objectiveId: 'nope',
          leadOrganisationId: ids.leadId,
          title: { en: '', ru: 5 },
          dueDate: '2027-13-01',
          progress: 101,
          status: 'late',
          visibility: 'secret',
        },
      });
      expect(response.statusCode).toBe(400);
      const body = response.json<{ statusCode: number; message: string; errors: Record<string, string> }>();
      expect(body.statusCode).toBe(400);
      expect(body.message).toBe('Validation failed');
      expect(Object.keys(body.errors).sort()).toEqual(
        ['dueDate', 'objectiveId', 'progress', 'status', 'title.en', 'title.ru', 'visibility'].sort(),
      );
      expect(await auditCount()).toBe(before);
    });

    it('refuses properties the resource does not have', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: 'X', fr: 'X' }, shortCode: 'NEWORG', type: 'cso', country: 'KZ', admin: true },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        errors: { admin: expect.stringContaining('should not exist'), 'name.fr': expect.any(String) },
      });
    });

    it.each([
      ['an array', '[1,2]'],
      ['a string', '"text"'],
      ['null', 'null'],
    ])('refuses a body that is %s', async (_, payload) => {
      const response = await t.request({
        method: 'POST',
        url: '/api/organisations',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(400);
    });

    it('refuses malformed JSON in the body', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/organisations',
        headers: { 'content-type': 'application/json' },
        payload: '{"name":',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ statusCode: 400 });
    });

    it('refuses an unknown objective as a reference, naming the field', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/milestones',
        payload: {
          objectiveId: '00000000-0000-4000-8000-000000000000',
          leadOrganisationId: ids.leadId,
          title: { en: 'x' },
          dueDate: '2027-01-01',
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ errors: { objectiveId: expect.any(String) } });
    });
  });

  describe('404', () => {
    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1'])('for id %s', async (id) => {
      for (const method of ['GET', 'DELETE'] as const) {
        const response = await t.request({ method, url: `/api/milestones/${id}` });
        expect(response.statusCode).toBe(404);
      }
      const put = await t.request({
        method: 'PUT',
        url: `/api/milestones/${id}`,
        payload: { version: 1, progress: 1 },
      });
      expect(put.statusCode).toBe(404);
    });

    it('for an unknown route', async () => {
      const response = await t.request({ method: 'GET', url: '/api/no-such-resource' });
      expect(response.statusCode).toBe(404);
    });
  });

  describe('409, 428 and optimistic concurrency', () => {
    it('answers 428 when a PUT gives no version, and changes nothing', async () => {
      const milestone = await createMilestone(t, ids);
      const response = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        payload: { progress: 10 },
      });
      expect(response.statusCode).toBe(428);
      expect(response.json<{ message: string }>().message).toMatch(/If-Match/);
      expect((await t.request({ method: 'GET', url: `/api/milestones/${milestone.id}` })).json()).toMatchObject({
        progress: 0,
        version: 1,
      });
    });

    it('answers 400 for a malformed If-Match', async () => {
      const milestone = await createMilestone(t, ids);
      const response = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        headers: { 'if-match': 'yesterday' },
        payload: { progress: 10 },
      });
      expect(response.statusCode).toBe(400);
    });

    it('answers 409 with the current record to a stale version, in the header or the body', async () => {
      const milestone = await createMilestone(t, ids);
      const first = await t.request({
        method: 'PUT',
        url: `/api/milestones/${milestone.id}`,
        payload: { version: 1, progress: 30 },
      });
      expect(first.statusCode).toBe(200);
      for (const stale of [
        { headers: { 'if-match': 'W/"1"' }, payload: { progress: 99 } },
        { headers: {}, payload: { version: 1, progress: 99 } },
      ]) {
        const response = await t.request({ method: 'PUT', url: `/api/milestones/${milestone.id}`, ...stale });
        expect(response.statusCode).toBe(409);
        expect(response.headers.etag).toBe('W/"2"');
        expect(response.json()).toMatchObject({
          statusCode: 409,
          current: { id: milestone.id, version: 2, progress: 30 },
        });
      }
    });

    it('leaves exactly one of two concurrent PUTs with the same version applied; the other gets 409', async () => {
      const milestone = await createMilestone(t, ids);
      const responses = await Promise.all(
        [10, 20].map((progress) =>
          t.request({
            method: 'PUT',
            url: `/api/milestones/${milestone.id}`,
            headers: { 'if-match': 'W/"1"' },
            payload: { progress },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const winner = responses.find((r) => r.statusCode === 200)!.json<{ progress: number }>();
      const stored = (await t.request({ method: 'GET', url: `/api/milestones/${milestone.id}` })).json();
      expect(stored).toMatchObject({ version: 2, progress: winner.progress });
      const updates = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'update'`,
        [milestone.id],
      );
      expect(updates[0].n).toBe(1);
    });

    it('applies one of 20 concurrent PUTs with the same version', async () => {
      const milestone = await createMilestone(t, ids);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.request({ method: 'PUT', url: `/api/milestones/${milestone.id}`, payload: { version: 1, progress: i } }),
        ),
      );
      expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
      expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(19);
    });

    it('deletes with If-Match only at that version', async () => {
      const milestone = await createMilestone(t, ids);
      await t.request({ method: 'PUT', url: `/api/milestones/${milestone.id}`, payload: { version: 1, progress: 5 } });
      const stale = await t.request({
        method: 'DELETE',
        url: `/api/milestones/${milestone.id}`,
        headers: { 'if-match': 'W/"1"' },
      });
      expect(stale.statusCode).toBe(409);
      const fresh = await t.request({
        method: 'DELETE',
        url: `/api/milestones/${milestone.id}`,
        headers: { 'if-match': 'W/"2"' },
      });
      expect(fresh.statusCode).toBe(200);
    });

    it('answers 409 to deleting an organisation that still leads milestones, and keeps it', async () => {
      await createMilestone(t, ids);
      const response = await t.request({ method: 'DELETE', url: `/api/organisations/${ids.leadId}` });
      expect(response.statusCode).toBe(409);
      expect(response.json<{ message: string }>().message).toMatch(/still referenced/);
      expect((await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` })).statusCode).toBe(200);
    });

    it('answers 409 naming the field to a duplicate short code', async () => {
      const lead = (await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` })).json<{
        shortCode: string;
      }>();
      const response = await t.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: 'Copy' }, shortCode: lead.shortCode, type: 'cso', country: 'KZ' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ errors: { shortCode: 'is already used' } });
    });
  });

  describe('413', () => {
    it('refuses a body above 1 MB and stores nothing', async () => {
      const before = await auditCount();
      const response = await t.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: 'x'.repeat(1024 * 1024 + 10) }, shortCode: 'HUGE', type: 'cso', country: 'KZ' },
      });
      expect(response.statusCode).toBe(413);
      expect(await auditCount()).toBe(before);
    });
  });

  it('never answers with a stack trace', async () => {
    const response = await t.request({ method: 'GET', url: `/api/milestones?filter=${enc('{"x"')}` });
    expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('NUL characters, which PostgreSQL text cannot store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['organisations', { name: { en: 'a\u0000b' }, shortCode: 'NUL', type: 'cso', country: 'KZ' }, 'name.en'],
    [
      'organisations',
      {
        name: { en: 'ok' },
        shortCode: 'NUL2',
        type: 'cso',
        country: 'KZ',
        reminderContacts: [{ role: 'x\u0000', email: 'a@b.org' }],
      },
      'reminderContacts.0.role',
    ],
    ['users', { email: 'nul@example.org', name: 'x\u0000y', role: 'staff' }, 'name'],
  ])('POST /api/%s refuses them with 400 naming the field', async (resource, payload, field) => {
    const response = await t.request({ method: 'POST', url: `/api/${resource}`, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { [field]: 'must not contain NUL characters' } });
  });

  it('a filter refuses them with 400', async () => {
    const response = await t.request({ method: 'GET', url: `/api/milestones?filter=${enc({ code: 'a\u0000' })}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { filter: 'must not contain NUL characters' } });
  });
});

describe('values outside what the database can hold', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    [{ progress: 1e15 }],
    [{ progress_gte: -1e12 }],
    [{ dueDate: '0000-01-01' }],
    [{ createdAt_gte: '+275760-09-13T00:00:00.000Z' }],
    [{ createdAt_lt: '1' }],
  ])('filter %j answers 400', async (filter) => {
    const response = await t.request({ method: 'GET', url: `/api/milestones?filter=${enc(filter)}` });
    expect(response.statusCode).toBe(400);
  });

  it('a due date in year 0 is a validation error', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/milestones',
      payload: {
        objectiveId: '00000000-0000-4000-8000-000000000000',
        leadOrganisationId: '00000000-0000-4000-8000-000000000000',
        title: { en: 'x' },
        dueDate: '0000-01-01',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { dueDate: expect.any(String) } });
  });

  it('a version too large for the column is a 4xx, not a fault', async () => {
    const org = await t.request({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: { en: 'V' }, shortCode: 'BIGV', type: 'cso', country: 'KZ' },
    });
    const response = await t.request({
      method: 'PUT',
      url: `/api/organisations/${org.json<{ id: string }>().id}`,
      payload: { version: 1e12, country: 'BE' },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });
});
