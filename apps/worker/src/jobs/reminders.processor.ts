import { Inject, Logger } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { ReminderDispatcher, ReminderScanner } from '#reminders';
import { processMetrics } from '#metrics';
import { JOBS, QUEUES } from './jobs.js';
import { MeasuredProcessor } from './measured-processor.js';

/** Thin: each job calls one service, which re-reads the database and is safe to run twice. */
@Processor(QUEUES.reminders, { concurrency: 2 })
export class RemindersProcessor extends MeasuredProcessor {
  private readonly logger = new Logger('RemindersProcessor');

  constructor(
    @Inject(ReminderScanner) private readonly scanner: ReminderScanner,
    @Inject(ReminderDispatcher) private readonly dispatcher: ReminderDispatcher,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.scanReminders:
        return this.scanner.scan();
      case JOBS.dispatchReminders: {
        const result = await this.dispatcher.dispatchDue();
        for (const [outcome, count] of Object.entries(result))
          processMetrics().remindersDispatched.inc({ outcome }, count);
        return result;
      }
      default:
        this.logger.error(`No handler for job ${job.name} on queue ${QUEUES.reminders}`);
        throw new Error(`No handler for job ${job.name}`);
    }
  }
}
