import { NestFactory } from '@nestjs/core';
import { ConsoleLogger, type INestApplicationContext } from '@nestjs/common';
import { isFrameworkChatter } from '#config';
import { WorkerModule, type WorkerOptions } from './worker.module.js';

/** The worker as a Nest application context (no HTTP): its own process, or beside the API in demo mode. */
export async function createWorker(options: WorkerOptions): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), {
    logger: options.config.logLevel === 'silent' ? false : new WorkerLogger(options.config.logFormat),
  });
  return worker;
}

/** JSON lines in production, like the API's; on a person's terminal, short lines without Nest's start-up chatter. */
class WorkerLogger extends ConsoleLogger {
  constructor(private readonly format: 'json' | 'pretty') {
    super({ json: format === 'json', logLevels: ['log', 'warn', 'error', 'fatal'], timestamp: false });
  }

  override log(message: unknown, context?: string): void {
    if (this.format === 'pretty' && isFrameworkChatter(context)) return;
    super.log(message, context);
  }
}
