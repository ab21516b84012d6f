import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { LightMyRequestResponse } from 'fastify';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile, SAMPLE_FILES } from '../support/multipart.js';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../support/test-app.js';

/**
 * Who may call what: every route × every kind of caller → the status the
 * product rules promise. Denied calls must also change nothing (no audit event).
 */

const CALLERS = ['anonymous', 'admin', 'staff', 'viewer', 'lead partner', 'other partner'] as const;
type Caller = (typeof CALLERS)[number];
type SignedIn = Exclude<Caller, 'anonymous'>;
type Expected = Record<Caller, number>;

/** Anonymous 401 unless listed; every listed caller its status; every other signed-in caller 403. */
function statuses(allowed: Partial<Expected>): Expected {
  return Object.fromEntries(
    CALLERS.map((caller) => [caller, allowed[caller] ?? (caller === 'anonymous' ? 401 : 403)]),
  ) as Expected;
}
const signedIn = (status: number) =>
  statuses({ admin: status, staff: status, viewer: status, 'lead partner': status, 'other partner': status });
const staffOnly = (status: number) => statuses({ admin: status, staff: status });
const adminOnly = (status: number) => statuses({ admin: status });
const monitors = (status: number) => statuses({ admin: status, staff: status, viewer: status });
const reporters = (status: number) =>
  statuses({ admin: status, staff: status, 'lead partner': status, 'other partner': status });
const everyone = (status: number) => ({ ...signedIn(status), anonymous: status });

interface World {
  t: TestApp;
  ids: Ids;
  otherOrgId: string;
  /** Led by the lead organisation, supported by the support organisation. */
  publicMilestoneId: string;
  internalMilestoneId: string;
  /** Led by the other partner's organisation. */
  otherInternalMilestoneId: string;
  /** Made by the lead partner, on the public milestone. */
  progressUpdateId: string;
  auditEventId: string;
  loginEmail: string;
  users: Record<SignedIn, TestUser> & { 'support partner': TestUser };
}

interface Target {
  id: string;
  version: number;
  /** For evidence routes: the file behind `:fileId`. */
  fileId?: string;
}

interface CaseContext {
  w: World;
  caller: Caller;
  user: TestUser | null;
  status: number;
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The route as the app declares it, `:id` included. */
  route: string;
  /** Which record, when a route is listed more than once. */
  variant?: string;
  /** The record behind `:id`; PUT sends `If-Match` with its version. */
  target?: (w: World) => Promise<Target> | Target;
  body?: (w: World) => object;
  /** Sends the body as a multipart file upload instead of JSON. */
  upload?: boolean;
  /** A query string to append, e.g. `?filter=...`. */
  query?: (w: World) => string;
  /** The caller is a throwaway user of the same role and organisation (the call revokes its tokens). */
  throwaway?: boolean;
  expected: Expected;
  check?: (response: LightMyRequestResponse, context: CaseContext) => Promise<void> | void;
}

const unique = () => randomBytes(4).toString('hex').toUpperCase();
const title = (en: string) => ({ en });

async function created(t: TestApp, url: string, payload: object): Promise<Target> {
  const response = await t.request({ method: 'POST', url, payload });
  if (response.statusCode !== 201) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json<Target>();
}

/**
 * A progress update on the lead organisation's public milestone: by its partner, or entered by the admin for
 * it (staff change only what staff entered).
 */
async function freshUpdate(w: World, then?: 'return', by: 'partner' | 'staff' = 'partner'): Promise<Target> {
  const payload = { milestoneId: w.publicMilestoneId, progress: 40, status: 'in_progress', narrative: title('fresh') };
  const update =
    by === 'staff'
      ? await created(w.t, '/api/progress-updates', payload)
      : await createdBy(w.users['lead partner'], '/api/progress-updates', payload);
  if (!then) return update;
  const response = await w.users.staff.request({
    method: 'POST',
    url: `/api/progress-updates/${update.id}/${then}`,
    payload: { comment: 'please revise', version: update.version },
  });
  if (response.statusCode !== 200) throw new Error(`${then} answered ${response.statusCode}: ${response.body}`);
  return response.json<Target>();
}

async function createdBy(user: TestUser, url: string, payload: object): Promise<Target> {
  const response = await user.request({ method: 'POST', url, payload });
  if (response.statusCode !== 201) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json<Target>();
}

/** A fresh update with one evidence file, uploaded by whoever may: its partner, or the admin who entered it. */
async function freshEvidence(w: World, by: 'partner' | 'staff' = 'partner'): Promise<Target> {
  const update = await freshUpdate(w, undefined, by);
  const response = await (by === 'staff' ? w.t.admin : w.users['lead partner']).request({
    method: 'POST',
    url: `/api/progress-updates/${update.id}/evidence`,
    ...multipartFile(SAMPLE_FILES.pdf, 'evidence.pdf', 'application/pdf'),
  });
  if (response.statusCode !== 201) throw new Error(`upload answered ${response.statusCode}: ${response.body}`);
  return { ...update, fileId: response.json<{ id: string }>().id };
}

const leadFeed = async (w: World) => {
  const feed = await created(w.t, '/api/calendar-feeds', { kind: 'organisation', organisationId: w.ids.leadId });
  return feed as Target & { url: string };
};
const freshReport = (w: World) =>
  created(w.t, '/api/reports', { actionPlanId: w.ids.planId, title: { en: `Report ${unique()}` } });

interface ResourceSpec {
  name: string;
  existing: (w: World) => string;
  create: (w: World) => object;
  update: object;
  read: Expected;
  write: (status: number) => Expected;
  check?: Row['check'];
}

const seesStaffFields = (caller: Caller) => caller === 'admin' || caller === 'staff';
const records = (response: LightMyRequestResponse): Record<string, unknown>[] => {
  const body = response.json<Record<string, unknown> | Record<string, unknown>[]>();
  const list = Array.isArray(body) ? body : [body];
  expect(list.length).toBeGreaterThan(0);
  return list;
};

const RESOURCES: ResourceSpec[] = [
  {
    name: 'action-plans',
    existing: (w) => w.ids.planId,
    create: () => ({ code: `AUTHZ/${unique()}`, title: title('Plan'), timeZone: 'Asia/Almaty' }),
    update: { title: title('Renamed plan') },
    read: signedIn(200),
    write: staffOnly,
  },
  {
    name: 'priorities',
    existing: (w) => w.ids.priorityId,
    create: (w) => ({ actionPlanId: w.ids.planId, title: title('Priority') }),
    update: { title: title('Renamed priority') },
    read: signedIn(200),
    write: staffOnly,
  },
  {
    name: 'objectives',
    existing: (w) => w.ids.objectiveId,
    create: (w) => ({ priorityId: w.ids.priorityId, title: title('Objective') }),
    update: { title: title('Renamed objective') },
    read: signedIn(200),
    write: staffOnly,
  },
  {
    name: 'milestones',
    existing: (w) => w.publicMilestoneId,
    create: (w) => ({
      objectiveId: w.ids.objectiveId,
      leadOrganisationId: w.ids.leadId,
      title: title('Milestone'),
      dueDate: '2027-06-30',
    }),
    update: { progress: 20, title: title('Renamed milestone') },
    read: signedIn(200),
    write: staffOnly,
    // Internal notes are for staff only, in lists and single records alike.
    check: (response, { caller, status }) => {
      if (status !== 200) return;
      for (const record of records(response)) expect('internalNotes' in record).toBe(seesStaffFields(caller));
    },
  },
  {
    name: 'organisations',
    existing: (w) => w.ids.leadId,
    create: () => ({ name: title('Organisation'), shortCode: `AZ-${unique()}`, type: 'cso', country: 'KZ' }),
    update: { country: 'BE' },
    read: signedIn(200),
    write: staffOnly,
    // Reminder contacts: staff, and the organisation's own partners.
    check: (response, { caller, user, status }) => {
      if (status !== 200) return;
      for (const record of records(response)) {
        const own = caller.endsWith('partner') && record.id === user!.organisationId;
        expect('reminderContacts' in record).toBe(seesStaffFields(caller) || own);
      }
    },
  },
  {
    name: 'users',
    existing: (w) => w.users.staff.id,
    create: () => ({ email: `new.${unique().toLowerCase()}@test.example`, name: 'New user', role: 'viewer' }),
    update: { name: 'Renamed user' },
    read: staffOnly(200),
    write: adminOnly,
    // No credential material, ever.
    check: (response, { status }) => {
      if (status === 200) expect(response.body).not.toMatch(/password|tokenVersion|token_version/i);
    },
  },
];

const MATRIX_METRICS_TOKEN = 'matrix-scraper-token-0123456789';

const ROWS: Row[] = [
  { method: 'GET', route: '/api/health', expected: { ...signedIn(200), anonymous: 200 } },
  // Only the scraper's token opens the metrics: a user's sign-in, even an administrator's, does not.
  { method: 'GET', route: '/api/metrics', expected: everyone(401) },
  {
    method: 'POST',
    route: '/api/auth/login',
    body: (w) => ({ email: w.loginEmail, password: TEST_PASSWORD }),
    expected: { ...signedIn(200), anonymous: 200 },
    check: (response) => expect(response.json()).toMatchObject({ accessToken: expect.any(String) }),
  },
  {
    method: 'GET',
    route: '/api/auth/me',
    expected: signedIn(200),
    check: (response, { user, status }) => {
      if (status === 200) expect(response.json()).toMatchObject({ id: user!.id, role: user!.role });
    },
  },
  {
    method: 'POST',
    route: '/api/auth/logout',
    throwaway: true,
    expected: signedIn(204),
    check: async (_response, { w, user, status }) => {
      if (status !== 204) return;
      // The throwaway user's token no longer works.
      expect((await user!.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      expect((await w.t.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    },
  },
  {
    method: 'POST',
    route: '/api/auth/password',
    throwaway: true,
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' }),
    expected: signedIn(200),
    check: (response, { status }) => {
      if (status === 200) expect(response.json()).toMatchObject({ accessToken: expect.any(String) });
    },
  },
  ...RESOURCES.flatMap((resource): Row[] => {
    const base = `/api/${resource.name}`;
    const fresh = (w: World) => created(w.t, base, resource.create(w));
    return [
      { method: 'GET', route: base, expected: resource.read, check: resource.check },
      { method: 'GET', route: `${base}/export`, query: () => '?format=csv', expected: resource.read },
      {
        method: 'GET',
        route: `${base}/:id`,
        target: (w) => ({ id: resource.existing(w), version: 1 }),
        expected: resource.read,
        check: resource.check,
      },
      { method: 'POST', route: base, body: resource.create, expected: resource.write(201) },
      {
        method: 'PUT',
        route: `${base}/:id`,
        target: fresh,
        body: () => resource.update,
        expected: resource.write(200),
      },
      { method: 'DELETE', route: `${base}/:id`, target: fresh, expected: resource.write(200) },
    ];
  }),
  // Organisation scope: a partner sees public milestones and those its organisation leads or supports.
  {
    method: 'GET',
    route: '/api/milestones/:id',
    variant: '[internal, led by the lead organisation]',
    target: (w) => ({ id: w.internalMilestoneId, version: 1 }),
    expected: statuses({ admin: 200, staff: 200, viewer: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'GET',
    route: '/api/milestones/:id',
    variant: "[internal, led by the other partner's organisation]",
    target: (w) => ({ id: w.otherInternalMilestoneId, version: 1 }),
    expected: statuses({ admin: 200, staff: 200, viewer: 200, 'lead partner': 404, 'other partner': 200 }),
  },
  // Progress updates.
  { method: 'GET', route: '/api/progress-updates', expected: signedIn(200) },
  { method: 'GET', route: '/api/progress-updates/export', query: () => '?format=xlsx', expected: signedIn(200) },
  {
    method: 'GET',
    route: '/api/progress-updates/:id',
    variant: "[the lead partner's]",
    target: (w) => ({ id: w.progressUpdateId, version: 1 }),
    expected: statuses({ admin: 200, staff: 200, viewer: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  ...(
    [
      ['[public milestone led by the lead organisation]', (w: World) => w.publicMilestoneId, 403, 201],
      ['[internal milestone led by the lead organisation]', (w: World) => w.internalMilestoneId, 400, 201],
      [
        "[internal milestone led by the other partner's organisation]",
        (w: World) => w.otherInternalMilestoneId,
        201,
        400,
      ],
    ] as const
  ).map(([variant, milestone, other, lead]): Row => ({
    method: 'POST',
    route: '/api/progress-updates',
    variant,
    body: (w) => ({ milestoneId: milestone(w), progress: 50, status: 'in_progress', narrative: title('x') }),
    expected: statuses({ admin: 201, staff: 201, 'lead partner': lead, 'other partner': other }),
    check: async (response, { user, status }) => {
      if (status !== 400) return;
      // Answered exactly as for a milestone that does not exist: its existence is not revealed.
      const unknown = await user!.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: randomUUID(), progress: 50, status: 'in_progress', narrative: title('x') },
      });
      expect(unknown.statusCode).toBe(400);
      expect(response.json()).toEqual(unknown.json());
      expect(response.json()).toMatchObject({ errors: { milestoneId: expect.any(String) } });
    },
  })),
  {
    method: 'PUT',
    route: '/api/progress-updates/:id',
    variant: "[the lead partner's: staff return it instead]",
    target: (w) => freshUpdate(w),
    body: () => ({ progress: 60, narrative: title('revised') }),
    expected: statuses({ admin: 403, staff: 403, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'PUT',
    route: '/api/progress-updates/:id',
    variant: '[entered by staff for the lead organisation]',
    target: (w) => freshUpdate(w, undefined, 'staff'),
    body: () => ({ progress: 60, narrative: title('revised') }),
    expected: statuses({ admin: 200, staff: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/progress-updates/:id',
    target: (w) => freshUpdate(w, undefined, 'staff'),
    expected: staffOnly(200),
  },
  // A partner's report is rejected, never deleted: not by staff either.
  { method: 'DELETE', route: '/api/progress-updates/:id', target: (w) => freshUpdate(w), expected: statuses({}) },
  {
    method: 'GET',
    route: '/api/progress-updates/review-queue',
    expected: staffOnly(200),
    check: (response, { status }) => {
      if (status === 200) expect(response.json<unknown[]>().length).toBeGreaterThan(0);
    },
  },
  {
    method: 'POST',
    route: '/api/progress-updates/:id/submit',
    target: (w) => freshUpdate(w, 'return'),
    expected: statuses({ admin: 200, staff: 200, 'lead partner': 200, 'other partner': 404 }),
    check: (response, { status }) => {
      if (status === 200) expect(response.json()).toMatchObject({ state: 'submitted' });
    },
  },
  ...(
    [
      ['approve', 'approved'],
      ['return', 'returned'],
      ['reject', 'rejected'],
    ] as const
  ).map(([action, state]): Row => ({
    method: 'POST',
    route: `/api/progress-updates/:id/${action}`,
    target: (w) => freshUpdate(w),
    body: () => ({ comment: 'reviewed', version: 1 }),
    expected: staffOnly(200),
    check: (response, { status }) => {
      if (status === 200) expect(response.json()).toMatchObject({ state });
    },
  })),
  // Evidence files of progress updates.
  {
    method: 'POST',
    route: '/api/progress-updates/:id/evidence',
    variant: "[the lead partner's]",
    target: (w) => freshUpdate(w),
    upload: true,
    expected: statuses({ admin: 403, staff: 403, 'lead partner': 201, 'other partner': 404 }),
  },
  {
    method: 'POST',
    route: '/api/progress-updates/:id/evidence',
    variant: '[entered by staff]',
    target: (w) => freshUpdate(w, undefined, 'staff'),
    upload: true,
    expected: statuses({ admin: 201, staff: 201, 'lead partner': 201, 'other partner': 404 }),
  },
  {
    method: 'GET',
    route: '/api/progress-updates/:id/evidence/:fileId',
    target: (w) => freshEvidence(w),
    expected: statuses({ admin: 200, staff: 200, viewer: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/progress-updates/:id/evidence/:fileId',
    variant: "[the lead partner's]",
    target: (w) => freshEvidence(w),
    expected: statuses({ admin: 403, staff: 403, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/progress-updates/:id/evidence/:fileId',
    variant: '[entered by staff]',
    target: (w) => freshEvidence(w, 'staff'),
    expected: statuses({ admin: 200, staff: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  // Reminders: read-only; a partner sees those sent to its own organisation.
  { method: 'GET', route: '/api/reminders', expected: signedIn(200) },
  {
    method: 'GET',
    route: '/api/reminders/:id',
    target: async (w) => {
      const [row] = await w.t.db.query<{ id: string }>(
        `INSERT INTO reminders (milestone_id, kind, occurrence, due_date, recipient_email, recipient_organisation_id, locale,
           time_zone, scheduled_for)
         VALUES ($1, 'due', 0, '2027-06-30', $2, $3, 'en', 'UTC', now()) RETURNING id`,
        [w.publicMilestoneId, `${unique().toLowerCase()}@lead.example`, w.ids.leadId],
      );
      return { id: row.id, version: 1 };
    },
    expected: statuses({ admin: 200, staff: 200, viewer: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  // Reporting completeness: everyone signed in; a partner its own organisation's line.
  {
    method: 'GET',
    route: '/api/reporting-completeness',
    query: (w) => `?filter=${encodeURIComponent(JSON.stringify({ actionPlanId: w.ids.planId }))}`,
    expected: signedIn(200),
  },
  // Notifications: every caller its own only.
  { method: 'GET', route: '/api/notifications', expected: signedIn(200) },
  { method: 'POST', route: '/api/notifications/mark-all-read', expected: signedIn(200) },
  {
    method: 'PUT',
    route: '/api/notifications/:id',
    target: async (w) => {
      const [row] = await w.t.db.query<{ id: string }>(
        `INSERT INTO notifications (user_id, kind, source_key, title) VALUES ($1, 'test', $2, 'For the lead partner') RETURNING id`,
        [w.users['lead partner'].id, `matrix:${unique()}`],
      );
      return { id: row.id, version: 1 };
    },
    body: () => ({ read: true }),
    expected: statuses({ admin: 404, staff: 404, viewer: 404, 'lead partner': 200, 'other partner': 404 }),
  },
  // Milestone import: staff only.
  {
    method: 'GET',
    route: '/api/milestones/import-template',
    query: () => '?format=csv',
    expected: staffOnly(200),
  },
  {
    method: 'POST',
    route: '/api/milestones/import',
    query: (w) => `?actionPlanId=${w.ids.planId}&dryRun=true`,
    upload: true,
    expected: staffOnly(400),
  },
  // Reports to the plenary: staff make them, viewers read them, partners do not (they show every organisation).
  { method: 'GET', route: '/api/reports', expected: monitors(200) },
  { method: 'GET', route: '/api/reports/export', query: () => '?format=csv', expected: monitors(200) },
  { method: 'GET', route: '/api/reports/:id', target: freshReport, expected: monitors(200) },
  {
    method: 'GET',
    route: '/api/reports/:id/download',
    target: freshReport,
    query: () => '?format=csv&lang=ru',
    expected: monitors(200),
  },
  {
    method: 'POST',
    route: '/api/reports',
    body: (w) => ({ actionPlanId: w.ids.planId, title: { en: 'Report to the plenary' } }),
    expected: staffOnly(201),
  },
  {
    method: 'PUT',
    route: '/api/reports/:id',
    target: freshReport,
    body: () => ({ title: { en: 'Renamed report' } }),
    expected: staffOnly(200),
  },
  { method: 'DELETE', route: '/api/reports/:id', target: freshReport, expected: adminOnly(200) },
  // Calendar feeds: a partner manages its own organisation's; the feed itself is read with its secret.
  { method: 'GET', route: '/api/calendar-feeds', expected: reporters(200) },
  {
    method: 'GET',
    route: '/api/calendar-feeds/:id',
    target: leadFeed,
    expected: statuses({ admin: 200, staff: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'POST',
    route: '/api/calendar-feeds',
    body: (w) => ({ kind: 'organisation', organisationId: w.ids.leadId }),
    expected: statuses({ admin: 201, staff: 201, 'lead partner': 201, 'other partner': 403 }),
  },
  {
    method: 'DELETE',
    route: '/api/calendar-feeds/:id',
    target: leadFeed,
    expected: statuses({ admin: 200, staff: 200, 'lead partner': 200, 'other partner': 404 }),
  },
  {
    method: 'GET',
    route: '/api/calendar/:token',
    target: async (w) => ({ id: new URL((await leadFeed(w)).url).pathname.split('/').pop()!, version: 1 }),
    expected: everyone(200),
  },
  // The public summary: no sign-in.
  { method: 'GET', route: '/api/public/plans', expected: everyone(200) },
  {
    method: 'GET',
    route: '/api/public/plans/:plan',
    target: (w) => ({ id: w.ids.planId, version: 1 }),
    expected: everyone(200),
  },
  // The audit trail.
  { method: 'GET', route: '/api/audit-events', expected: staffOnly(200) },
  { method: 'GET', route: '/api/audit-events/export', query: () => '?format=csv', expected: staffOnly(200) },
  {
    method: 'GET',
    route: '/api/audit-events/:id',
    target: (w) => ({ id: w.auditEventId, version: 1 }),
    expected: staffOnly(200),
  },
];

const CASES = ROWS.flatMap((row) =>
  CALLERS.map((caller) => {
    const status = row.expected[caller];
    const name = `${caller} ${row.method} ${row.route}${row.variant ? ` ${row.variant}` : ''} → ${status}`;
    return [name, { row, caller, status }] as const;
  }),
);

/** `GET /api/milestones/:id`-style keys of every route the running app registered. */
function servedRoutes(t: TestApp): string[] {
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const keys = new Set<string>();
  for (const wrapper of new DiscoveryService(t.app.get(ModulesContainer)).getControllers()) {
    const controller = wrapper.metatype as Type | null;
    if (!controller) continue;
    const prefix = reflector.get<string>(PATH_METADATA, controller);
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, () => unknown>)[name];
      const path = reflector.get<string | undefined>(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      const segments = ['api', prefix, path].flatMap((s) => s.split('/')).filter((s) => s !== '');
      keys.add(`${method} /${segments.join('/')}`);
    }
  }
  return [...keys].sort();
}

describe('authorization matrix: role × route → status', () => {
  let w: World;
  let auditCount: () => Promise<number>;

  beforeAll(async () => {
    const t = await createTestApp({ env: { METRICS_TOKEN: MATRIX_METRICS_TOKEN } });
    const ids = await createPlanTree(t);
    const other = await createOrganisation(t);
    const lead = await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` });
    const withContacts = await t.request({
      method: 'PUT',
      url: `/api/organisations/${ids.leadId}`,
      headers: { 'if-match': lead.headers.etag as string },
      payload: { reminderContacts: [{ role: 'focal point', email: 'focal@lead.example' }] },
    });
    expect(withContacts.statusCode).toBe(200);
    const publicMilestone = await createMilestone(t, ids, {
      visibility: 'public',
      supportingOrganisationIds: [ids.supportId],
      internalNotes: 'staff only',
    });
    const internalMilestone = await createMilestone(t, ids, {
      visibility: 'internal',
      supportingOrganisationIds: [ids.supportId],
      internalNotes: 'staff only',
    });
    const otherInternalMilestone = await createMilestone(
      t,
      { objectiveId: ids.objectiveId, leadId: other.id },
      { visibility: 'internal' },
    );
    const users = {
      admin: t.admin,
      staff: await t.user('staff'),
      viewer: await t.user('viewer'),
      'lead partner': await t.user('partner', ids.leadId),
      'other partner': await t.user('partner', other.id),
      'support partner': await t.user('partner', ids.supportId),
    };
    const report = await users['lead partner'].request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: publicMilestone.id, progress: 50, status: 'in_progress', narrative: title('x') },
    });
    expect(report.statusCode).toBe(201);
    const [auditEvent] = await t.db.query<{ id: string }>('SELECT id FROM audit_events ORDER BY occurred_at LIMIT 1');
    const login = await t.user('viewer');
    w = {
      t,
      ids,
      otherOrgId: other.id,
      publicMilestoneId: publicMilestone.id,
      internalMilestoneId: internalMilestone.id,
      otherInternalMilestoneId: otherInternalMilestone.id,
      progressUpdateId: report.json<{ id: string }>().id,
      auditEventId: auditEvent.id,
      loginEmail: login.email,
      users,
    };
    auditCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0].n;
  }, 60_000);
  afterAll(() => w?.t.close());

  it('covers every route the app serves', () => {
    const covered = [...new Set(ROWS.map((row) => `${row.method} ${row.route}`))].sort();
    expect(covered).toEqual(servedRoutes(w.t));
  });

  it.each(CASES)('%s', async (_name, { row, caller, status }) => {
    let user: TestUser | null = null;
    if (caller !== 'anonymous') {
      const usual = w.users[caller];
      user = row.throwaway ? await w.t.user(usual.role, usual.organisationId) : usual;
    }
    const target = row.target ? await row.target(w) : undefined;
    const path = target
      ? row.route.replace(/:(id|token|plan)\b/, target.id).replace(':fileId', target.fileId ?? '')
      : row.route;
    const url = path + (row.query ? row.query(w) : '');
    const headers: Record<string, string> =
      row.method === 'PUT' && target ? { 'if-match': `W/"${target.version}"` } : {};
    const payload = row.body?.(w);
    const before = await auditCount();
    const upload = row.upload ? multipartFile(SAMPLE_FILES.pdf, 'evidence.pdf', 'application/pdf') : null;
    const options = upload
      ? { method: row.method, url, payload: upload.payload, headers: { ...headers, ...upload.headers } }
      : { method: row.method, url, headers, ...(payload ? { payload } : {}) };
    const response = user ? await user.request(options) : await w.t.anonymous(options);

    // On a mismatch, the body explains what happened.
    expect(response.statusCode === status ? status : `${response.statusCode}: ${response.body}`).toBe(status);
    if (status >= 400) {
      expect(response.json()).toMatchObject({ statusCode: status });
      expect(await auditCount()).toBe(before);
    }
    await row.check?.(response, { w, caller, user, status });
  });

  describe('what a partner sees of other organisations', () => {
    it('lists public milestones and its own organisation’s, never another organisation’s internal ones', async () => {
      const response = await w.users['other partner'].request({ method: 'GET', url: '/api/milestones?range=[0,999]' });
      expect(response.statusCode).toBe(200);
      const listed = response.json<{ id: string }[]>().map((m) => m.id);
      expect(listed).toEqual(expect.arrayContaining([w.publicMilestoneId, w.otherInternalMilestoneId]));
      expect(listed).not.toContain(w.internalMilestoneId);
      const byId = await w.users['other partner'].request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ id: [w.internalMilestoneId] }))}`,
      });
      expect(byId.json()).toEqual([]);
    });

    it('lists only its own organisation’s progress updates', async () => {
      const mine = await w.users['lead partner'].request({ method: 'GET', url: '/api/progress-updates' });
      expect(mine.json<{ id: string }[]>().map((u) => u.id)).toContain(w.progressUpdateId);
      const theirs = await w.users['other partner'].request({ method: 'GET', url: '/api/progress-updates' });
      expect(theirs.statusCode).toBe(200);
      const organisations = new Set(theirs.json<{ organisationId: string }[]>().map((u) => u.organisationId));
      expect([...organisations].filter((id) => id !== w.otherOrgId)).toEqual([]);
    });

    it('lets a partner of a supporting organisation see and report on an internal milestone it supports', async () => {
      const supporter = w.users['support partner'];
      const seen = await supporter.request({ method: 'GET', url: `/api/milestones/${w.internalMilestoneId}` });
      expect(seen.statusCode).toBe(200);
      const report = await supporter.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: w.internalMilestoneId, progress: 10, status: 'in_progress', narrative: title('x') },
      });
      expect(report.statusCode).toBe(201);
      expect(report.json()).toMatchObject({ organisationId: w.ids.supportId, submittedById: supporter.id });
    });
  });
});
