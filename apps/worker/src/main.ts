import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../../../libs/config/src/config.js';
import { Database } from '../../../libs/database/src/database.js';
import { openDatabase, takeOverShutdown } from '../../../libs/database/src/embedded-postgres.js';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const logger = new Logger('Worker');
  const config = loadConfig();
  // Without DATABASE_URL the worker borrows the embedded server the API started (or starts it).
  const database = await openDatabase(config, (message) => logger.log(message), false);
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url));
  const stop = async (signal: string) => {
    logger.log(`${signal}: shutting down`);
    await worker.close();
    await database.stop();
    process.exit(0);
  };
  takeOverShutdown(stop);
  await worker.get(Database).query('SELECT 1');
  logger.log('Worker connected to PostgreSQL and ready');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
