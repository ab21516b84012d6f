import { describe, expect, it } from '@jest/globals';
import { rateLimitedAction, rateLimitKey } from './rate-limit.policy.js';

describe('rateLimitedAction', () => {
  it('takes the limit a route declares, whatever the request', () => {
    expect(rateLimitedAction({ method: 'GET', query: {} }, 'download')).toBe('download');
    expect(rateLimitedAction({ method: 'POST', query: {} }, 'upload')).toBe('upload');
    expect(rateLimitedAction({ method: 'GET', query: { filter: '{"q":"forum"}' } }, 'export')).toBe('export');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'post'])('counts %s as a write', (method) => {
    expect(rateLimitedAction({ method, query: {} }, undefined)).toBe('write');
  });

  it.each([
    ['{"q":"forum"}', 'search'],
    ['{"q":"  a  ","status":"delayed"}', 'search'],
    ['{"q":"\\u0071"}', 'search'],
    ['{"q":""}', null],
    ['{"q":"   "}', null],
    ['{"status":"delayed"}', null],
    ['{"quality":1}', null],
    ['not json, q', null],
    [undefined, null],
  ])('a list read with filter %p counts as %p', (filter, action) => {
    expect(rateLimitedAction({ method: 'GET', query: filter === undefined ? {} : { filter } }, undefined)).toBe(action);
  });

  it('a read with the filter given twice (an array) is no search: the list refuses it', () => {
    expect(rateLimitedAction({ method: 'GET', query: { filter: ['{"q":"a"}', '{"q":"b"}'] } }, undefined)).toBeNull();
  });
});

describe('rateLimitKey', () => {
  it('counts per account when signed in, else per address', () => {
    expect(rateLimitKey('7f9c', '10.0.0.1')).toBe('user:7f9c');
    expect(rateLimitKey(null, '10.0.0.1')).toBe('address:10.0.0.1');
  });
});
