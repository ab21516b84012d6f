import { beforeAll, describe, expect, it } from '@jest/globals';

/**
 * The suite's hooks may take longer than jest's default 5 s (jest.config.js sets 60 s at the top level,
 * the only place jest reads it). A hook that outlives 5 s fails here if that limit is ever ignored again.
 */
describe("jest's time limit for hooks and tests", () => {
  let waited = 0;
  beforeAll(async () => {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 5_200));
    waited = performance.now() - started;
  });

  it('is longer than the default 5 s', () => {
    expect(waited).toBeGreaterThanOrEqual(5_000);
  });
});
