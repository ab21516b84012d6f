import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { WorkerModule, type WorkerOptions } from './worker.module.js';

/** The worker as a Nest application context (no HTTP): its own process, or beside the API in demo mode. */
export async function createWorker(options: WorkerOptions): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), {
    logger: options.config.logLevel === 'silent' ? false : ['log', 'warn', 'error'],
  });
  return worker;
}
