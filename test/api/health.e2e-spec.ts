import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with the database up', async () => {
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', checks: { database: 'up', queue: 'up' } });
    // The app's clock (the tests' fixed one), as everywhere else: never the real time beside it.
    expect(response.json()).toMatchObject({ time: t.clock.now().toISOString() });
  });

  it('answers 503 naming the database when PostgreSQL is unreachable', async () => {
    await t.app.get(DataSource).destroy();
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'error', checks: { database: 'down' } });
  });
});

describe('GET /api/health with Redis queues', () => {
  it("checks Redis: up with the machine's Redis", async () => {
    const t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:6379' } });
    try {
      const response = await t.anonymous({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ checks: { database: 'up', queue: 'up' } });
    } finally {
      await t.close();
    }
  });

  it('answers 503 naming the queue when Redis is unreachable', async () => {
    const t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const response = await t.anonymous({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'error', checks: { database: 'up', queue: 'down' } });
    } finally {
      await t.close();
    }
  });
});
