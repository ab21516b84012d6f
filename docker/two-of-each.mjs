#!/usr/bin/env node
// The production topology of docker/compose.yaml without Docker: migrations once, then two API processes and two
// workers on this machine's PostgreSQL and Redis (DATABASE_URL, REDIS_URL, JWT_SECRET required; SMTP_URL
// optional). Put any reverse proxy in front of the two API ports. Stops everything on SIGINT or SIGTERM, and
// everything if one process dies. Usage (after `npm run build`):
//
//   DATABASE_URL=postgres://… REDIS_URL=redis://127.0.0.1:6379 JWT_SECRET=… node docker/two-of-each.mjs
//
// API_PORTS (default 3001,3002) chooses the ports. test/topology runs load through it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API = path.join(root, 'dist/apps/api/src/main.js');
const WORKER = path.join(root, 'dist/apps/worker/src/main.js');
const CLI = path.join(root, 'dist/apps/api/src/cli.js');

for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) {
  if (!process.env[name]) {
    process.stderr.write(`two-of-each: ${name} is required (see the comment at the top of docker/two-of-each.mjs)\n`);
    process.exit(2);
  }
}
const ports = (process.env.API_PORTS ?? '3001,3002').split(',').map((port) => Number(port.trim()));
if (ports.length !== 2 || ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) {
  process.stderr.write('two-of-each: API_PORTS must be two ports, e.g. 3001,3002\n');
  process.exit(2);
}
// As in compose.yaml: migrations run once, here, never by the replicas.
const shared = { ...process.env, MIGRATE_ON_START: 'false', SEED_ON_START: process.env.SEED_ON_START ?? 'false' };

const children = [];
let stopping = false;

function start(name, script, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const relay = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim() !== '') process.stdout.write(`[${name}] ${line}\n`);
      if (ready && ready.test(output)) {
        ready = null;
        resolve(child);
      }
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.once('exit', (code, signal) => {
      if (ready) reject(new Error(`${name} exited (${code ?? signal}) before it was ready`));
      else if (!stopping) {
        process.stderr.write(`two-of-each: ${name} exited (${code ?? signal}); stopping the others\n`);
        void stop(1);
      }
    });
  });
}

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  // SIGTERM: APIs finish their requests, workers finish or return their jobs (graceful shutdown).
  await Promise.all(
    running.map(
      (child) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const migrate = spawn(process.execPath, [CLI, 'migrate'], { env: process.env, stdio: 'inherit' });
  const migrated = await new Promise((resolve) => migrate.once('exit', resolve));
  if (migrated !== 0) throw new Error(`migrations failed (exit ${migrated})`);
  await Promise.all([
    ...ports.map((port, i) => start(`api-${i + 1}`, API, { ...shared, PORT: String(port) }, /tracker is running/)),
    start('worker-1', WORKER, shared, /and ready/),
    start('worker-2', WORKER, shared, /and ready/),
  ]);
  process.stdout.write(`two-of-each ready: ${ports.map((port) => `http://127.0.0.1:${port}`).join(' ')}\n`);
} catch (error) {
  process.stderr.write(`two-of-each: ${error.message}\n`);
  await stop(1);
}
