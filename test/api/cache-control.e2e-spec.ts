import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganisation, createPlan } from '../support/factories.js';
import { discoverRoutes } from '../support/routes.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/** Signed-in data, tokens and secret URLs are never kept by a browser or a proxy; the public summary may be, briefly. */
describe('Cache-Control of API answers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('no-store on the sign-in with its token, a password change, lists, records, downloads and calendar feeds', async () => {
    const staff = await t.user('staff');
    const login = await t.anonymous({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: staff.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json<{ accessToken: string }>().accessToken).toBeTruthy();
    const partner = await t.user('partner', (await createOrganisation(t)).id);
    const password = await partner.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another correct horse battery' },
    });
    expect(password.statusCode).toBe(200);
    const plan = await createPlan(t);
    const feed = await t.request({
      method: 'POST',
      url: '/api/calendar-feeds',
      payload: { kind: 'plan', actionPlanId: plan.id },
    });
    expect(feed.statusCode).toBe(201);
    const answers = [
      login,
      password,
      feed,
      await t.request({ method: 'GET', url: '/api/auth/me' }),
      await t.request({ method: 'GET', url: '/api/milestones' }),
      await t.request({ method: 'GET', url: `/api/action-plans/${plan.id}` }),
      await t.request({ method: 'GET', url: '/api/users/export?format=csv' }),
      await t.request({ method: 'GET', url: '/api/milestones/import-template?format=xlsx' }),
      await t.anonymous({ method: 'GET', url: new URL(feed.json<{ url: string }>().url).pathname }),
      await t.anonymous({ method: 'GET', url: '/api/health' }),
      await t.anonymous({ method: 'GET', url: '/api/milestones' }),
      await t.anonymous({ method: 'GET', url: '/api/no-such-route' }),
    ];
    for (const answer of answers) {
      expect([answer.statusCode, answer.headers['cache-control']]).toEqual([answer.statusCode, 'no-store']);
      expect(answer.headers.pragma).toBe('no-cache');
    }
    expect(answers.map((answer) => answer.statusCode)).toEqual([
      200, 200, 201, 200, 200, 200, 200, 200, 200, 200, 401, 404,
    ]);
  });

  it('the public summary: public for a minute when it answers, no-store when it does not', async () => {
    const plan = await createPlan(t);
    const list = await t.anonymous({ method: 'GET', url: '/api/public/plans' });
    const one = await t.anonymous({ method: 'GET', url: `/api/public/plans/${plan.id}?format=html` });
    const missing = await t.anonymous({ method: 'GET', url: `/api/public/plans/${randomUUID()}` });
    expect([list.statusCode, list.headers['cache-control']]).toEqual([200, 'public, max-age=60']);
    expect([one.statusCode, one.headers['cache-control']]).toEqual([200, 'public, max-age=60']);
    expect([missing.statusCode, missing.headers['cache-control']]).toEqual([404, 'no-store']);
  });

  it('every route in the route table answers no-store, signed in or not, except the public summary', async () => {
    const routes = discoverRoutes(t.app)
      // Logout revokes the administrator's tokens: last.
      .sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));
    expect(routes.length).toBeGreaterThanOrEqual(45);
    const wrong: string[] = [];
    for (const route of routes) {
      const url = route.path.replace(/:[A-Za-z]+/g, () => randomUUID());
      const payload = ['POST', 'PUT'].includes(route.method) ? {} : undefined;
      for (const send of [t.request, t.anonymous]) {
        const answer = await send({ method: route.method, url, payload });
        const expected =
          route.path.startsWith('/api/public/') && answer.statusCode < 300 ? 'public, max-age=60' : 'no-store';
        if (answer.headers['cache-control'] !== expected) {
          wrong.push(`${route.method} ${route.path} ${answer.statusCode}: ${String(answer.headers['cache-control'])}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
