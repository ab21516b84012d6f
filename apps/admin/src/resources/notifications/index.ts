import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyView } from '../lazy-view.js';

/** The signed-in user's in-app notifications. */
export const notifications = {
  name: 'notifications',
  icon: NotificationsIcon,
  list: lazyView(() => import('./NotificationList.js'), 'NotificationList'),
};
