import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { openDatabase, runMigrations, takeOverShutdown } from '#database';
import { PlanSeeder, REX_587_PLAN } from '#plan';
import type { INestApplicationContext } from '@nestjs/common';
import { createApp } from './http/create-app.js';
import { clockFor, loadConfig, startupFailure } from '#config';
import { createWorker } from '../../worker/src/create-worker.js';
import { DemoAccounts, resolveJwtSecret } from '#access';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig(undefined, { terminal: process.stdout.isTTY === true });
  const jwtSecret = await resolveJwtSecret(config);
  const database = await openDatabase(config, say);
  const clock = clockFor(config.simulatedNow);
  const app = await createApp({ config, databaseUrl: database.url, jwtSecret, clock });
  let stopping = false;
  let worker: INestApplicationContext | null = null;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    await worker?.close();
    await app.close();
    await database.stop();
    process.exit(0);
  };
  takeOverShutdown(stop);

  if (config.database.migrateOnStart) {
    const applied = await runMigrations(app.get(DataSource));
    if (applied.length > 0) say(`Applied migrations: ${applied.join(', ')}`);
  }
  if (config.database.seedOnStart) {
    const { created } = await app.get(PlanSeeder).seed(REX_587_PLAN);
    const total = Object.values(created).reduce((sum, n) => sum + n, 0);
    if (total > 0) say(`Loaded the ${REX_587_PLAN.code} plan: ${JSON.stringify(created)}`);
  }
  // Demo accounts exist only in demo mode, never on a server of one's own (DATABASE_URL).
  const demoAccounts = config.database.url === null ? await app.get(DemoAccounts).ensure(config.demoPassword) : [];
  await app.listen({ port: config.http.port, host: config.http.host });
  // Demo mode runs the worker (reminders, notifications) in this process, on the PostgreSQL queue backend.
  worker = config.queue.inProcessWorker ? await createWorker({ config, databaseUrl: database.url, clock }) : null;
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const base = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}`;
  say(
    [
      '',
      `REX/587 Action Plan tracker is running (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`,
      `  App          ${base}/`,
      `  API          ${base}/api`,
      `  API docs     ${base}/api/docs`,
      `  Health       ${base}/api/health`,
      `  Database     ${config.database.url === null ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
      `  Worker       ${worker ? `in this process, queues on ${config.queue.redisUrl ? 'Redis' : 'PostgreSQL'}` : 'separate (npm run start:worker)'}`,
      `  Mail         ${config.mail.smtpUrl ? 'SMTP_URL' : `.eml files in ${config.dataDir}/mail`}`,
      ...(config.simulatedNow ? [`  Clock        simulated, started at ${config.simulatedNow.toISOString()}`] : []),
      ...(demoAccounts.length > 0
        ? [
            '',
            `Demo accounts (password: ${config.demoPassword === 'demo' ? 'demo' : 'DEMO_PASSWORD'}):`,
            ...demoAccounts.map(
              (account) =>
                `  ${account.role.padEnd(8)} ${account.email}${account.role === 'partner' ? `  (${account.organisation})` : ''}`,
            ),
          ]
        : []),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailure(error)}\n`);
  process.exit(1);
});
