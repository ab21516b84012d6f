import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { failureDelaySeconds } from './login-throttle.policy.js';

describe('failureDelaySeconds', () => {
  it('is free up to the allowance, then doubles from one second', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => failureDelaySeconds(n, 5, 900))).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8]);
  });

  it('never exceeds the cap, however many failures', () => {
    expect(failureDelaySeconds(10_000, 5, 60)).toBe(60);
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(100), fc.integer({ min: 1, max: 3600 }), (n, free, cap) => {
        const wait = failureDelaySeconds(n, free, cap);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(cap);
        expect(failureDelaySeconds(n + 1, free, cap)).toBeGreaterThanOrEqual(wait);
      }),
    );
  });
});
