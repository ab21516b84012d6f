import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '#config';
import { JOB_QUEUE, JOBS, QUEUES, type JobName } from './jobs.js';
import { OutboxProcessor } from './outbox.processor.js';
import { RemindersProcessor } from './reminders.processor.js';

/** Which processor class serves each queue: the start-up check below reads it. */
const PROCESSORS = { [QUEUES.reminders]: RemindersProcessor, [QUEUES.outbox]: OutboxProcessor };

/**
 * Registers the repeating jobs. upsertJobScheduler is idempotent by id, so any
 * number of workers starting together leave exactly one scheduler per job.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobSchedules');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.reminders) private readonly reminders: Queue,
    @InjectQueue(QUEUES.outbox) private readonly outbox: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const name of Object.values(JOBS) as JobName[]) {
      if (!PROCESSORS[JOB_QUEUE[name]]) throw new Error(`Job ${name} has no processor: refusing to start`);
    }
    const { scanEverySeconds, dispatchEverySeconds, relayEverySeconds } = this.config.queue;
    await this.upsert();
    this.logger.log(
      `Scheduled: reminder scan every ${scanEverySeconds} s, dispatch every ${dispatchEverySeconds} s, ` +
        `outbox relay every ${relayEverySeconds} s`,
    );
    // A Redis that restarted without persistence has forgotten the schedulers: assert them again, now and then.
    this.timer = setInterval(
      () => {
        this.upsert().catch((error: unknown) =>
          this.logger.warn(`Could not refresh the job schedulers: ${String(error)}`),
        );
      },
      Math.max(5, relayEverySeconds * 5) * 1000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async upsert(): Promise<void> {
    const { scanEverySeconds, dispatchEverySeconds, relayEverySeconds } = this.config.queue;
    const opts = { removeOnComplete: 100, removeOnFail: 500 };
    const every = (seconds: number) => ({ every: seconds * 1000 });
    await this.reminders.upsertJobScheduler(JOBS.scanReminders, every(scanEverySeconds), {
      name: JOBS.scanReminders,
      opts,
    });
    await this.reminders.upsertJobScheduler(JOBS.dispatchReminders, every(dispatchEverySeconds), {
      name: JOBS.dispatchReminders,
      opts,
    });
    await this.outbox.upsertJobScheduler(JOBS.relayOutbox, every(relayEverySeconds), { name: JOBS.relayOutbox, opts });
  }
}
