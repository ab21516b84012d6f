import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { type Role } from '#contracts';
import { hashPassword, TokenService } from '#access';
import { RATE_LIMITED_ACTIONS } from '#kernel';
import { type Clock, FixedClock, loadConfig } from '#config';
import { Database } from '#database';
import { createApp } from '../../apps/api/src/http/create-app.js';
import { createSchemaDatabase, type TestDatabase } from './test-database.js';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  organisationId: string | null;
  token: string;
  /** Sends a request as this user. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: NestFastifyApplication;
  db: Database;
  database: TestDatabase;
  clock: FixedClock;
  /** The administrator every test app starts with; `request` acts as this user. */
  admin: TestUser;
  /** Sends a request as the administrator, unless it carries its own Authorization header. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Sends a request with no sign-in at all. */
  anonymous(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Creates a user with this role (and organisation, for partners) and signs it in. */
  user(role: Role, organisationId?: string | null, password?: string): Promise<TestUser>;
  /** JSON body of a response. */
  json<T = unknown>(response: LightMyRequestResponse): T;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/** The default "today" of the tests: the day this suite was written, in Asia/Almaty working hours. */
export const TEST_NOW = new Date('2026-11-27T06:00:00Z');

/**
 * The real API on a fresh, migrated PostgreSQL database, driven in-process
 * through Fastify's inject (the full HTTP pipeline, no socket).
 */
export async function createTestApp(
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    /** Receives the logs (at info level); without it the app logs nothing. */
    logStream?: DestinationStream;
    /** Another replica of an app: its database, left in place when this one closes. */
    database?: TestDatabase;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createSchemaDatabase());
  const clock = (options.clock as FixedClock | undefined) ?? new FixedClock(TEST_NOW);
  const config = loadConfig({
    DATABASE_URL: database.url,
    LOG_LEVEL: options.logStream ? 'info' : 'silent',
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    // Every injected request comes from 127.0.0.1: only the throttling tests want the real limit.
    LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    // Tests make hundreds of writes a minute: only the rate-limit tests want the real limits.
    ...Object.fromEntries(RATE_LIMITED_ACTIONS.map((action) => [`RATE_LIMIT_${action.toUpperCase()}`, '1000000/60'])),
    // Tests fire dozens of requests of one account at once: they wait their turn (4 at a time), none is refused.
    REQUESTS_QUEUED_PER_ACCOUNT: '10000',
    COSTLY_REQUESTS_AT_ONCE_PER_ACCOUNT: '1000',
    // A request refused again is answered at once: only the early-refusal tests want the pause.
    REFUSAL_DELAY_MS: '0',
    // Many reports on one milestone, and many files: only the quota tests want the real quotas.
    UPDATES_PER_MILESTONE_PER_DAY: '1000',
    EVIDENCE_MB_PER_UPDATE: '10000',
    EVIDENCE_MB_PER_ORGANISATION: '100000',
    // Tests move the clock by hours; the tokens they start with must outlive that.
    ACCESS_TOKEN_MINUTES: '1440',
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    clock,
    jwtSecret: TEST_JWT_SECRET,
    logStream: options.logStream,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get(Database);
  const tokens = app.get(TokenService, { strict: false });
  let count = 0;
  const user = async (
    role: Role,
    organisationId: string | null = null,
    password = TEST_PASSWORD,
  ): Promise<TestUser> => {
    count += 1;
    const email = `${role}.${count}.${randomBytes(3).toString('hex')}@test.example`;
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO users (email, name, role, organisation_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [email, `Test ${role} ${count}`, role, organisationId, await hashPassword(password)],
    );
    const { token } = await tokens.issue({ userId: row.id, tokenVersion: 0 });
    return {
      id: row.id,
      email,
      role,
      organisationId,
      token,
      // A token issued at the test clock's "now", so tests may move the clock by months.
      request: async (injectOptions) => {
        const fresh = await tokens.issue({ userId: row.id, tokenVersion: 0 });
        return app.inject({
          ...injectOptions,
          headers: { authorization: `Bearer ${fresh.token}`, ...injectOptions.headers },
        });
      },
    };
  };
  const admin = await user('admin');
  return {
    app,
    db,
    database,
    clock,
    admin,
    user,
    request: (injectOptions) => admin.request(injectOptions),
    anonymous: (injectOptions) => app.inject(injectOptions),
    json: <T>(response: LightMyRequestResponse) => response.json<T>(),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
