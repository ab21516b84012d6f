import { Module } from '@nestjs/common';
import { PublishingModule } from '#publishing';
import { CalendarController, CalendarFeedsController } from './calendar-feeds.controller.js';
import { PublicSummaryController } from './public-summary.controller.js';

/** What is read without an account: calendar feeds (and their management) and the public summary. */
@Module({
  imports: [PublishingModule],
  controllers: [CalendarFeedsController, CalendarController, PublicSummaryController],
})
export class PublishingHttpModule {}
