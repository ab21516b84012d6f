// Public surface of the reminders lib ('#reminders'). Reminders and escalations to organisations, and the staff's
// daily alerts.
export { ReminderDispatcher } from './reminder-dispatcher.js';
export { ReminderScanner } from './reminder-scanner.js';
export { Reminder } from './reminder.entity.js';
export { REMINDER_LIST, ReminderRecord, ReminderRepository } from './reminder.repository.js';
export { RemindersModule } from './reminders.module.js';
