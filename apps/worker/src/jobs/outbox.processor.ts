import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { OutboxRelay } from '#database';
import { NotificationService } from '#notifications';
import type { OutboxMessage } from '#kernel';
import { JOBS, QUEUES, type EarlierNotifyPayload, type NotifyPayload } from './jobs.js';
import { MeasuredProcessor } from './measured-processor.js';

@Processor(QUEUES.outbox, { concurrency: 4 })
export class OutboxProcessor extends MeasuredProcessor {
  private readonly logger = new Logger('OutboxProcessor');

  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @InjectQueue(QUEUES.outbox) private readonly queue: Queue,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.relayOutbox:
        // Deterministic job ids: a message relayed twice (a crash after publishing) is still one job.
        return this.relay.relay((entries) =>
          this.queue
            .addBulk(
              entries.map((entry) => ({
                name: JOBS.notify,
                data: { outboxId: entry.id, message: entry } satisfies NotifyPayload,
                opts: { jobId: `outbox-${entry.id}`, attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
              })),
            )
            .then(() => undefined),
        );
      case JOBS.notify: {
        const data = job.data as NotifyPayload | EarlierNotifyPayload;
        const message =
          'message' in data ? data.message : ({ topic: data.topic, payload: data.payload } as OutboxMessage);
        return this.notifications.fromOutbox(data.outboxId, message);
      }
      default:
        this.logger.error(`No handler for job ${job.name} on queue ${QUEUES.outbox}`);
        throw new Error(`No handler for job ${job.name}`);
    }
  }
}
