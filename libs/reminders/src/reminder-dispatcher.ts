import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { Database } from '#database';
import { NotificationRepository } from '#notifications';
import { calendarDate } from '#kernel';
import { Mailer } from './mailer.js';
import { renderReminder } from './reminder-messages.js';
import { daysBetween, type MilestoneReminderKind } from './reminder.policy.js';
import { ReminderRepository, type ClaimedReminder } from './reminder.repository.js';
import { StaffAlerts, type ComposedMessage } from './staff-alerts.js';

/** Waits between attempts of a failed send: 1 min, 5 min, 30 min, 2 h, 6 h... */
export const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200, 21600];

export interface DispatchResult {
  sent: number;
  failed: number;
  voided: number;
}

/**
 * Sends the reminders that are due: each is claimed (SKIP LOCKED) before it is
 * sent and marked sent after, so two dispatchers never send the same one; a
 * dispatcher that dies mid-send leaves a claim that expires and is retried.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger('ReminderDispatcher');

  constructor(
    @Inject(ReminderRepository) private readonly reminders: ReminderRepository,
    @Inject(NotificationRepository) private readonly notifications: NotificationRepository,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(StaffAlerts) private readonly staffAlerts: StaffAlerts,
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Claims and sends due reminders, `concurrency` at a time, until none is due or `limit` are done. */
  async dispatchDue(limit = 1000, concurrency = 20): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, failed: 0, voided: 0 };
    while (result.sent + result.failed + result.voided < limit) {
      const claimed = await this.reminders.claimDue(Math.min(concurrency * 5, limit), this.config.queue.leaseSeconds);
      if (claimed.length === 0) break;
      // `concurrency` senders drain the claimed batch: no waiting for the slowest of a chunk.
      let next = 0;
      const sender = async () => {
        while (next < claimed.length) {
          const outcome = await this.deliver(claimed[next++]);
          result[outcome] += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, sender));
    }
    return result;
  }

  /** The message as things stand now; null when it should no longer go out. */
  private async compose(reminder: ClaimedReminder): Promise<ComposedMessage | null> {
    if (reminder.milestoneId === null) return this.staffAlerts.compose(reminder);
    // Re-read state: the milestone may have moved or closed since the reminder was planned.
    if (
      reminder.milestoneDueDate !== reminder.dueDate ||
      reminder.milestoneStatus === null ||
      ['completed', 'cancelled'].includes(reminder.milestoneStatus)
    ) {
      return null;
    }
    const path = `/milestones/${reminder.milestoneId}/show`;
    const message = renderReminder({
      kind: reminder.kind as MilestoneReminderKind,
      locale: reminder.locale,
      milestoneCode: reminder.milestoneCode ?? '',
      milestoneTitle: reminder.milestoneTitle ?? { en: '' },
      dueDate: reminder.dueDate,
      daysOverdue: Math.max(0, daysBetween(reminder.dueDate, calendarDate(this.clock.now(), reminder.timeZone))),
      link: `${this.config.mail.publicUrl}/#${path}`,
    });
    return { ...message, path };
  }

  private async deliver(reminder: ClaimedReminder): Promise<keyof DispatchResult> {
    const message = await this.compose(reminder);
    if (message === null) {
      await this.reminders.markVoid(reminder.id);
      return 'voided';
    }
    try {
      const messageId = await this.mailer.send({
        to: reminder.recipientEmail,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<reminder-${reminder.id}@rex587>`,
        kind: reminder.kind,
      });
      const userId = reminder.recipientUserId;
      if (userId === null) {
        await this.reminders.markSent(this.db, reminder.id, messageId);
        return 'sent';
      }
      // A partner account also gets it in the app, in the same transaction as the "sent" mark.
      await this.db.transaction(async (tx) => {
        await this.reminders.markSent(tx, reminder.id, messageId);
        await this.notifications.insert(tx, [
          {
            userId,
            kind: `reminder.${reminder.kind}`,
            sourceKey: `reminder:${reminder.id}`,
            title: message.subject,
            body: message.text,
            link: message.path,
          },
        ]);
      });
      return 'sent';
    } catch (error) {
      const attempt = reminder.attempts;
      const retry = attempt < this.config.mail.maxAttempts;
      const delay = RETRY_DELAYS_SECONDS[Math.min(attempt - 1, RETRY_DELAYS_SECONDS.length - 1)];
      const retryAt = retry ? new Date(this.clock.now().getTime() + delay * 1000) : null;
      this.logger.warn(
        `Reminder ${reminder.id} to ${reminder.recipientEmail} failed (attempt ${attempt}): ${String(error)}`,
      );
      await this.reminders.markFailedAttempt(
        reminder.id,
        error instanceof Error ? error.message : String(error),
        retryAt,
      );
      return 'failed';
    }
  }
}
