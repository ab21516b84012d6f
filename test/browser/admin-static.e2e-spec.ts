import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findAdminBuild } from '../../apps/api/src/http/admin-static.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The built admin app served by the API at `/`, without getting in the API's way. */
describe('the admin app served at /', () => {
  let t: TestApp;
  let entryScript: string;

  beforeAll(async () => {
    const build = findAdminBuild();
    if (!build) throw new Error('dist/admin/index.html is missing: run `npm run build` first');
    entryScript = /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(`${build}index.html`, 'utf8'))![1];
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the page at / and never caches it', async () => {
    const response = await t.anonymous({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<div id="root"></div>');
  });

  it('serves hashed scripts for a year, compressed for browsers that accept it', async () => {
    const plain = await t.anonymous({ method: 'GET', url: entryScript });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const brotli = await t.anonymous({ method: 'GET', url: entryScript, headers: { 'accept-encoding': 'br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(Number(brotli.headers['content-length'])).toBeLessThan(plain.body.length / 2);
  });

  it('answers browser paths with the page, and missing files with 404', async () => {
    const page = await t.anonymous({ method: 'GET', url: '/milestones' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect((await t.anonymous({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('leaves the API alone: JSON 404 for unknown API paths, and the API docs', async () => {
    const unknown = await t.anonymous({ method: 'GET', url: '/api/no-such-thing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ statusCode: 404 });
    const health = await t.anonymous({ method: 'GET', url: '/api/health' });
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    const docs = await t.anonymous({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
    expect((await t.anonymous({ method: 'GET', url: '/api/docs-json' })).json()).toMatchObject({
      openapi: expect.any(String),
    });
  });
});
