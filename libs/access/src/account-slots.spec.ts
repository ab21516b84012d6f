import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AccountSlots } from './account-slots.js';

describe('AccountSlots', () => {
  it('gives an account at most its slots at once; the next waits for a release', async () => {
    const slots = new AccountSlots(2, 5);
    const first = await slots.acquire('a');
    const second = await slots.acquire('a');
    let third: (() => void) | null = null;
    const waiting = slots.acquire('a').then((release) => (third = release));
    await Promise.resolve();
    expect(third).toBeNull();
    expect(slots.load('a')).toEqual({ active: 2, waiting: 1 });
    // Another account is not held up.
    expect(await slots.acquire('b')).toEqual(expect.any(Function));
    first!();
    await waiting;
    expect(third).toEqual(expect.any(Function));
    expect(slots.load('a')).toEqual({ active: 2, waiting: 0 });
    second!();
    third!();
    expect(slots.load('a')).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses once the queue is full, and a release counts once however often it is called', async () => {
    const slots = new AccountSlots(1, 1);
    const held = (await slots.acquire('a'))!;
    const queued = slots.acquire('a');
    expect(await slots.acquire('a')).toBeNull();
    held();
    held();
    const next = (await queued)!;
    expect(slots.load('a')).toEqual({ active: 1, waiting: 0 });
    next();
    expect(slots.load('a')).toEqual({ active: 0, waiting: 0 });
  });

  it('whatever the order of requests and releases, never more than the slots at once, and all drain', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), async (steps, n) => {
        const slots = new AccountSlots(n, 100);
        const held: Array<() => void> = [];
        const pending: Array<Promise<void>> = [];
        for (const acquire of steps) {
          if (acquire) pending.push(slots.acquire('a').then((release) => void held.push(release!)));
          else held.shift()?.();
          await Promise.resolve();
          expect(slots.load('a').active).toBeLessThanOrEqual(n);
        }
        while (held.length > 0 || slots.load('a').waiting > 0) {
          held.shift()?.();
          await Promise.resolve();
          await Promise.resolve();
        }
        await Promise.all(pending);
        while (held.length > 0) held.shift()!();
        expect(slots.load('a')).toEqual({ active: 0, waiting: 0 });
      }),
    );
  });
});
