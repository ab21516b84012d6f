import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createPlanTree, type Ids } from '../support/factories.js';

/**
 * react-admin's own simple-rest data provider, unmodified, against the real API
 * over a socket: what the admin app will do, with no adapter code.
 */
describe('ra-data-simple-rest against /api', () => {
  let t: TestApp;
  let ids: Ids;
  let dataProvider: DataProvider;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address() as { port: number };
    // react-admin's documented way to authenticate the provider: fetchJson with a bearer token.
    const httpClient = (url: string, options: fetchUtils.Options = {}) =>
      fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${t.admin.token}` } });
    dataProvider = simpleRestProvider(`http://127.0.0.1:${address.port}/api`, httpClient);
  });
  afterAll(() => t.close());

  const inputs: Record<string, () => Record<string, unknown>> = {
    'action-plans': () => ({
      code: `RA/${Math.random().toString(36).slice(2, 8)}`,
      title: { en: 'Plan' },
      timeZone: 'Asia/Almaty',
    }),
    priorities: () => ({ actionPlanId: ids.planId, title: { en: 'Priority' } }),
    objectives: () => ({ priorityId: ids.priorityId, title: { en: 'Objective' } }),
    milestones: () => ({
      objectiveId: ids.objectiveId,
      leadOrganisationId: ids.leadId,
      title: { en: 'Milestone' },
      dueDate: '2027-09-30',
    }),
    organisations: () => ({
      name: { en: 'Org' },
      shortCode: `RA-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      type: 'cso',
      country: 'KZ',
    }),
    users: () => ({
      email: `ra.${Math.random().toString(36).slice(2, 8)}@example.org`,
      name: 'RA user',
      role: 'viewer',
    }),
    'progress-updates': () => ({
      milestoneId: milestoneId,
      progress: 40,
      status: 'in_progress',
      narrative: { en: 'On track' },
    }),
  };
  let milestoneId: string;

  it.each(Object.keys(inputs))('%s: create, getOne, getList, getMany, update, delete', async (resource) => {
    if (!milestoneId) {
      milestoneId = (await dataProvider.create('milestones', { data: inputs.milestones() })).data.id as string;
    }
    const { data: created } = await dataProvider.create(resource, { data: inputs[resource]() });
    expect(created.id).toEqual(expect.any(String));

    const { data: one } = await dataProvider.getOne(resource, { id: created.id });
    expect(one).toEqual(created);

    const list = await dataProvider.getList(resource, {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'createdAt', order: 'DESC' },
      filter: {},
    });
    expect(list.total).toBeGreaterThanOrEqual(1);
    expect(list.data.length).toBeLessThanOrEqual(5);
    expect(list.data.map((row) => row.id)).toContain(created.id);

    const many = await dataProvider.getMany(resource, { ids: [created.id] });
    expect(many.data).toEqual([created]);

    // An edit form sends the whole record back, server-owned fields included.
    const { data: updated } = await dataProvider.update(resource, {
      id: created.id,
      data: {
        ...one,
        ...(resource === 'users' ? { name: 'Renamed' } : resource === 'organisations' ? { country: 'BE' } : {}),
      },
      previousData: one,
    });
    expect(updated.version).toBe(2);

    const { data: deleted } = await dataProvider.delete(resource, { id: created.id, previousData: updated });
    expect(deleted.id).toBe(created.id);
    await expect(dataProvider.getOne(resource, { id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it('getManyReference lists the milestones of an objective, sorted and paginated', async () => {
    for (const dueDate of ['2027-03-01', '2027-01-01', '2027-02-01']) {
      await dataProvider.create('milestones', { data: { ...inputs.milestones(), dueDate } });
    }
    const page = await dataProvider.getManyReference('milestones', {
      target: 'objectiveId',
      id: ids.objectiveId,
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'dueDate', order: 'ASC' },
      filter: { dueDate_gte: '2027-01-01' },
    });
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.data.map((row) => row.dueDate)).toEqual(['2027-01-01', '2027-02-01']);
  });

  it('surfaces validation errors with the field names react-admin shows beside the inputs', async () => {
    await expect(
      dataProvider.create('organisations', {
        data: { name: { en: '' }, shortCode: 'bad code', type: 'x', country: 'XX' },
      }),
    ).rejects.toMatchObject({
      status: 400,
      body: {
        errors: {
          'name.en': expect.any(String),
          shortCode: expect.any(String),
          type: expect.any(String),
          country: expect.any(String),
        },
      },
    });
  });

  it('a stale edit is refused with 409 and leaves the winner in place', async () => {
    const { data: record } = await dataProvider.create('organisations', { data: inputs.organisations() });
    await dataProvider.update('organisations', {
      id: record.id,
      data: { ...record, country: 'DE' },
      previousData: record,
    });
    await expect(
      dataProvider.update('organisations', { id: record.id, data: { ...record, country: 'FR' }, previousData: record }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await dataProvider.getOne('organisations', { id: record.id })).data).toMatchObject({
      country: 'DE',
      version: 2,
    });
  });
});
