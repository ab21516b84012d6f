import { describe, expect, it } from '@jest/globals';
import { clientRequestId } from './request-id.policy.js';

describe("a client's request id", () => {
  it.each([
    '7f9c2ba4-e88f-4a1f-9d6b-1c2d3e4f5a6b',
    '4bf92f3577b34da6a3ce929d0e0e4736',
    'web-app.trace_42:7',
    'a',
    'x'.repeat(64),
  ])('keeps %j', (id) => {
    expect(clientRequestId(id)).toBe(id);
  });

  it.each([
    ['too long', 'x'.repeat(65)],
    ['empty', ''],
    ['a space', 'trace 42'],
    ['a line break', 'trace\r\n42'],
    ['markup', '<script>alert(1)</script>'],
    ['a quote', 'trace"42'],
    ['a leading dash', '-trace'],
    ['non-ASCII', 'трасса-42'],
    ['a NUL', 'trace\u000042'],
    ['several headers', ['a', 'b']],
    ['no header', undefined],
  ])('refuses %s', (_, header) => {
    expect(clientRequestId(header)).toBeNull();
  });
});
