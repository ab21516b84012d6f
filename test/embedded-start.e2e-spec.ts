import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REX_587_PLAN } from '#plan';
import { freePort, startProcess } from './support/processes.js';

/**
 * `npm start` with no DATABASE_URL: the built API starts its own PostgreSQL under
 * DATA_DIR, migrates, seeds REX/587, serves, and keeps the data across restarts.
 * Runs the build output (the test command builds first), as a user would.
 */
const MAIN = path.resolve('dist/apps/api/src/main.js');

interface Started {
  child: ChildProcess;
  base: string;
  output: () => string;
}

const BANNER = /API\s+(http:\/\/\S+)\/api\b/;

async function start(env: Record<string, string>): Promise<Started> {
  const running = await startProcess(
    MAIN,
    { HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', ...env },
    BANNER,
    60_000,
  );
  return { child: running.child, base: BANNER.exec(running.output())![1], output: running.output };
}

async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  expect(response.status).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

function exited(child: ChildProcess): Promise<number | null> {
  const done = child.exitCode !== null || child.signalCode !== null;
  return done ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', resolve));
}

async function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

describe('zero-setup start on an embedded PostgreSQL', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let pgPort: number;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'rex587-embedded-'));
    pgPort = await freePort();
    env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(await freePort()) };
  });
  afterAll(async () => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(running.map(exited));
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts, migrates, seeds the REX/587 plan and serves the API', async () => {
    const began = performance.now();
    const first = await start(env);
    running.push(first.child);
    process.stdout.write(`embedded first start to banner: ${Math.round(performance.now() - began)} ms\n`);
    expect(first.output()).toMatch(/Loaded the REX\/587 plan/);
    // The banner lists the demo accounts: one per role and a partner per civil society organisation.
    expect(first.output()).toMatch(/admin\s+admin@demo\.example/);
    expect(first.output()).toMatch(/staff\s+staff@demo\.example/);
    expect(first.output()).toMatch(/viewer\s+viewer@demo\.example/);
    expect(first.output()).toMatch(/partner\s+atameken@demo\.example\s+\(ATAMEKEN\)/);
    const health = await fetch(`${first.base}/api/health`);
    expect(health.status).toBe(200);
    const headers = await signIn(first.base, 'staff@demo.example');
    const plans = (await (await fetch(`${first.base}/api/action-plans`, { headers })).json()) as Array<{
      code: string;
    }>;
    expect(plans.map((plan) => plan.code)).toEqual(['REX/587']);
    const milestones = await fetch(`${first.base}/api/milestones?range=[0,0]`, { headers });
    const total = REX_587_PLAN.priorities.flatMap((p) => p.objectives).flatMap((o) => o.milestones).length;
    expect(milestones.headers.get('content-range')).toBe(`milestones 0-0/${total}`);
    const created = await fetch(`${first.base}/api/organisations`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: { en: 'Kept across restarts' }, shortCode: 'PERSIST', type: 'cso', country: 'KZ' }),
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(await portIsOpen(pgPort)).toBe(false);
  }, 120_000);

  it('keeps the data under DATA_DIR across a restart and does not seed twice', async () => {
    const began = performance.now();
    const second = await start(env);
    running.push(second.child);
    process.stdout.write(`embedded restart to banner: ${Math.round(performance.now() - began)} ms\n`);
    expect(second.output()).not.toMatch(/Loaded the REX\/587 plan/);
    const headers = await signIn(second.base, 'admin@demo.example');
    const found = (await (
      await fetch(`${second.base}/api/organisations?filter=${encodeURIComponent('{"shortCode":"PERSIST"}')}`, {
        headers,
      })
    ).json()) as unknown[];
    expect(found).toHaveLength(1);
    const plans = (await (await fetch(`${second.base}/api/action-plans`, { headers })).json()) as unknown[];
    expect(plans).toHaveLength(1);
    // A killed API leaves its PostgreSQL running: the next start must adopt it.
    second.child.kill('SIGKILL');
    await exited(second.child);
    expect(await portIsOpen(pgPort)).toBe(true);
    const third = await start(env);
    running.push(third.child);
    expect((await fetch(`${third.base}/api/health`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
    expect(await portIsOpen(pgPort)).toBe(false);
  }, 120_000);

  it('stops with a message naming the variable when the configuration is wrong', async () => {
    await expect(start({ ...env, PORT: 'eighty' })).rejects.toThrow(/PORT must be a whole number/);
  });
});
