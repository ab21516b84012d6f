import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { processMetrics } from '#metrics';

/** A processor whose jobs are timed and counted in rex587_job_duration_seconds, by outcome. */
export abstract class MeasuredProcessor extends WorkerHost {
  @OnWorkerEvent('completed')
  protected jobCompleted(job: Job): void {
    this.measure(job, 'completed');
  }

  @OnWorkerEvent('failed')
  protected jobFailed(job: Job | undefined): void {
    if (job) this.measure(job, 'failed');
  }

  private measure(job: Job, outcome: 'completed' | 'failed'): void {
    const seconds = job.processedOn && job.finishedOn ? (job.finishedOn - job.processedOn) / 1000 : 0;
    processMetrics().jobSeconds.observe({ queue: job.queueName, job: job.name, outcome }, seconds);
  }
}
