import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository.js';
import { NotificationService } from './notification.service.js';

@Module({
  providers: [NotificationRepository, NotificationService],
  exports: [NotificationService, NotificationRepository],
})
export class NotificationsModule {}
