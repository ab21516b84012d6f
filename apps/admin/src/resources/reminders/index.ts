import AlarmIcon from '@mui/icons-material/Alarm';
import { lazyView } from '../lazy-view.js';

/** Reminders planned and sent by the worker, with their delivery state: read-only. */
export const reminders = {
  name: 'reminders',
  icon: AlarmIcon,
  list: lazyView(() => import('./ReminderList.js'), 'ReminderList'),
};
