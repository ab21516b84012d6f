import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/src/notifications.module.js';
import { Mailer } from './mailer.js';
import { ReminderDispatcher } from './reminder-dispatcher.js';
import { ReminderRepository } from './reminder.repository.js';
import { ReminderScanner } from './reminder-scanner.js';

@Module({
  imports: [NotificationsModule],
  providers: [ReminderRepository, ReminderScanner, ReminderDispatcher, Mailer],
  exports: [ReminderScanner, ReminderDispatcher, ReminderRepository],
})
export class RemindersModule {}
