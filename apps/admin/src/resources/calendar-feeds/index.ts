import EventIcon from '@mui/icons-material/Event';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

/** Calendar subscriptions to due dates, at secret addresses: partners for their organisation, staff for any. */
export const calendarFeeds = {
  name: 'calendar-feeds',
  icon: EventIcon,
  list: lazyView(views, 'CalendarFeedList'),
  create: lazyView(views, 'CalendarFeedCreate'),
  recordRepresentation: representedBy('calendar-feeds', (feed) => feed.label),
};
