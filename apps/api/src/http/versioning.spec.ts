import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidQueryException, VersionRequiredException } from '#kernel';
import { contentRange, etag, expectedVersion, optionalVersion } from './versioning.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an exception, but none was thrown');
}

describe('etag', () => {
  it('a record at version 3 has the weak ETag W/"3"', () => {
    expect(etag(3)).toBe('W/"3"');
  });

  it('the version read back from a record ETag is the record version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (version) => {
        expect(expectedVersion(etag(version), undefined)).toBe(version);
      }),
    );
  });
});

describe('expectedVersion', () => {
  it('reads the version from a weak ETag in If-Match', () => {
    expect(expectedVersion('W/"3"', undefined)).toBe(3);
  });

  it('reads the version from a strong ETag in If-Match', () => {
    expect(expectedVersion('"3"', undefined)).toBe(3);
  });

  it('tolerates spaces around the ETag', () => {
    expect(expectedVersion('  W/"12" ', undefined)).toBe(12);
  });

  it('without If-Match, takes the version from the body', () => {
    expect(expectedVersion(undefined, 4)).toBe(4);
  });

  it('an empty If-Match counts as absent, so the body version is used', () => {
    expect(expectedVersion('  ', 4)).toBe(4);
  });

  it('If-Match wins over the body version', () => {
    expect(expectedVersion('W/"3"', 7)).toBe(3);
  });

  it.each(['3', 'W/"x"', '"0"', 'W/"3', 'W/3', '"-1"', '"1.5"', '*', '"1234567890"', 'W/"3", W/"4"'])(
    'a malformed If-Match %p is refused as an invalid parameter, even with a body version',
    (ifMatch) => {
      const error = thrown(() => expectedVersion(ifMatch, 3));
      expect(error).toBeInstanceOf(InvalidQueryException);
      expect((error as InvalidQueryException).code).toBe('invalid_query');
      expect((error as InvalidQueryException).message).toContain('If-Match');
    },
  );

  it('with neither If-Match nor a body version, the write is refused as version required', () => {
    const error = thrown(() => expectedVersion(undefined, undefined));
    expect(error).toBeInstanceOf(VersionRequiredException);
    expect((error as VersionRequiredException).code).toBe('version_required');
  });

  it.each([0, -1, 1.5, '3', null, Number.NaN, Number.MAX_SAFE_INTEGER + 1])(
    'a body version %p that is not a whole number from 1 counts as no version',
    (bodyVersion) => {
      const error = thrown(() => expectedVersion(undefined, bodyVersion));
      expect(error).toBeInstanceOf(VersionRequiredException);
    },
  );
});

describe('optionalVersion', () => {
  it.each([undefined, '', '   '])('a DELETE without If-Match (%p) applies to any version', (ifMatch) => {
    expect(optionalVersion(ifMatch)).toBeNull();
  });

  it('a DELETE with If-Match applies only to that version', () => {
    expect(optionalVersion('W/"5"')).toBe(5);
  });

  it('a DELETE with a malformed If-Match is refused', () => {
    const error = thrown(() => optionalVersion('"0"'));
    expect(error).toBeInstanceOf(InvalidQueryException);
    expect((error as InvalidQueryException).message).toContain('If-Match');
  });
});

describe('contentRange', () => {
  it('the first page of 25 out of 319 milestones is 0-24/319', () => {
    expect(contentRange('milestones', 0, 25, 319)).toBe('milestones 0-24/319');
  });

  it('a page starting at 50 counts from 50', () => {
    expect(contentRange('milestones', 50, 25, 319)).toBe('milestones 50-74/319');
  });

  it('a short last page ends at the last record', () => {
    expect(contentRange('milestones', 300, 19, 319)).toBe('milestones 300-318/319');
  });

  it('a page with a single record starts and ends on it', () => {
    expect(contentRange('organisations', 7, 1, 8)).toBe('organisations 7-7/8');
  });

  it('an empty list is */0', () => {
    expect(contentRange('milestones', 0, 0, 0)).toBe('milestones */0');
  });

  it('an empty page past the end still gives the total', () => {
    expect(contentRange('milestones', 400, 0, 319)).toBe('milestones */319');
  });
});
