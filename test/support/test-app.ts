import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApp } from '../../apps/api/src/http/create-app.js';
import { FixedClock, type Clock } from '../../libs/config/src/clock.js';
import { loadConfig } from '../../libs/config/src/config.js';
import { Database } from '../../libs/database/src/database.js';
import { createMigratedDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  db: Database;
  database: TestDatabase;
  clock: FixedClock;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** JSON body of a response. */
  json<T = unknown>(response: LightMyRequestResponse): T;
  close(): Promise<void>;
}

/** The default "today" of the tests: the day this suite was written, in Asia/Almaty working hours. */
export const TEST_NOW = new Date('2026-11-27T06:00:00Z');

/**
 * The real API on a fresh, migrated PostgreSQL database, driven in-process
 * through Fastify's inject (the full HTTP pipeline, no socket).
 */
export async function createTestApp(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createMigratedDatabase();
  await database.dataSource.destroy();
  const clock = (options.clock as FixedClock | undefined) ?? new FixedClock(TEST_NOW);
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...options.env });
  const app = await createApp({ config, databaseUrl: database.url, clock });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    db: app.get(Database),
    database,
    clock,
    request: (injectOptions) => app.inject(injectOptions),
    json: <T>(response: LightMyRequestResponse) => response.json() as T,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
