import { describe, expect, it } from '@jest/globals';
import { cacheControl, NO_STORE, PUBLIC_CACHE } from './cache-control.js';

describe('Cache-Control of API answers', () => {
  it.each([
    ['POST', '/api/auth/login', '/api/auth/login', 200],
    ['POST', '/api/auth/password', '/api/auth/password', 200],
    ['GET', '/api/milestones', '/api/milestones', 200],
    ['GET', '/api/reports/1/download', '/api/reports/:id/download', 200],
    ['GET', '/api/calendar/rexcal_x.ics', '/api/calendar/:token', 200],
    ['GET', '/api/health', '/api/health', 200],
    ['GET', '/api/public/plans/REX', '/api/public/plans/:plan', 404],
    ['POST', '/api/public/plans', '/api/public/plans', 404],
    ['GET', '/api/nothing-here', null, 404],
    ['GET', '/api', null, 404],
  ])('%s %s (%s, %s) is never stored', (method, path, route, status) => {
    expect(cacheControl(method, path, route, status)).toBe(NO_STORE);
  });

  it('the public summary may be kept a minute when it answers', () => {
    expect(cacheControl('GET', '/api/public/plans', '/api/public/plans', 200)).toBe(PUBLIC_CACHE);
    expect(cacheControl('GET', '/api/public/plans/REX-587', '/api/public/plans/:plan', 200)).toBe(PUBLIC_CACHE);
  });

  it("leaves the web app's own files alone", () => {
    expect(cacheControl('GET', '/', '/', 200)).toBeNull();
    expect(cacheControl('GET', '/assets/index.js', '/*', 200)).toBeNull();
    expect(cacheControl('GET', '/apiary', '/*', 200)).toBeNull();
  });
});
