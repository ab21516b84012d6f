import { Inject, Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { ReminderDispatcher } from '../../../../libs/reminders/src/reminder-dispatcher.js';
import { ReminderScanner } from '../../../../libs/reminders/src/reminder-scanner.js';
import { JOBS, QUEUES } from './jobs.js';

/** Thin: each job calls one service, which re-reads the database and is safe to run twice. */
@Processor(QUEUES.reminders, { concurrency: 2 })
export class RemindersProcessor extends WorkerHost {
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
      case JOBS.dispatchReminders:
        return this.dispatcher.dispatchDue();
      default:
        this.logger.error(`No handler for job ${job.name} on queue ${QUEUES.reminders}`);
        throw new Error(`No handler for job ${job.name}`);
    }
  }
}
