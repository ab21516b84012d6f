// Public surface of the notifications lib ('#notifications'). In-app notifications, made from outbox messages.
export { Notification } from './notification.entity.js';
export { NOTIFICATION_LIST, NotificationRecord, NotificationRepository } from './notification.repository.js';
export { NotificationService } from './notification.service.js';
export { NotificationsModule } from './notifications.module.js';
