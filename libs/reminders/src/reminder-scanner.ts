import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '#config';
import { calendarDate } from '#kernel';
import { CompletenessRepository } from '#progress';
import { digestWeekDue, missedReportPeriodDue, remindersDue, scanWindow } from './reminder.policy.js';
import { ReminderRepository, type NewReminder, type PlanToScan, type Recipient } from './reminder.repository.js';
import { sendInstant } from './send-time.js';

export interface ScanResult {
  planned: number;
  voided: number;
  milestones: number;
}

/**
 * Plans what is due today: the reminders of every open milestone under its
 * plan's settings, the staff alerts about missed reporting periods, and the
 * staff's weekly digests. One row per (subject, kind, occurrence, due date,
 * recipient), inserted once however many scanners run: safe to run at any time
 * and as often as wanted.
 */
@Injectable()
export class ReminderScanner {
  private readonly logger = new Logger('ReminderScanner');

  constructor(
    @Inject(ReminderRepository) private readonly reminders: ReminderRepository,
    @Inject(CompletenessRepository) private readonly completeness: CompletenessRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async scan(): Promise<ScanResult> {
    const voided = await this.reminders.voidStale();
    const staff = await this.reminders.staffRecipients();
    let planned = 0;
    let milestones = 0;
    for (const plan of await this.reminders.plans()) {
      const today = calendarDate(this.clock.now(), plan.timeZone);
      const { reminders, scanned } = await this.milestoneReminders(plan, today, staff);
      milestones += scanned;
      planned += await this.insert([...reminders, ...(await this.missedReportAlerts(plan, today, staff))]);
    }
    planned += await this.insert(this.digests(unique(staff)));
    if (planned > 0 || voided > 0) this.logger.log(`Planned ${planned} reminders, voided ${voided}`);
    return { planned, voided, milestones };
  }

  private async milestoneReminders(
    plan: PlanToScan,
    today: string,
    staff: Recipient[],
  ): Promise<{ reminders: NewReminder[]; scanned: number }> {
    const window = scanWindow(today, plan.settings);
    const open = await this.reminders.milestonesDueBetween(plan.id, window.from, window.to);
    const dueByMilestone = open
      .map((milestone) => ({ milestone, due: remindersDue(milestone, today, plan.settings) }))
      .filter(({ due }) => due.length > 0);
    // One query for the recipients of every organisation involved, not one per milestone.
    const organisationIds = [...new Set(dueByMilestone.flatMap(({ milestone }) => milestone.organisationIds))];
    const byOrganisation = new Map<string, Recipient[]>();
    for (const recipient of await this.reminders.organisationRecipients(organisationIds, plan.timeZone)) {
      const list = byOrganisation.get(recipient.organisationId ?? '') ?? [];
      list.push(recipient);
      byOrganisation.set(recipient.organisationId ?? '', list);
    }
    const reminders: NewReminder[] = [];
    for (const { milestone, due } of dueByMilestone) {
      const partners = milestone.organisationIds.flatMap((id) => byOrganisation.get(id) ?? []);
      for (const reminder of due) {
        for (const recipient of unique(reminder.audience === 'staff' ? staff : partners)) {
          reminders.push({
            ...recipient,
            milestoneId: milestone.id,
            subjectOrganisationId: null,
            kind: reminder.kind,
            occurrence: reminder.occurrence,
            dueDate: milestone.dueDate,
            scheduledFor: sendInstant(reminder.sendDate, recipient.timeZone),
          });
        }
      }
    }
    return { reminders, scanned: open.length };
  }

  /** After a reporting period, staff hear of each organisation that reported on none of some of its milestones. */
  private async missedReportAlerts(plan: PlanToScan, today: string, staff: Recipient[]): Promise<NewReminder[]> {
    const period = missedReportPeriodDue(today, plan.reportingPeriodMonths, plan.settings);
    if (period === null) return [];
    const rows = await this.completeness.forPeriod(plan.id, period.from, period.to, null);
    return rows
      .filter((row) => row.missing > 0)
      .flatMap((row) =>
        unique(staff).map((recipient) => ({
          ...recipient,
          milestoneId: null,
          subjectOrganisationId: row.id,
          kind: 'missed_report' as const,
          occurrence: 0,
          dueDate: period.to,
          scheduledFor: sendInstant(period.sendDate, recipient.timeZone),
        })),
      );
  }

  /** Each staff member's digest for the week, on their Monday. */
  private digests(staff: Recipient[]): NewReminder[] {
    return staff.flatMap((recipient) => {
      const week = digestWeekDue(calendarDate(this.clock.now(), recipient.timeZone));
      if (week === null) return [];
      return [
        {
          ...recipient,
          milestoneId: null,
          subjectOrganisationId: null,
          kind: 'weekly_digest' as const,
          occurrence: 0,
          dueDate: week,
          scheduledFor: sendInstant(week, recipient.timeZone),
        },
      ];
    });
  }

  private async insert(reminders: NewReminder[]): Promise<number> {
    let inserted = 0;
    for (let start = 0; start < reminders.length; start += 5000) {
      inserted += await this.reminders.insertPlanned(reminders.slice(start, start + 5000));
    }
    return inserted;
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
