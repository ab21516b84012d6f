import { describe, expect, it } from '@jest/globals';
import { DomainException } from './domain.exception.js';

describe('tests run the libs from their TypeScript source', () => {
  it("'#kernel' in a test is this source module, not the build in dist/ (a stale build cannot pass for the code)", async () => {
    const bySurface = await import('#kernel');
    expect(bySurface.DomainException).toBe(DomainException);
  });
});
