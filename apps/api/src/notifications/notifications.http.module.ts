import { Module } from '@nestjs/common';
import { NotificationsModule } from '#notifications';
import { NotificationsController } from './notifications.controller.js';

/** Each user's in-app notifications. */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController],
})
export class NotificationsHttpModule {}
