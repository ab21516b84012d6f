import EventIcon from '@mui/icons-material/Event';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

/** Calendar subscriptions to due dates, at secret addresses: partners for their organisation, staff for any. */
export const calendarFeeds = {
  name: 'calendar-feeds',
  icon: EventIcon,
  list: lazyView(views, 'CalendarFeedList'),
  create: lazyView(views, 'CalendarFeedCreate'),
  recordRepresentation: (record: RaRecord) => String(record.label),
};
