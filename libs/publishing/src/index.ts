// Public surface of the publishing lib ('#publishing'). What leaves the tracker without an account: calendar feeds
// and the public summary.
export { CreateCalendarFeedDto, CreatedCalendarFeedRecord } from './calendar-feed.dto.js';
export { CalendarFeed } from './calendar-feed.entity.js';
export { CalendarFeedRecord } from './calendar-feed.repository.js';
export { CalendarFeedService } from './calendar-feed.service.js';
export { renderPublicPage } from './public-summary.page.js';
export { PublicSummaryRepository } from './public-summary.repository.js';
export { PublishingModule } from './publishing.module.js';
