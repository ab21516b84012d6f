import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** The built CLI and worker, run as an operator would, against the machine's PostgreSQL. */
function run(script: string, args: string[], env: Record<string, string>, until?: RegExp) {
  const child = spawn(process.execPath, [path.resolve(script), ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let signalled = false;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (!signalled && until?.test(output)) {
      signalled = true;
      child.kill('SIGTERM');
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

describe('command line and worker processes', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const count = async (table: string) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url };
  });
  afterAll(() => database.drop());

  it('npm run seed migrates and loads the plan once; a second run changes nothing', async () => {
    const first = await run('dist/apps/api/src/cli.js', ['seed'], env);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/Applied migrations/);
    const milestones = await count('milestones');
    const audit = await count('audit_events');
    expect(milestones).toBeGreaterThan(30);
    const second = await run('dist/apps/api/src/cli.js', ['seed'], env);
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/schema is up to date/);
    expect(second.output).toMatch(/"milestones":0/);
    expect(await count('milestones')).toBe(milestones);
    expect(await count('audit_events')).toBe(audit);
  }, 60_000);

  it('create-admin makes an administrator who can sign in, once; never a demo account', async () => {
    const created = await run(
      'dist/apps/api/src/cli.js',
      ['create-admin', '--email', 'Chief@Example.org', '--name', 'Chief'],
      env,
    );
    expect(created.code).toBe(0);
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(created.output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT email, role, password_hash FROM users ORDER BY email`);
      expect(rows.map((row) => [row.email, row.role])).toEqual([['chief@example.org', 'admin']]);
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      await client.end();
    }
    const again = await run('dist/apps/api/src/cli.js', ['create-admin', '--email', 'chief@example.org'], env);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already exists/);
    const chosen = await run('dist/apps/api/src/cli.js', ['create-admin', '--email', 'second@example.org'], {
      ...env,
      ADMIN_PASSWORD: 'short',
    });
    expect(chosen.code).toBe(2);
    expect(chosen.output).toMatch(/ADMIN_PASSWORD must be at least/);
  }, 60_000);

  it('the API on a DATABASE_URL needs JWT_SECRET, and creates no demo accounts', async () => {
    const refused = await run('dist/apps/api/src/main.js', [], { ...env, PORT: '0' });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/JWT_SECRET is required when DATABASE_URL is set/);
    const served = await run(
      'dist/apps/api/src/main.js',
      [],
      { ...env, PORT: '0', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' },
      /is running/,
    );
    expect(served.code).toBe(0);
    expect(served.output).not.toMatch(/demo\.example/);
    expect(await count('users')).toBe(1);
  }, 60_000);

  it('the CLI refuses an unknown command with its usage', async () => {
    const result = await run('dist/apps/api/src/cli.js', ['frobnicate'], env);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/Usage: npm run cli/);
  });

  it('the worker boots, connects to PostgreSQL and stops cleanly on SIGTERM', async () => {
    const result = await run('dist/apps/worker/src/main.js', [], env, /ready/);
    expect(result.output).toMatch(/Worker connected to PostgreSQL and the PostgreSQL queue backend, and ready/);
    expect(result.code).toBe(0);
  }, 30_000);

  it('the worker stops with a message when the database cannot be reached', async () => {
    const result = await run('dist/apps/worker/src/main.js', [], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/ECONNREFUSED|connect/);
  }, 30_000);
});
