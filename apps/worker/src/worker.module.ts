import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { type AppConfig, Clock, ConfigModule, SystemClock } from '#config';
import { DatabaseModule, OutboxRelay } from '#database';
import { NotificationsModule } from '#notifications';
import { RemindersModule } from '#reminders';
import { MetricsModule } from '#metrics';
import { SCHEMA } from '#schema';
import { JobSchedules } from './jobs/job-schedules.js';
import { QUEUES } from './jobs/jobs.js';
import { OutboxProcessor } from './jobs/outbox.processor.js';
import { RemindersProcessor } from './jobs/reminders.processor.js';
import { queueConnection } from './queue-connection.js';

export interface WorkerOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
}

/** The worker is the API minus HTTP: the same contexts, with job processors instead of controllers. */
@Module({})
export class WorkerModule {
  static forRoot({ config, databaseUrl, clock = new SystemClock() }: WorkerOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        DatabaseModule.forRoot(SCHEMA, databaseUrl, {
          poolSize: config.database.poolSize,
          statementTimeoutMs: config.database.workerStatementTimeoutMs,
        }),
        BullModule.forRoot({
          connection: queueConnection(config, databaseUrl),
          prefix: config.queue.prefix,
        }),
        BullModule.registerQueue({ name: QUEUES.reminders }, { name: QUEUES.outbox }),
        RemindersModule,
        NotificationsModule,
        MetricsModule,
      ],
      providers: [OutboxRelay, RemindersProcessor, OutboxProcessor, JobSchedules],
    };
  }
}
