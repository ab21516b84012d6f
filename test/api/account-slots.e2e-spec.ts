import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountSlots, COSTLY_SLOTS } from '#access';
import { eventually } from '../support/processes.js';
import { tableLock, type TableLock } from '../support/table-lock.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** One account cannot take every connection: its requests beyond a few at once wait, then are refused. */
describe('requests of one account at once', () => {
  let t: TestApp;
  let lock: TableLock;

  beforeAll(async () => {
    t = await createTestApp({ env: { REQUESTS_AT_ONCE_PER_ACCOUNT: '2', REQUESTS_QUEUED_PER_ACCOUNT: '1' } });
    lock = await tableLock(t.database.url);
  });
  afterAll(async () => {
    await lock.close();
    await t.close();
  });

  /** Waits until the account's requests hold these slots: a fixed pause is too short on a loaded machine. */
  const slotsHeld = (app: TestApp, userId: string, load: { active: number; waiting: number }, token?: symbol) =>
    eventually(
      async () => {
        const now = app.app.get<AccountSlots>(token ?? AccountSlots, { strict: false }).load(userId);
        return now.active === load.active && now.waiting === load.waiting;
      },
      10_000,
      `${load.active} requests working and ${load.waiting} waiting`,
      10,
    );

  it('works on two at once, queues one, refuses the rest at once; other accounts go on meanwhile', async () => {
    const hostile = await t.user('viewer');
    const other = await t.user('staff');
    await lock.hold('milestones');
    try {
      // Each of these waits on the lock, as a slow statement would.
      const stuck = [1, 2, 3].map(() => hostile.request({ method: 'GET', url: '/api/milestones' }));
      await slotsHeld(t, hostile.id, { active: 2, waiting: 1 });
      const refused = await hostile.request({
        method: 'GET',
        url: '/api/milestones',
        headers: { 'accept-language': 'kk' },
      });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json<{ message: string }>().message).toBe(
        'Too many requests from this account at once; wait for those under way, then try again',
      );
      const meanwhile = await other.request({ method: 'GET', url: '/api/organisations' });
      expect(meanwhile.statusCode).toBe(200);
      await lock.release();
      expect((await Promise.all(stuck)).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    } finally {
      await lock.release();
    }
    // All slots are free again.
    const again = await Promise.all([1, 2, 3].map(() => hostile.request({ method: 'GET', url: '/api/milestones' })));
    expect(again.map((r) => r.statusCode)).toEqual([200, 200, 200]);
  });

  it('a refused or failed request frees its slot too', async () => {
    const user = await t.user('viewer');
    for (let i = 0; i < 5; i += 1) {
      expect((await user.request({ method: 'GET', url: '/api/milestones/not-a-uuid' })).statusCode).toBe(404);
    }
    expect((await user.request({ method: 'GET', url: '/api/milestones' })).statusCode).toBe(200);
  });

  it('a caller that goes away while waiting for a slot gives it back', async () => {
    const user = await t.user('viewer');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as { port: number };
    const get = (signal?: AbortSignal) =>
      fetch(`http://127.0.0.1:${port}/api/milestones`, { headers: { authorization: `Bearer ${user.token}` }, signal });
    await lock.hold('milestones');
    const working = [get(), get()];
    const leaving = new AbortController();
    const waiting = get(leaving.signal).catch((error: unknown) => error);
    await slotsHeld(t, user.id, { active: 2, waiting: 1 });
    leaving.abort();
    expect(await waiting).toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await lock.release();
    expect((await Promise.all(working)).map((r) => r.status)).toEqual([200, 200]);
    // Both slots are free: had the one that left kept its slot, these would wait for ever.
    const after = await Promise.all([get(), get()]);
    expect(after.map((r) => r.status)).toEqual([200, 200]);
  });

  it('works on one costly request of an account at a time (queue full: refused); its plain reads go on', async () => {
    const costly = await createTestApp({
      database: t.database,
      env: { COSTLY_REQUESTS_AT_ONCE_PER_ACCOUNT: '1', REQUESTS_QUEUED_PER_ACCOUNT: '0' },
    });
    try {
      const staff = await costly.user('staff');
      const search = () =>
        staff.request({ method: 'GET', url: `/api/milestones?filter=${encodeURIComponent('{"q":"forum"}')}` });
      await lock.hold('milestones');
      try {
        const stuck = search();
        await slotsHeld(costly, staff.id, { active: 1, waiting: 0 }, COSTLY_SLOTS);
        // A change is costly too: it would wait behind the search, and the queue has no place.
        const change = await staff.request({
          method: 'POST',
          url: '/api/organisations',
          payload: { name: { en: 'Costly' }, shortCode: 'COSTLY-1', type: 'cso', country: 'KZ' },
        });
        expect(change.statusCode).toBe(429);
        expect(change.json<{ message: string }>().message).toBe(
          'Too many requests from this account at once; wait for those under way, then try again',
        );
        expect((await staff.request({ method: 'GET', url: '/api/organisations' })).statusCode).toBe(200);
        await lock.release();
        expect((await stuck).statusCode).toBe(200);
      } finally {
        await lock.release();
      }
      const after = await staff.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: { en: 'Costly' }, shortCode: 'COSTLY-2', type: 'cso', country: 'KZ' },
      });
      expect(after.statusCode).toBe(201);
    } finally {
      await costly.close();
    }
  });
});
