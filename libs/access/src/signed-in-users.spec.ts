import { describe, expect, it } from '@jest/globals';
import { SignedInUserMemory } from './signed-in-users.js';
import type { SignedInUser } from './user.repository.js';

const user = (id: string, tokenVersion = 0): SignedInUser => ({
  locale: 'en',
  id,
  role: 'staff',
  organisationId: null,
  tokenVersion,
});

/** A loader that counts its reads and returns whatever `current` holds at the time. */
function database(initial: SignedInUser | null) {
  const state = { current: initial, reads: 0 };
  return {
    state,
    load: async () => {
      state.reads += 1;
      return state.current;
    },
  };
}

describe('signed-in users in memory', () => {
  it('reads a user once while notifications arrive, then serves it from memory', async () => {
    const memory = new SignedInUserMemory(300);
    memory.setTrusted(true);
    const db = database(user('a'));
    expect(await memory.read('a', db.load)).toEqual(user('a'));
    expect(await memory.read('a', db.load)).toEqual(user('a'));
    expect(db.state.reads).toBe(1);
    expect({ hits: memory.hits, misses: memory.misses }).toEqual({ hits: 1, misses: 1 });
  });

  it('reads on every request while the notification channel is down', async () => {
    const memory = new SignedInUserMemory(300);
    const db = database(user('a'));
    await memory.read('a', db.load);
    await memory.read('a', db.load);
    expect(db.state.reads).toBe(2);
    expect(memory.serving).toBe(false);
  });

  it('forgets a user on its notification, and everyone when the channel is lost', async () => {
    const memory = new SignedInUserMemory(300);
    memory.setTrusted(true);
    const db = database(user('a'));
    await memory.read('a', db.load);
    db.state.current = user('a', 1);
    memory.forget('a');
    expect(await memory.read('a', db.load)).toEqual(user('a', 1));
    db.state.current = user('a', 2);
    memory.setTrusted(false);
    expect(memory.size).toBe(0);
    expect(await memory.read('a', db.load)).toEqual(user('a', 2));
  });

  it('does not keep a read that a notification overtook (it may hold the revoked version)', async () => {
    const memory = new SignedInUserMemory(300);
    memory.setTrusted(true);
    const db = database(user('a', 0));
    const raced = memory.read('a', async () => {
      const before = await db.load();
      // The revocation commits and its notification arrives while this read is on its way back.
      db.state.current = user('a', 1);
      memory.forget('a');
      return before;
    });
    expect(await raced).toEqual(user('a', 0));
    expect(await memory.read('a', db.load)).toEqual(user('a', 1));
  });

  it('remembers an unknown user too (a deleted account), until notified', async () => {
    const memory = new SignedInUserMemory(300);
    memory.setTrusted(true);
    const db = database(null);
    expect(await memory.read('gone', db.load)).toBeNull();
    expect(await memory.read('gone', db.load)).toBeNull();
    expect(db.state.reads).toBe(1);
  });

  it('lets an entry age out after its time to live, and keeps nothing with a time to live of 0', async () => {
    let now = 1_000_000;
    const memory = new SignedInUserMemory(60, () => now);
    memory.setTrusted(true);
    const db = database(user('a'));
    await memory.read('a', db.load);
    now += 59_000;
    await memory.read('a', db.load);
    expect(db.state.reads).toBe(1);
    now += 2_000;
    await memory.read('a', db.load);
    expect(db.state.reads).toBe(2);

    const off = new SignedInUserMemory(0);
    off.setTrusted(true);
    await off.read('a', db.load);
    await off.read('a', db.load);
    expect(db.state.reads).toBe(4);
    expect(off.serving).toBe(false);
  });

  it('holds a bounded number of users, dropping the oldest first', async () => {
    const memory = new SignedInUserMemory(300);
    memory.setTrusted(true);
    for (let index = 0; index < 20_005; index += 1) await memory.read(`u${index}`, async () => user(`u${index}`));
    expect(memory.size).toBe(20_000);
    const db = database(user('u0'));
    await memory.read('u0', db.load);
    expect(db.state.reads).toBe(1);
    const recent = database(user('u20004'));
    await memory.read('u20004', recent.load);
    expect(recent.state.reads).toBe(0);
  });
});
