import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LightMyRequestResponse } from 'fastify';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile, SAMPLE_FILES } from '../support/multipart.js';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../support/test-app.js';

const LIMITS = {
  // Above what the set-up writes as the administrator.
  RATE_LIMIT_WRITE: '40/60',
  RATE_LIMIT_SEARCH: '3/60',
  RATE_LIMIT_EXPORT: '2/60',
  RATE_LIMIT_DOWNLOAD: '2/60',
  RATE_LIMIT_IMPORT: '1/60',
  RATE_LIMIT_UPLOAD: '2/60',
  RATE_LIMIT_PASSWORD: '2/60',
};

const statuses = (responses: LightMyRequestResponse[]) => responses.map((response) => response.statusCode);

/** Costly requests are limited per account and per kind, with 429 and Retry-After, shared by every replica. */
describe('rate limits', () => {
  let t: TestApp;
  let ids: Ids;
  const search = (user: TestUser, q = 'forum') =>
    user.request({ method: 'GET', url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ q }))}` });

  beforeAll(async () => {
    t = await createTestApp({ env: LIMITS });
    ids = await createPlanTree(t);
  });
  afterAll(() => t.close());

  it('counts searches per account: the fourth in a minute is refused, in the account’s language; others go on', async () => {
    const partner = await t.user('partner', ids.leadId);
    await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [partner.id]);
    const other = await t.user('partner', ids.leadId);
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await search(partner));
    expect(statuses(answers)).toEqual([200, 200, 200, 429]);
    const refused = answers[3];
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json()).toEqual({
      statusCode: 429,
      message: expect.stringMatching(
        /^Слишком много поисковых запросов с этой учётной записи; повторите через \d+ секунд/,
      ),
    });
    // Plain reads are not searches; another account has its own count.
    expect((await partner.request({ method: 'GET', url: '/api/milestones' })).statusCode).toBe(200);
    expect((await search(other)).statusCode).toBe(200);
  });

  it('counts writes; a refused write changes nothing', async () => {
    const staff = await t.user('staff');
    const create = (n: number) =>
      staff.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: `Limited ${n}` }, shortCode: `LIM-${n}`, type: 'cso', country: 'KZ' },
      });
    const answers = [];
    for (let i = 0; i < 40; i += 1) answers.push(await create(i));
    expect(statuses(answers)).toEqual(Array(40).fill(201));
    const trail = await t.db.query('SELECT count(*)::int AS n FROM audit_events');
    const refused = await create(40);
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ message: string }>().message).toMatch(/^Too many changes from this account; try again in/);
    expect(await t.db.query('SELECT count(*)::int AS n FROM audit_events')).toEqual(trail);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE short_code = 'LIM-40'`)).toEqual([
      { n: 0 },
    ]);
  });

  it('a call the role may not make is refused before it is counted', async () => {
    const viewer = await t.user('viewer');
    for (let i = 0; i < 6; i += 1) {
      const answer = await viewer.request({ method: 'POST', url: '/api/organisations', payload: {} });
      expect(answer.statusCode).toBe(403);
    }
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM rate_limits WHERE key = $1`, [
      `write:user:${viewer.id}`,
    ]);
    expect(n).toBe(0);
  });

  it('counts exports, downloads, imports, uploads and password changes, each against its own limit', async () => {
    const staff = await t.user('staff');
    const partner = await t.user('partner', ids.leadId, TEST_PASSWORD);
    const milestone = await createMilestone(t, ids);
    const update = (
      await partner.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: milestone.id, progress: 10, status: 'in_progress', narrative: { en: 'x' } },
      })
    ).json<{ id: string }>();
    const upload = () =>
      partner.request({
        method: 'POST',
        url: `/api/progress-updates/${update.id}/evidence`,
        ...multipartFile(SAMPLE_FILES.pdf, `minutes-${randomBytes(2).toString('hex')}.pdf`, 'application/pdf'),
      });
    const uploads = [await upload(), await upload(), await upload()];
    expect(statuses(uploads)).toEqual([201, 201, 429]);
    const fileId = uploads[0].json<{ id: string }>().id;
    const download = () =>
      partner.request({ method: 'GET', url: `/api/progress-updates/${update.id}/evidence/${fileId}` });
    expect(statuses([await download(), await download(), await download()])).toEqual([200, 200, 429]);

    const exportList = () => staff.request({ method: 'GET', url: '/api/milestones/export?format=csv' });
    expect(statuses([await exportList(), await exportList(), await exportList()])).toEqual([200, 200, 429]);
    // Downloads are their own count: the staff member's exports used none of it.
    const template = () => staff.request({ method: 'GET', url: '/api/milestones/import-template?format=csv' });
    expect(statuses([await template(), await template(), await template()])).toEqual([200, 200, 429]);

    const csv = Buffer.from('code,title_en\n');
    const importFile = () =>
      staff.request({
        method: 'POST',
        url: `/api/milestones/import?actionPlanId=${ids.planId}&dryRun=true`,
        ...multipartFile(csv, 'milestones.csv', 'text/csv'),
      });
    const imports = [await importFile(), await importFile()];
    expect(imports[0].statusCode).not.toBe(429);
    expect(imports[1].statusCode).toBe(429);

    const change = () =>
      partner.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'not the password', newPassword: 'a much longer new password' },
      });
    expect(statuses([await change(), await change(), await change()])).toEqual([400, 400, 429]);
  });

  it('is shared by every replica on the same database (PostgreSQL, without Redis)', async () => {
    const replica = await createTestApp({ env: LIMITS, database: t.database, clock: t.clock });
    try {
      const partner = await t.user('partner', ids.leadId);
      const viaReplica = () =>
        replica.app.inject({
          method: 'GET',
          url: `/api/milestones?filter=${encodeURIComponent('{"q":"forum"}')}`,
          headers: { authorization: `Bearer ${partner.token}` },
        });
      expect(statuses([await search(partner), await viaReplica(), await search(partner)])).toEqual([200, 200, 200]);
      expect((await viaReplica()).statusCode).toBe(429);
      expect((await search(partner)).statusCode).toBe(429);
    } finally {
      await replica.close();
    }
  });

  it('is shared through Redis when REDIS_URL is set, under the installation’s prefix', async () => {
    const env = { ...LIMITS, REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: `rl${randomBytes(4).toString('hex')}` };
    const first = await createTestApp({ env, database: t.database, clock: t.clock });
    const second = await createTestApp({ env, database: t.database, clock: t.clock });
    try {
      const partner = await first.user('partner', ids.leadId);
      const via = (app: TestApp) =>
        app.app.inject({
          method: 'GET',
          url: `/api/milestones?filter=${encodeURIComponent('{"q":"forum"}')}`,
          headers: { authorization: `Bearer ${partner.token}` },
        });
      expect(statuses([await via(first), await via(second), await via(first), await via(second)])).toEqual([
        200, 200, 200, 429,
      ]);
      // Counted in Redis, not in PostgreSQL.
      expect(await t.db.query(`SELECT key FROM rate_limits WHERE key LIKE $1`, [`%${partner.id}%`])).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
