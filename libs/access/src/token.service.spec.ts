import { describe, expect, it } from '@jest/globals';
import { FixedClock, loadConfig } from '#config';
import { TokenService } from './token.service.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const NOW = new Date('2026-11-27T06:00:00Z');

function tokens(secret = SECRET) {
  const clock = new FixedClock(NOW);
  const config = loadConfig({
    JWT_SECRET: secret,
    ACCESS_TOKEN_MINUTES: '30',
    DATABASE_URL: 'postgres://x@127.0.0.1/x',
  });
  return { clock, service: new TokenService(secret, config, clock) };
}

describe('access tokens', () => {
  it('verifies a token it issued, again and again, with its claims', async () => {
    const { service } = tokens();
    const { token, expiresAt } = await service.issue({ userId: 'u1', tokenVersion: 3 });
    expect(expiresAt.toISOString()).toBe('2026-11-27T06:30:00.000Z');
    for (let i = 0; i < 3; i++) expect(await service.verify(token)).toEqual({ userId: 'u1', tokenVersion: 3 });
  });

  it('refuses a token it verified before, once it has expired', async () => {
    const { service, clock } = tokens();
    const { token } = await service.issue({ userId: 'u1', tokenVersion: 0 });
    await service.verify(token);
    clock.set(new Date(NOW.getTime() + 29 * 60_000));
    await expect(service.verify(token)).resolves.toEqual({ userId: 'u1', tokenVersion: 0 });
    clock.set(new Date(NOW.getTime() + 30 * 60_000));
    await expect(service.verify(token)).rejects.toThrow('The sign-in has expired: sign in again');
  });

  it('refuses a token whose signature or payload was altered, even after the genuine one was verified', async () => {
    const { service } = tokens();
    const { token } = await service.issue({ userId: 'u1', tokenVersion: 0 });
    await service.verify(token);
    const [header, payload, signature] = token.split('.');
    const otherSignature = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(service.verify(`${header}.${payload}.${otherSignature}`)).rejects.toThrow(
      'The access token is not valid',
    );
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'u2' })).toString('base64url');
    await expect(service.verify(`${header}.${forged}.${signature}`)).rejects.toThrow('The access token is not valid');
  });

  it('refuses a token signed with another secret', async () => {
    const { token } = await tokens('another-secret-that-is-long-enough-too').service.issue({
      userId: 'u1',
      tokenVersion: 0,
    });
    await expect(tokens().service.verify(token)).rejects.toThrow('The access token is not valid');
  });
});
