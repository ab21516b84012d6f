import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { sample } from '../support/prometheus.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';

const TOKEN = 'a-scraper-token-for-the-tests-587';

describe('metrics', () => {
  it('are off without METRICS_TOKEN: 404 saying how to turn them on', async () => {
    const t = await createTestApp();
    try {
      const response = await t.request({ method: 'GET', url: '/api/metrics' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ message: expect.stringContaining('METRICS_TOKEN') });
    } finally {
      await t.close();
    }
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    let ids: Ids;
    const scrape = async () => {
      const response = await t.anonymous({
        method: 'GET',
        url: '/api/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      return response.body;
    };

    beforeAll(async () => {
      t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
      ids = await createPlanTree(t);
    });
    afterAll(() => t.close());

    it('answer only the scraper token: not a missing one, another one, or a user sign-in', async () => {
      for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${t.admin.token}`, TOKEN]) {
        const response = await t.anonymous({
          method: 'GET',
          url: '/api/metrics',
          headers: authorization ? { authorization } : {},
        });
        expect(response.statusCode).toBe(401);
        expect(response.body).not.toMatch(/rex587_/);
      }
    });

    it('count and time requests by route pattern and status, never by raw URL', async () => {
      const milestone = await createMilestone(t, ids);
      const route = { method: 'GET', route: '/api/milestones/:id', status: '200' };
      const before = sample(await scrape(), 'rex587_http_request_duration_seconds_count', route) ?? 0;
      for (let i = 0; i < 3; i++) await t.request({ method: 'GET', url: `/api/milestones/${milestone.id}` });
      await t.request({ method: 'GET', url: '/api/no-such-thing/42' });
      const text = await scrape();
      expect(sample(text, 'rex587_http_request_duration_seconds_count', route)).toBe(before + 3);
      expect(sample(text, 'rex587_http_request_duration_seconds_bucket', { ...route, le: '+Inf' })).toBe(before + 3);
      expect(text).not.toContain(milestone.id);
      expect(text).not.toContain('no-such-thing');
    });

    it('show the backlog: reminders past their time, failed ones, unrelayed events, updates awaiting review', async () => {
      const milestone = await createMilestone(t, ids);
      const scheduledFor = new Date(TEST_NOW.getTime() - 90 * 60_000);
      const reminder = (state: string, at: Date, email: string) =>
        t.db.query(
          `INSERT INTO reminders (milestone_id, kind, due_date, recipient_email, locale, time_zone, scheduled_for, state)
           VALUES ($1, 'due', '2026-11-27', $2, 'en', 'Asia/Almaty', $3, $4)`,
          [milestone.id, email, at, state],
        );
      const before = await scrape();
      await reminder('pending', scheduledFor, 'late@metrics.example');
      await reminder('pending', new Date(TEST_NOW.getTime() + 86_400_000), 'later@metrics.example');
      await reminder('failed', scheduledFor, 'failed@metrics.example');
      await t.db.query(`INSERT INTO outbox_messages (topic, payload) VALUES ('metrics.test', '{}')`);
      const after = await scrape();
      const delta = (name: string) => (sample(after, name) ?? NaN) - (sample(before, name) ?? NaN);
      expect(delta('rex587_reminders_overdue')).toBe(1);
      expect(delta('rex587_reminders_failed')).toBe(1);
      expect(delta('rex587_outbox_pending')).toBe(1);
      expect(sample(after, 'rex587_reminders_oldest_overdue_seconds')).toBeGreaterThanOrEqual(90 * 60);
      expect(sample(after, 'rex587_progress_updates_awaiting_review')).toEqual(
        (
          await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM progress_updates WHERE state = 'submitted'`)
        )[0].n,
      );
    });

    it('show this process: CPU and memory, the database pool, where signed-in users came from', async () => {
      await t.request({ method: 'GET', url: '/api/auth/me' });
      const text = await scrape();
      expect(sample(text, 'rex587_process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(sample(text, 'rex587_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
      expect(sample(text, 'rex587_database_pool_connections', { state: 'total' })).toBeGreaterThan(0);
      const lookups =
        (sample(text, 'rex587_signed_in_user_lookups_total', { source: 'memory' }) ?? 0) +
        (sample(text, 'rex587_signed_in_user_lookups_total', { source: 'database' }) ?? 0);
      expect(lookups).toBeGreaterThan(0);
    });
  });
});
