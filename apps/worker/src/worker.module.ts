import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { Clock, SystemClock } from '../../../libs/config/src/clock.js';
import { ConfigModule } from '../../../libs/config/src/config.module.js';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { DatabaseModule } from '../../../libs/database/src/database.module.js';
import { OutboxRelay } from '../../../libs/database/src/outbox.relay.js';
import { NotificationsModule } from '../../../libs/notifications/src/notifications.module.js';
import { RemindersModule } from '../../../libs/reminders/src/reminders.module.js';
import { MetricsModule } from '../../../libs/metrics/src/metrics.module.js';
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
        DatabaseModule.forRoot(databaseUrl, {
          poolSize: config.database.poolSize,
          statementTimeoutMs: config.database.workerStatementTimeoutMs,
        }),
        BullModule.forRoot({
          connection: queueConnection(config, databaseUrl) as ConnectionOptions,
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
