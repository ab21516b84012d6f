import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LightMyRequestResponse } from 'fastify';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile, SAMPLE_FILES } from '../support/multipart.js';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../support/test-app.js';

/**
 * An account that comes back before its Retry-After is refused as its request arrives: before its body is read
 * or checked, after a pause that makes a looping script slow, and never on a route that counts per address.
 */
describe('requests refused again as they arrive', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        RATE_LIMIT_UPLOAD: '1/60',
        RATE_LIMIT_WRITE: '30/60',
        REFUSAL_DELAY_MS: '400',
        REQUESTS_QUEUED_PER_ACCOUNT: '1',
      },
    });
    ids = await createPlanTree(t);
  });
  afterAll(() => t.close());

  async function updateOf(partner: TestUser): Promise<string> {
    const milestone = await createMilestone(t, ids);
    const created = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: milestone.id, progress: 10, status: 'in_progress', narrative: { en: 'x' } },
    });
    expect(created.statusCode).toBe(201);
    return created.json<{ id: string }>().id;
  }

  /** A body no multipart parser accepts: 400 for an account not refused. */
  const malformedUpload = (user: TestUser, updateId: string) =>
    user.request({
      method: 'POST',
      url: `/api/progress-updates/${updateId}/evidence`,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: 'not a multipart body',
    });

  /** Creates organisations as `user` until the write limit refuses one; returns how to create more. */
  async function writeUntilRefused(user: TestUser, prefix: string) {
    const create = (n: number): Promise<LightMyRequestResponse> =>
      user.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: `${prefix} ${n}` }, shortCode: `${prefix}-${n}`, type: 'cso', country: 'KZ' },
      });
    let n = 0;
    while ((await create(n)).statusCode !== 429) n += 1;
    expect(n).toBeLessThanOrEqual(30);
    return create;
  }

  it('refuses an upload again, whatever its body, in the account’s language; others still upload', async () => {
    const partner = await t.user('partner', ids.leadId);
    await t.db.query(`UPDATE users SET locale = 'ru' WHERE id = $1`, [partner.id]);
    const updateId = await updateOf(partner);
    const upload = (user: TestUser, id: string) =>
      user.request({
        method: 'POST',
        url: `/api/progress-updates/${id}/evidence`,
        ...multipartFile(SAMPLE_FILES.pdf, 'minutes.pdf', 'application/pdf'),
      });
    expect((await upload(partner, updateId)).statusCode).toBe(201);
    expect((await upload(partner, updateId)).statusCode).toBe(429);
    // A body no parser would accept (it is 400 for anybody else): never read, the account is refused first.
    const malformed = await malformedUpload(partner, updateId);
    expect(malformed.statusCode).toBe(429);
    expect(Number(malformed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(malformed.headers['cache-control']).toBe('no-store');
    expect(malformed.json()).toEqual({
      statusCode: 429,
      message: expect.stringMatching(
        /^Слишком много загрузок файлов с этой учётной записи; повторите через \d+ секунд/,
      ),
    });
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM evidence_files WHERE progress_update_id = $1`, [updateId]),
    ).toEqual([{ n: 1 }]);

    const other = await t.user('partner', ids.leadId);
    expect((await malformedUpload(other, await updateOf(other))).statusCode).toBe(400);
  });

  it('answers a request refused again after a pause, one waiting per queue place, the rest at once', async () => {
    const staff = await t.user('staff');
    const create = await writeUntilRefused(staff, 'PAU');
    // Its body is never parsed: JSON no parser would accept (400 for anybody else) is refused as a count.
    const unreadable = await staff.request({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(unreadable.statusCode).toBe(429);

    // Two at once, with one queue place (REQUESTS_QUEUED_PER_ACCOUNT 1): whichever arrives first waits the pause,
    // the other is answered at once. Which one is first is the server's affair, not the test's.
    const started = performance.now();
    const timed = (n: number) =>
      create(n).then((response) => ({ status: response.statusCode, ms: performance.now() - started }));
    const answers = await Promise.all([timed(100), timed(101)]);
    expect(answers.map((answer) => answer.status)).toEqual([429, 429]);
    const [atOnce, paused] = answers.map((answer) => answer.ms).sort((a, b) => a - b);
    expect(paused).toBeGreaterThanOrEqual(400);
    // Had both waited (no queue limit), they would be answered together.
    expect(paused - atOnce).toBeGreaterThanOrEqual(200);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE short_code LIKE 'PAU-10_'`)).toEqual([
      { n: 0 },
    ]);
  });

  it('never refuses a route that counts per address (signing in) for the account’s own count', async () => {
    const staff = await t.user('staff');
    await writeUntilRefused(staff, 'SIG');
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { authorization: `Bearer ${staff.token}` },
      payload: { email: staff.email, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
  });
});
