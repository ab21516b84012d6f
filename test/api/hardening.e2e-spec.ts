import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('hardening of the HTTP edge', () => {
  let t: TestApp;
  let auditCount: () => Promise<number>;
  beforeAll(async () => {
    t = await createTestApp();
    auditCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0].n;
  });
  afterAll(() => t.close());

  const post = (payload: string) =>
    t.request({ method: 'POST', url: '/api/organisations', headers: { 'content-type': 'application/json' }, payload });

  it('sends security headers on API responses', async () => {
    const response = await t.anonymous({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(response.headers['content-security-policy'])).toMatch(/default-src 'self'/);
    expect(String(response.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
    // The test app's public address is plain http: no HSTS, no request upgrading (the app would stay blank).
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(String(response.headers['content-security-policy'])).not.toMatch(/upgrade-insecure-requests/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('behind an https public address, asks browsers for https only (HSTS, upgrade-insecure-requests)', async () => {
    const secure = await createTestApp({ env: { PUBLIC_URL: 'https://tracker.example.eu' } });
    try {
      const response = await secure.anonymous({ method: 'GET', url: '/api/health' });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(String(response.headers['content-security-policy'])).toMatch(/upgrade-insecure-requests/);
    } finally {
      await secure.close();
    }
  });

  it('refuses CORS requests from origins that are not configured', async () => {
    const response = await t.anonymous({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    [
      'prototype poisoning with __proto__',
      '{"name":{"en":"x"},"shortCode":"PROTO","type":"cso","country":"KZ","__proto__":{"admin":true}}',
    ],
    [
      'prototype poisoning with constructor.prototype',
      '{"name":{"en":"x"},"shortCode":"PROTO","type":"cso","country":"KZ","constructor":{"prototype":{"admin":true}}}',
    ],
    [
      'nesting deeper than 16 levels',
      `{"name":{"en":"x"},"shortCode":"DEEP","type":"cso","country":"KZ","reminderContacts":${'['.repeat(20)}${']'.repeat(20)}}`,
    ],
    [
      'an array of more than 1,000 items',
      `{"name":{"en":"x"},"shortCode":"WIDE","type":"cso","country":"KZ","reminderContacts":[${Array(1001).fill('1').join(',')}]}`,
    ],
    ['an object of more than 1,000 keys', `{${Array.from({ length: 1001 }, (_, i) => `"k${i}":1`).join(',')}}`],
  ])('refuses %s with 400 and stores nothing', async (_, payload) => {
    const before = await auditCount();
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400 });
    expect(await auditCount()).toBe(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('accepts a document right at the limits', async () => {
    const response = await post('{"name":{"en":"Limits"},"shortCode":"LIMITS","type":"cso","country":"KZ"}');
    expect(response.statusCode).toBe(201);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(response.statusCode).toBe(415);
  });

  it('logs no secrets: tokens and passwords are redacted from request logs', async () => {
    const { redactedPaths } = await import('../../apps/api/src/app.module.js');
    const { default: pino } = await import('pino');
    const lines: string[] = [];
    const logger = pino({ redact: redactedPaths }, { write: (line: string) => lines.push(line) });
    logger.info({
      req: {
        headers: { authorization: 'Bearer secret-token', cookie: 'session=secret-cookie' },
        body: { password: 'secret-password', currentPassword: 'secret-old', newPassword: 'secret-new' },
      },
    });
    expect(lines.join('')).not.toMatch(/secret/);
    expect(lines.join('')).toMatch(/\[Redacted\]/);
  });
});

describe('body-less requests with a content type', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('accepts an empty text/plain body, as react-admin sends on DELETE', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: { en: 'Gone' }, shortCode: 'GONE', type: 'cso', country: 'KZ' },
    });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/organisations/${created.json<{ id: string }>().id}`,
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.statusCode).toBe(200);
  });
});
