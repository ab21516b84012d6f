import { Module } from '@nestjs/common';
import { NotificationsModule } from '#notifications';
import { CompletenessRepository } from '#progress';
import { Mailer } from './mailer.js';
import { StaffAlerts } from './staff-alerts.js';
import { ReminderDispatcher } from './reminder-dispatcher.js';
import { ReminderRepository } from './reminder.repository.js';
import { ReminderScanner } from './reminder-scanner.js';

@Module({
  imports: [NotificationsModule],
  // The completeness queries need only the database: provided here rather than importing all of progress.
  providers: [ReminderRepository, ReminderScanner, ReminderDispatcher, Mailer, StaffAlerts, CompletenessRepository],
  exports: [ReminderScanner, ReminderDispatcher, ReminderRepository],
})
export class RemindersModule {}
