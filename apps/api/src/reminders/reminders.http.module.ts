import { Module } from '@nestjs/common';
import { RemindersModule } from '#reminders';
import { RemindersController } from './reminders.controller.js';

/** The reminders planned and sent, for staff. */
@Module({
  imports: [RemindersModule],
  controllers: [RemindersController],
})
export class RemindersHttpModule {}
