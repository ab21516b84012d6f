import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../config/src/clock.js';
import { calendarDate } from '../../plan/src/milestone-status.policy.js';
import { DEFAULT_REMINDER_SETTINGS, remindersDue, scanWindow, type ReminderSettings } from './reminder.policy.js';
import { ReminderRepository, type NewReminder, type Recipient } from './reminder.repository.js';
import { sendInstant } from './send-time.js';

export interface ScanResult {
  planned: number;
  voided: number;
  milestones: number;
}

/**
 * Plans the reminders due today for every open milestone: one row per
 * (milestone, kind, occurrence, due date, recipient), inserted once whatever
 * how many scanners run. Safe to run at any time and as often as wanted.
 */
@Injectable()
export class ReminderScanner {
  private readonly logger = new Logger('ReminderScanner');

  constructor(
    @Inject(ReminderRepository) private readonly reminders: ReminderRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async scan(settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): Promise<ScanResult> {
    const voided = await this.reminders.voidStale();
    const staff = await this.reminders.staffRecipients();
    let planned = 0;
    let milestones = 0;
    for (const plan of await this.reminders.plans()) {
      const today = calendarDate(this.clock.now(), plan.timeZone);
      const window = scanWindow(today, settings);
      const open = await this.reminders.milestonesDueBetween(plan.id, window.from, window.to);
      milestones += open.length;
      const dueByMilestone = open
        .map((milestone) => ({ milestone, due: remindersDue(milestone, today, settings) }))
        .filter(({ due }) => due.length > 0);
      // One query for the recipients of every organisation involved, not one per milestone.
      const organisationIds = [...new Set(dueByMilestone.flatMap(({ milestone }) => milestone.organisationIds))];
      const byOrganisation = new Map<string, Recipient[]>();
      for (const recipient of await this.reminders.organisationRecipients(organisationIds, plan.timeZone)) {
        const list = byOrganisation.get(recipient.organisationId ?? '') ?? [];
        list.push(recipient);
        byOrganisation.set(recipient.organisationId ?? '', list);
      }
      const batch: NewReminder[] = [];
      for (const { milestone, due } of dueByMilestone) {
        const partners = milestone.organisationIds.flatMap((id) => byOrganisation.get(id) ?? []);
        for (const reminder of due) {
          for (const recipient of unique(reminder.audience === 'staff' ? staff : partners)) {
            batch.push({
              ...recipient,
              milestoneId: milestone.id,
              kind: reminder.kind,
              occurrence: reminder.occurrence,
              dueDate: milestone.dueDate,
              scheduledFor: sendInstant(reminder.sendDate, recipient.timeZone),
            });
          }
        }
      }
      for (let start = 0; start < batch.length; start += 5000) {
        planned += await this.reminders.insertPlanned(batch.slice(start, start + 5000));
      }
    }
    if (planned > 0 || voided > 0) this.logger.log(`Planned ${planned} reminders, voided ${voided}`);
    return { planned, voided, milestones };
  }
}

/** One reminder per address, even if a person is both a partner user and a listed contact. */
function unique(recipients: Recipient[]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const recipient of recipients) {
    const existing = seen.get(recipient.email);
    if (!existing || (existing.userId === null && recipient.userId !== null)) seen.set(recipient.email, recipient);
  }
  return [...seen.values()];
}
