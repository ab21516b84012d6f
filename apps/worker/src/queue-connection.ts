import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { Redis } from 'ioredis';
import type { AppConfig } from '#config';

/**
 * BullMQ's connection: Redis when REDIS_URL is set; otherwise BullMQ's own
 * PostgreSQL backend in the schema `bullmq` of the application database, so
 * that demo mode needs nothing but the embedded PostgreSQL. Must run before any
 * queue is created (the backend factory is process-wide).
 */
export function queueConnection(config: AppConfig, databaseUrl: string): object {
  if (config.queue.redisUrl !== null) {
    return new Redis(config.queue.redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true });
  }
  setDefaultBackendFactory(createPostgresBackend);
  // Without migrate: true the worker loops on SchemaMigrationRequiredError and never becomes ready.
  return { connectionString: databaseUrl, schema: 'bullmq', migrate: true };
}
