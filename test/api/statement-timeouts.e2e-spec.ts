import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '#config';
import { Database } from '#database';
import { createWorker } from '../../apps/worker/src/create-worker.js';
import { createPlanTree } from '../support/factories.js';
import { tableLock, type TableLock } from '../support/table-lock.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** No request holds a connection for long: PostgreSQL stops a statement that runs past its limit. */
describe('statement time limits', () => {
  let t: TestApp;
  let lock: TableLock;

  beforeAll(async () => {
    t = await createTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '300', REPORT_STATEMENT_TIMEOUT_MS: '10000' } });
    lock = await tableLock(t.database.url);
  });
  afterAll(async () => {
    await lock.close();
    await t.close();
  });

  it("the API's sessions carry the configured limit", async () => {
    expect(await t.db.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '300ms' }]);
    expect(await t.db.query('SHOW idle_in_transaction_session_timeout')).toEqual([
      { idle_in_transaction_session_timeout: '30s' },
    ]);
  });

  it('a read past the limit answers 503 with Retry-After and a message, and the connection serves the next one', async () => {
    const started = performance.now();
    const response = await lock.whileHeld('milestones', () => t.request({ method: 'GET', url: '/api/milestones' }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({
      statusCode: 503,
      message:
        'The database took too long to answer this request and stopped it; try again shortly, or ask for less ' +
        'at once (a shorter search, a smaller page)',
    });
    expect((await t.request({ method: 'GET', url: '/api/milestones' })).statusCode).toBe(200);
  });

  it("says so in the caller's language: the account's, else Accept-Language", async () => {
    const kazakh = await t.user('viewer');
    await t.db.query(`UPDATE users SET locale = 'kk' WHERE id = $1`, [kazakh.id]);
    const [asKazakh, asRussianBrowser] = await lock.whileHeld('milestones, action_plans', () =>
      Promise.all([
        kazakh.request({ method: 'GET', url: '/api/milestones', headers: { 'accept-language': 'ru' } }),
        // No account: the public list of plans.
        t.anonymous({ method: 'GET', url: '/api/public/plans', headers: { 'accept-language': 'ru-RU,en;q=0.5' } }),
      ]),
    );
    expect(asKazakh.statusCode).toBe(503);
    expect(asKazakh.json<{ message: string }>().message).toMatch(/^Дерекқор бұл сұрауды тым ұзақ өңдеп/);
    expect(asRussianBrowser.statusCode).toBe(503);
    // The account's own language wins over its browser's.
    expect(asRussianBrowser.json<{ message: string }>().message).toMatch(/^База данных слишком долго/);
  });

  it('a write past the limit answers 503 and changes nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
    const response = await lock.whileHeld('organisations', () =>
      t.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: 'Blocked' }, shortCode: 'BLOCKED', type: 'cso', country: 'KZ' },
      }),
    );
    expect(response.statusCode).toBe(503);
    expect(await t.db.query('SELECT count(*)::int AS n FROM organisations')).toEqual(before);
  });

  it("a report's snapshot has the report limit: it waits out what would stop a read", async () => {
    const { planId } = await createPlanTree(t);
    await lock.hold('milestones');
    const release = new Promise((resolve) => setTimeout(resolve, 800)).then(() => lock.release());
    const [report, list] = await Promise.all([
      t.request({ method: 'POST', url: '/api/reports', payload: { actionPlanId: planId, title: { en: 'Waited' } } }),
      t.request({ method: 'GET', url: '/api/milestones' }),
    ]);
    await release;
    expect(list.statusCode).toBe(503);
    expect(report.statusCode).toBe(201);
  });

  it('a transaction given a longer limit outlasts the pool’s', async () => {
    const db = t.db;
    const slow = (limit?: number) =>
      db.transaction((tx) => tx.query('SELECT pg_sleep(0.5) AS slept'), limit ? { statementTimeoutMs: limit } : {});
    await expect(slow()).rejects.toMatchObject({ driverError: { code: '57014' } });
    await expect(slow(5000)).resolves.toEqual([{ slept: '' }]);
    // SET LOCAL: the pool's limit is back for the next statement on that connection.
    expect(await t.db.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '300ms' }]);
  });

  it("the worker's sessions carry the worker's limit", async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.database.url,
      REDIS_URL: '',
      JWT_SECRET: 'test-secret-that-is-at-least-32-characters-long',
      WORKER_STATEMENT_TIMEOUT_MS: '45000',
    });
    const worker = await createWorker({ config, databaseUrl: t.database.url, clock: t.clock });
    try {
      expect(await worker.get(Database).query('SHOW statement_timeout')).toEqual([{ statement_timeout: '45s' }]);
    } finally {
      await worker.close();
    }
  });
});
