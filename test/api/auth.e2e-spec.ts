import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { SignedInUsers } from '#access';
import { createTestApp, TEST_JWT_SECRET, TEST_NOW, TEST_PASSWORD, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/processes.js';

const key = new TextEncoder().encode(TEST_JWT_SECRET);
/** The test app's clock, in JWT seconds: tokens are judged by it, not by the wall clock. */
const appNow = Math.floor(TEST_NOW.getTime() / 1000);
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('sign-in and tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.anonymous({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });
  const me = (token: string) =>
    t.anonymous({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });

  it('signs in with e-mail (any case) and password, and the token works for /api/auth/me', async () => {
    const staff = await t.user('staff');
    const response = await login(staff.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ accessToken: string; expiresAt: string; user: { id: string; role: string } }>();
    expect(body.user).toMatchObject({ id: staff.id, role: 'staff' });
    // The token is dated by the app's clock (the tests' TEST_NOW), never by the real one.
    expect(Date.parse(body.expiresAt)).toBe(t.clock.now().getTime() + 1440 * 60_000);
    const who = await me(body.accessToken);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ id: staff.id, email: staff.email, role: 'staff' });
    expect(who.json()).not.toHaveProperty('passwordHash');
  });

  it('answers an unknown e-mail and a wrong password with the same 401', async () => {
    const staff = await t.user('staff');
    const wrong = await login(staff.email, 'not the password');
    const unknown = await login('nobody@test.example', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('refuses a malformed sign-in body with 400', async () => {
    const response = await t.anonymous({ method: 'POST', url: '/api/auth/login', payload: { email: 5 } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { email: expect.any(String), password: expect.any(String) } });
  });

  describe('401 for every token that is not a valid, current one', () => {
    let userId: string;
    beforeAll(async () => {
      userId = (await t.user('staff')).id;
    });

    const sign = (claims: object, options: { key?: Uint8Array; exp?: string | number; iss?: string } = {}) =>
      new SignJWT({ tv: 0, ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(options.iss ?? 'rex587-tracker')
        .setIssuedAt(appNow)
        .setExpirationTime(options.exp ?? appNow + 3600)
        .sign(options.key ?? key);

    it('a well-formed token for the user is accepted (the control case)', async () => {
      expect((await me(await sign({}))).statusCode).toBe(200);
    });

    it.each([
      ['missing', async () => null],
      ['expired', async () => sign({}, { exp: Math.floor(new Date('2026-11-27T05:00:00Z').getTime() / 1000) })],
      [
        'signed with another key',
        async () => sign({}, { key: new TextEncoder().encode('another-secret-that-is-32-characters!!') }),
      ],
      ['from another issuer', async () => sign({}, { iss: 'someone-else' })],
      [
        'alg none',
        async () =>
          `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: userId, tv: 0, iss: 'rex587-tracker', exp: 4102444800 })}.`,
      ],
      [
        'HS512 with the right key',
        async () =>
          new SignJWT({ tv: 0 })
            .setProtectedHeader({ alg: 'HS512' })
            .setSubject(userId)
            .setIssuer('rex587-tracker')
            .setExpirationTime(appNow + 3600)
            .sign(key),
      ],
      ['garbage', async () => 'not.a.token'],
      ['of an older token version', async () => sign({ tv: -1 })],
      [
        'for a user that does not exist',
        async () =>
          new SignJWT({ tv: 0 })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('00000000-0000-4000-8000-000000000000')
            .setIssuer('rex587-tracker')
            .setExpirationTime(appNow + 3600)
            .sign(key),
      ],
    ])('%s', async (_, make) => {
      const token = await make();
      const response = await t.anonymous({
        method: 'GET',
        url: '/api/milestones',
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
    });

    it('a non-Bearer Authorization header', async () => {
      const response = await t.anonymous({
        method: 'GET',
        url: '/api/milestones',
        headers: { authorization: 'Basic YWRtaW46ZGVtbw==' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  it('logout revokes every token issued before it', async () => {
    const user = await t.user('viewer');
    const signedIn = (await login(user.email, TEST_PASSWORD)).json<{ accessToken: string }>();
    expect((await me(signedIn.accessToken)).statusCode).toBe(200);
    const out = await t.anonymous({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${signedIn.accessToken}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(signedIn.accessToken)).statusCode).toBe(401);
    expect((await me(user.token)).statusCode).toBe(401);
    const again = await login(user.email, TEST_PASSWORD);
    expect((await me(again.json<{ accessToken: string }>().accessToken)).statusCode).toBe(200);
  });

  it('a password change revokes earlier tokens, returns a working one, and the old password stops working', async () => {
    const user = await t.user('staff');
    const changed = await user.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer new password' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(user.token)).statusCode).toBe(401);
    expect((await me(changed.json<{ accessToken: string }>().accessToken)).statusCode).toBe(200);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, 'a much longer new password')).statusCode).toBe(200);
    const trail = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'update'`,
      [user.id],
    );
    expect(trail[0].n).toBe(1);
  });

  it('a password change needs the current password and a long enough new one', async () => {
    const user = await t.user('staff');
    const wrongCurrent = await user.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'long enough password' },
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json()).toMatchObject({ errors: { currentPassword: expect.any(String) } });
    const short = await user.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ errors: { newPassword: expect.any(String) } });
    expect((await me(user.token)).statusCode).toBe(200);
  });

  it('an administrator who changes a role signs that user out, and the new role applies at once', async () => {
    const user = await t.user('staff');
    expect((await user.request({ method: 'GET', url: '/api/audit-events' })).statusCode).toBe(200);
    const changed = await t.request({
      method: 'PUT',
      url: `/api/users/${user.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { role: 'viewer' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await user.request({ method: 'GET', url: '/api/audit-events' })).statusCode).toBe(401);
    const signedIn = (await login(user.email, TEST_PASSWORD)).json<{ accessToken: string }>();
    const asViewer = await t.anonymous({
      method: 'GET',
      url: '/api/audit-events',
      headers: { authorization: `Bearer ${signedIn.accessToken}` },
    });
    expect(asViewer.statusCode).toBe(403);
  });

  describe('changes made outside this process (another replica, the CLI, SQL)', () => {
    /** Change notifications cross a socket, so "at once" means milliseconds: polled every 10 ms for 5 s. */
    const notified = (check: () => Promise<boolean>, what: string) => eventually(check, 5_000, what, 10);
    const signedInUsers = () => t.app.get(SignedInUsers, { strict: false });

    it('serves signed-in users from memory, and a revocation by SQL refuses their token once notified', async () => {
      const user = await t.user('staff');
      expect((await me(user.token)).statusCode).toBe(200);
      const misses = signedInUsers().misses;
      expect((await me(user.token)).statusCode).toBe(200);
      expect(signedInUsers().misses).toBe(misses);
      const started = performance.now();
      await t.db.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [user.id]);
      await notified(async () => (await me(user.token)).statusCode === 401, 'the revoked token is refused');
      expect(performance.now() - started).toBeLessThan(1_000);
    });

    it('a role changed or an account deleted by SQL applies once notified', async () => {
      const user = await t.user('staff');
      expect((await user.request({ method: 'GET', url: '/api/audit-events' })).statusCode).toBe(200);
      await t.db.query(`UPDATE users SET role = 'viewer' WHERE id = $1`, [user.id]);
      await notified(
        async () => (await user.request({ method: 'GET', url: '/api/audit-events' })).statusCode === 403,
        'the new role applies',
      );
      await t.db.query('DELETE FROM users WHERE id = $1', [user.id]);
      await notified(async () => (await me(user.token)).statusCode === 401, 'the deleted account is refused');
    });

    it('with the notification channel lost, reads users on every request; once back, serves them again', async () => {
      const users = signedInUsers();
      expect(users.serving).toBe(true);
      await t.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'rex587-tracker-listener' AND datname = current_database()`,
      );
      await notified(async () => !users.serving, 'the lost channel is noticed');
      const user = await t.user('staff');
      expect((await me(user.token)).statusCode).toBe(200);
      // No notification can arrive now: only reading the user on this very request can refuse the token.
      await t.db.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [user.id]);
      expect((await me(user.token)).statusCode).toBe(401);
      await notified(async () => users.serving, 'the channel is back');
      const other = await t.user('viewer');
      expect((await me(other.token)).statusCode).toBe(200);
      await t.db.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [other.id]);
      await notified(async () => (await me(other.token)).statusCode === 401, 'notified again after reconnecting');
    });
  });

  it('an administrator sets a password on a new account, stored as an argon2id hash and never returned', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'new.partner@test.example', name: 'New', role: 'viewer', password: 'initial password 1' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toMatch(/argon2|password/i);
    const [row] = await t.db.query<{ hash: string }>(
      `SELECT password_hash AS hash FROM users WHERE email = 'new.partner@test.example'`,
    );
    expect(row.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await login('new.partner@test.example', 'initial password 1')).statusCode).toBe(200);
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_ATTEMPTS_PER_ADDRESS: '8' } });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers, remoteAddress });

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('slows an address guessing at an account, longer after each failure, and says when to retry', async () => {
    const user = await t.user('staff');
    for (let i = 0; i < 4; i++) expect((await login(user.email, 'wrong', {}, '10.0.0.1')).statusCode).toBe(401);
    // Past the 3 free failures: that address waits 1 s, even with the right password.
    const waiting = await login(user.email, TEST_PASSWORD, {}, '10.0.0.1');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('1');
    expect(waiting.json<{ message: string }>().message).toBe('Too many sign-in attempts; try again in 1 second');
    await pause(1100);
    expect((await login(user.email, 'wrong', {}, '10.0.0.1')).statusCode).toBe(401);
    const longer = await login(user.email, 'wrong', {}, '10.0.0.1');
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('2');
    // In Russian for a Russian browser: the caller has no account to read a language from yet.
    const russian = await login(user.email, 'wrong', { 'accept-language': 'ru' }, '10.0.0.1');
    expect(russian.json<{ message: string }>().message).toMatch(
      /^Слишком много попыток входа; повторите через 2 секунды$/,
    );
  });

  it('never locks the owner out: failures from one address leave every other address free', async () => {
    const admin = await t.user('admin');
    for (let i = 0; i < 4; i++) await login(admin.email, 'guess', {}, '10.0.1.1');
    expect((await login(admin.email, TEST_PASSWORD, {}, '10.0.1.1')).statusCode).toBe(429);
    expect((await login(admin.email, TEST_PASSWORD, {}, '10.0.1.2')).statusCode).toBe(200);
    // Another account from the guessing address is unaffected.
    const other = await t.user('staff');
    expect((await login(other.email, TEST_PASSWORD, {}, '10.0.1.1')).statusCode).toBe(200);
  });

  it('many addresses guessing at one account slow everyone by seconds, not a lock', async () => {
    const user = await t.user('viewer');
    // Ten times the free failures, each from its own address, before the account as a whole waits.
    for (let i = 0; i < 31; i++) {
      expect((await login(user.email, 'guess', {}, `10.0.2.${i + 1}`)).statusCode).toBe(401);
    }
    const owner = await login(user.email, TEST_PASSWORD, {}, '10.0.3.1');
    expect(owner.statusCode).toBe(429);
    expect(Number(owner.headers['retry-after'])).toBeLessThanOrEqual(60);
    await pause(Number(owner.headers['retry-after']) * 1000 + 100);
    expect((await login(user.email, TEST_PASSWORD, {}, '10.0.3.1')).statusCode).toBe(200);
  });

  it('limits attempts per client address, and a forged X-Forwarded-For does not get round it', async () => {
    const user = await t.user('viewer');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await login(
        user.email,
        i % 2 === 0 ? TEST_PASSWORD : 'wrong-but-not-counted-much',
        { 'x-forwarded-for': `203.0.113.${i}` },
        '10.9.9.9',
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 8).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });
});

describe('sign-in throttling behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_ADDRESS: '2', TRUST_PROXY: '10.1.1.1' } });
  });
  afterAll(() => t.close());

  it('counts the client address the trusted proxy reports', async () => {
    const user = await t.user('viewer');
    const from = (client: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
        headers: { 'x-forwarded-for': client },
        remoteAddress: '10.1.1.1',
      });
    expect((await from('198.51.100.1')).statusCode).toBe(200);
    expect((await from('198.51.100.1')).statusCode).toBe(200);
    expect((await from('198.51.100.1')).statusCode).toBe(429);
    expect((await from('198.51.100.2')).statusCode).toBe(200);
  });
});
