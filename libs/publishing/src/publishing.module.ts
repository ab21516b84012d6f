import { Module } from '@nestjs/common';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { PublicSummaryRepository } from './public-summary.repository.js';

@Module({
  providers: [CalendarFeedRepository, CalendarFeedService, PublicSummaryRepository],
  exports: [CalendarFeedService, PublicSummaryRepository],
})
export class PublishingModule {}
