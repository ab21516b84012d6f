import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CRUD_RESOURCES } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const RESOURCES = CRUD_RESOURCES;

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApi;

  beforeAll(async () => {
    t = await createTestApp();
    const response = await t.request({ method: 'GET', url: '/api/docs-json' });
    expect(response.statusCode).toBe(200);
    doc = response.json<OpenApi>();
  });
  afterAll(() => t.close());

  it('documents every route the application serves', () => {
    const served = t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
    for (const resource of RESOURCES) {
      expect(Object.keys(doc.paths[`/api/${resource}`]).sort()).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths[`/api/${resource}/{id}`]).sort()).toEqual(['delete', 'get', 'put']);
      expect(served).toContain(resource);
    }
    expect(Object.keys(doc.paths['/api/audit-events'])).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/audit-events/{id}'])).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/health'])).toEqual(['get']);
  });

  it('describes the request and response bodies with their fields', () => {
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.CreateMilestoneDto.properties ?? {})).toEqual(
      expect.arrayContaining([
        'objectiveId',
        'title',
        'dueDate',
        'status',
        'progress',
        'leadOrganisationId',
        'supportingOrganisationIds',
        'visibility',
      ]),
    );
    expect(Object.keys(schemas.UpdateMilestoneDto.properties ?? {})).toEqual(
      expect.arrayContaining(['version', 'progress']),
    );
    expect(Object.keys(schemas.MilestoneRecord.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'version', 'status', 'recordedStatus', 'priorityId', 'createdAt']),
    );
    for (const name of [
      'ActionPlanRecord',
      'PriorityRecord',
      'ObjectiveRecord',
      'OrganisationRecord',
      'UserRecord',
      'ProgressUpdateRecord',
      'AuditEventRecord',
    ]) {
      expect(schemas[name]).toBeDefined();
    }
    const put = doc.paths['/api/milestones/{id}'].put;
    expect(put.requestBody).toBeDefined();
    expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['200', '404', '409', '428']));
  });

  it('serves Swagger UI at /api/docs', async () => {
    const response = await t.request({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/swagger/i);
  });
});
