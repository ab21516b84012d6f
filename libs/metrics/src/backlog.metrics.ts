import { Inject, Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Clock } from '#config';
import { Database, timestampLiteral } from '#database';
import { processMetrics } from './process-metrics.js';

interface Backlog {
  remindersOverdue: number;
  oldestOverdueSeconds: number;
  remindersFailed: number;
  remindersSending: number;
  outboxPending: number;
  oldestOutboxSeconds: number;
  awaitingReview: number;
}

/**
 * What is waiting in the database: the same from every replica, so that one scrape shows whether the workers
 * keep up (reminders past their time, outbox messages not relayed) and whether staff do (updates awaiting review).
 * Read at scrape time, through indexed, bounded queries.
 */
@Injectable()
export class BacklogMetrics {
  private readonly gauges: Record<keyof Backlog, Gauge>;
  private readonly connections: Gauge;

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    const registry = processMetrics().registry;
    const gauge = (name: string, help: string, labelNames: string[] = []) =>
      (registry.getSingleMetric(name) as Gauge | undefined) ??
      new Gauge({ name, help, labelNames, registers: [registry] });
    this.gauges = {
      remindersOverdue: gauge('rex587_reminders_overdue', 'Reminders and alerts whose time has come, not yet sent'),
      oldestOverdueSeconds: gauge(
        'rex587_reminders_oldest_overdue_seconds',
        'How long the oldest reminder not yet sent has been due (0: none waiting)',
      ),
      remindersFailed: gauge(
        'rex587_reminders_failed',
        'Reminders given up after every attempt: see GET /api/reminders',
      ),
      remindersSending: gauge('rex587_reminders_sending', 'Reminders claimed by a worker and being sent'),
      outboxPending: gauge('rex587_outbox_pending', 'Committed events (notifications) not yet relayed to the queue'),
      oldestOutboxSeconds: gauge(
        'rex587_outbox_oldest_pending_seconds',
        'How long the oldest event not yet relayed has been waiting (0: none)',
      ),
      awaitingReview: gauge('rex587_progress_updates_awaiting_review', 'Progress updates submitted, not yet reviewed'),
    };
    this.connections = gauge(
      'rex587_database_pool_connections',
      "This process's PostgreSQL connections: total, idle, and queries waiting for one",
      ['state'],
    );
  }

  async update(): Promise<void> {
    const now = timestampLiteral(this.clock.now());
    const [row] = await this.db.query<Backlog>(`
      SELECT
        (SELECT count(*)::int FROM reminders WHERE state = 'pending' AND scheduled_for <= ${now}) AS "remindersOverdue",
        (SELECT coalesce(extract(epoch FROM ${now} - min(scheduled_for)), 0)::float8
           FROM reminders WHERE state = 'pending' AND scheduled_for <= ${now}) AS "oldestOverdueSeconds",
        (SELECT count(*)::int FROM reminders WHERE state = 'failed') AS "remindersFailed",
        (SELECT count(*)::int FROM reminders WHERE state = 'sending') AS "remindersSending",
        (SELECT count(*)::int FROM outbox_messages WHERE processed_at IS NULL) AS "outboxPending",
        (SELECT coalesce(extract(epoch FROM now() - min(available_at)), 0)::float8
           FROM outbox_messages WHERE processed_at IS NULL) AS "oldestOutboxSeconds",
        (SELECT count(*)::int FROM progress_updates WHERE state = 'submitted') AS "awaitingReview"`);
    for (const [name, gauge] of Object.entries(this.gauges)) gauge.set(Math.max(0, row[name as keyof Backlog]));
    for (const [state, count] of Object.entries(this.db.poolStatistics())) this.connections.set({ state }, count);
  }

  /** The whole text a scraper reads. */
  async render(): Promise<{ contentType: string; body: string }> {
    await this.update();
    const registry = processMetrics().registry;
    return { contentType: registry.contentType, body: await registry.metrics() };
  }
}
