import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app.js';

/** Every resource with the five simple-rest routes. */
export const CRUD_RESOURCES = [
  'action-plans',
  'priorities',
  'objectives',
  'milestones',
  'organisations',
  'users',
  'progress-updates',
] as const;

/** Test data built through the API itself, with defaults a test overrides only where it matters. */
export interface Ids {
  planId: string;
  priorityId: string;
  objectiveId: string;
  leadId: string;
  supportId: string;
}

/** A short random code: unique within a test database, whatever the date or the order of the tests. */
export const unique = () => randomBytes(3).toString('hex').toUpperCase();

async function post<T = Record<string, unknown>>(
  t: TestApp,
  resource: string,
  body: object,
): Promise<T & { id: string; version: number }> {
  const response = await t.request({ method: 'POST', url: `/api/${resource}`, payload: body });
  if (response.statusCode !== 201) {
    throw new Error(`POST /api/${resource} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json();
}

export function createOrganisation(t: TestApp, overrides: object = {}) {
  const code = `ORG-${unique()}`;
  return post(t, 'organisations', {
    name: { en: `Organisation ${code}` },
    shortCode: code,
    type: 'cso',
    country: 'KZ',
    ...overrides,
  });
}

export function createPlan(t: TestApp, overrides: object = {}) {
  return post(t, 'action-plans', {
    code: `TEST/${unique()}`,
    title: { en: 'Test plan' },
    timeZone: 'Asia/Almaty',
    ...overrides,
  });
}

export function createPriority(t: TestApp, actionPlanId: string, overrides: object = {}) {
  return post<{ code: string; position: number }>(t, 'priorities', {
    actionPlanId,
    title: { en: 'A priority' },
    ...overrides,
  });
}

export function createObjective(t: TestApp, priorityId: string, overrides: object = {}) {
  return post<{ code: string }>(t, 'objectives', { priorityId, title: { en: 'An objective' }, ...overrides });
}

export function createMilestone(t: TestApp, ids: Pick<Ids, 'objectiveId' | 'leadId'>, overrides: object = {}) {
  return post<{ code: string; status: string; dueDate: string }>(t, 'milestones', {
    objectiveId: ids.objectiveId,
    leadOrganisationId: ids.leadId,
    title: { en: 'A milestone' },
    dueDate: '2027-06-30',
    ...overrides,
  });
}

/** A plan with one priority, one objective and two organisations, ready for milestones. */
export async function createPlanTree(t: TestApp): Promise<Ids> {
  const [lead, support, plan] = await Promise.all([createOrganisation(t), createOrganisation(t), createPlan(t)]);
  const priority = await createPriority(t, plan.id);
  const objective = await createObjective(t, priority.id);
  return {
    planId: plan.id,
    priorityId: priority.id,
    objectiveId: objective.id,
    leadId: lead.id,
    supportId: support.id,
  };
}
