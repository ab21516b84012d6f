import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { ROLES } from '#contracts';
import { type Actor, DomainException } from '#kernel';
import { AccountSlots, type AuthService, type RateLimits } from '#access';
import { Allow, Public } from '../../apps/api/src/access/access-policy.decorator.js';
import { AccessGuard } from '../../apps/api/src/access/access.guard.js';
import { discoverRoutes, type DiscoveredRoute } from '../support/routes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('route policies: every route the app serves declares who may use it', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    routes = discoverRoutes(t.app);
  });
  afterAll(() => t.close());

  it('finds every route (at least 45), and each one is really served by Fastify', () => {
    expect(routes.length).toBeGreaterThanOrEqual(45);
    const fastify = t.app.getHttpAdapter().getInstance();
    const unserved = routes.filter((route) => !fastify.hasRoute({ method: route.method, url: route.path }));
    expect(unserved.map((route) => `${route.method} ${route.path}`)).toEqual([]);
    // The enumeration reaches handlers inherited from the generic resource controller, and custom actions.
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /api/milestones',
        'PUT /api/users/:id',
        'DELETE /api/progress-updates/:id',
        'POST /api/progress-updates/:id/approve',
        'GET /api/audit-events/:id',
        'POST /api/auth/logout',
      ]),
    );
  });

  it('gives every route an access policy', () => {
    const withoutPolicy = routes.filter((route) => route.policy === undefined);
    expect(withoutPolicy.map((route) => `${route.method} ${route.path} (${route.source})`)).toEqual([]);
  });

  it('makes only sign-in, health, the calendar feeds (secret URL), the public summary and the metrics (scraper token) public', () => {
    const publicRoutes = routes
      .filter((route) => route.policy?.public === true)
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/calendar/:token',
      'GET /api/health',
      'GET /api/metrics',
      'GET /api/public/plans',
      'GET /api/public/plans/:plan',
      'POST /api/auth/login',
    ]);
  });

  it('declares the rate limit of every costly route (the others count as writes or searches by their request)', () => {
    const limited = routes
      .filter((route) => route.limit !== undefined)
      .map((route) => `${route.method} ${route.path} ${route.limit}`)
      .sort();
    const exports = routes
      .filter((route) => route.path.endsWith('/export'))
      .map((route) => `${route.method} ${route.path} export`);
    expect(exports.length).toBeGreaterThanOrEqual(8);
    expect(limited).toEqual(
      [
        ...exports,
        'GET /api/milestones/import-template download',
        'GET /api/progress-updates/:id/evidence/:fileId download',
        'GET /api/reports/:id/download download',
        'POST /api/auth/password password',
        'POST /api/milestones/import import',
        'POST /api/progress-updates/:id/evidence upload',
      ].sort(),
    );
  });

  it('lets every other route name at least one real role, and nothing else', () => {
    const bad = routes.filter(
      (route) =>
        route.policy !== undefined &&
        !route.policy.public &&
        (route.policy.roles.length === 0 ||
          !route.policy.roles.every((role) => (ROLES as readonly string[]).includes(role))),
    );
    expect(bad.map((route) => `${route.method} ${route.path}: ${JSON.stringify(route.policy)}`)).toEqual([]);
  });
});

describe('AccessGuard: deny by default', () => {
  /** A controller that is never mounted: its handlers only carry (or lack) metadata. */
  class ProbeController {
    @Get('no-policy-probe')
    noPolicy() {
      return 'reached';
    }

    @Get('public-probe')
    @Public()
    open() {
      return 'reached';
    }

    @Get('admin-probe')
    @Allow(['admin'])
    adminOnly() {
      return 'reached';
    }
  }

  const authenticateCalls: unknown[][] = [];
  const authStub = {
    authenticate: async (...args: unknown[]): Promise<Actor> => {
      authenticateCalls.push(args);
      return { userId: '00000000-0000-4000-8000-000000000001', role: 'admin', organisationId: null, requestId: null };
    },
  } as unknown as AuthService;

  const contextFor = (handler: (...args: never[]) => unknown) =>
    new ExecutionContextHost(
      [
        {
          id: 'probe',
          method: 'GET',
          ip: '127.0.0.1',
          query: {},
          headers: { authorization: 'Bearer a.valid.looking.token' },
        },
        {},
      ],
      ProbeController,
      handler,
    );

  // The probes are plain reads: no rate limit applies to them (the rate-limit tests count real requests).
  const neverLimited = {
    consume: () => Promise.reject(new Error('a probe read was counted against a rate limit')),
  } as unknown as RateLimits;
  const guard = {
    canActivate: (context: ExecutionContextHost) =>
      new AccessGuard(
        new Reflector(),
        authStub,
        neverLimited,
        new AccountSlots(1000, 0),
        new AccountSlots(1000, 0),
        new AccountSlots(1, 0),
      ).canActivate(context),
  };

  it('refuses a handler without a policy with a forbidden DomainException, even with a bearer token', async () => {
    authenticateCalls.length = 0;
    const outcome = guard.canActivate(contextFor(ProbeController.prototype.noPolicy));
    await expect(outcome).rejects.toBeInstanceOf(DomainException);
    await expect(outcome).rejects.toMatchObject({ code: 'forbidden', message: 'This route has no access policy' });
    expect(authenticateCalls).toHaveLength(0);
  });

  it('lets the same context through once the handler declares a policy', async () => {
    authenticateCalls.length = 0;
    await expect(guard.canActivate(contextFor(ProbeController.prototype.open))).resolves.toBe(true);
    expect(authenticateCalls).toHaveLength(0);
    await expect(guard.canActivate(contextFor(ProbeController.prototype.adminOnly))).resolves.toBe(true);
    expect(authenticateCalls).toEqual([['a.valid.looking.token', 'probe']]);
  });
});
