import { describe, expect, it } from '@jest/globals';
import { serverOffset } from './server-clock.js';

describe('serverOffset', () => {
  it('is the server time minus the middle of the round trip', () => {
    const sent = Date.parse('2031-05-01T10:00:00.000Z');
    expect(serverOffset({ time: '2026-11-27T06:00:00.100Z' }, sent, sent + 200)).toBe(
      Date.parse('2026-11-27T06:00:00.000Z') - sent,
    );
  });

  it('is zero when the answer carries no usable time', () => {
    expect(serverOffset({}, 0, 10)).toBe(0);
    expect(serverOffset({ time: 'yesterday' }, 0, 10)).toBe(0);
    expect(serverOffset({ time: 42 }, 0, 10)).toBe(0);
  });
});
