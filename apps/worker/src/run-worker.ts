import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { clockFor, loadConfig, startupFailure } from '#config';
import { Database, openDatabase, takeOverShutdown } from '#database';
import { BacklogMetrics } from '#metrics';
import { createWorker } from './create-worker.js';
import { serveWorkerMetrics } from './metrics-server.js';

async function main(): Promise<void> {
  const logger = new Logger('Worker');
  const config = loadConfig(undefined, { terminal: process.stdout.isTTY === true });
  // Without DATABASE_URL the worker borrows the embedded server the API started (or starts it).
  const database = await openDatabase(config, (message) => logger.log(message), false);
  const worker = await createWorker({ config, databaseUrl: database.url, clock: clockFor(config.simulatedNow) });
  const metrics = await serveWorkerMetrics(config, worker.get(BacklogMetrics));
  const stop = async (signal: string) => {
    logger.log(`${signal}: shutting down (running jobs finish first)`);
    metrics?.close();
    await worker.close();
    await database.stop();
    process.exit(0);
  };
  takeOverShutdown(stop);
  await worker.get(Database).query('SELECT 1');
  logger.log(
    `Worker connected to PostgreSQL and ${config.queue.redisUrl ? 'Redis' : 'the PostgreSQL queue backend'}, and ready`,
  );
  if (metrics) logger.log(`Metrics at http://${config.http.host}:${config.metrics.workerPort}/metrics`);
  else if (config.metrics.workerPort !== null) logger.warn('METRICS_PORT is set but METRICS_TOKEN is not: no metrics');
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailure(error)}\n`);
  process.exit(1);
});
