import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useRecordList } from '../common/records.js';

/** Unread notifications, counted in the app bar; polled every minute. */
export function NotificationBell() {
  const translate = useTranslate();
  const { total } = useRecordList(
    'notifications',
    { filter: { read: false }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { refetchInterval: 60_000 },
  );
  const label = `${translate('resources.notifications.name', { smart_count: 2 })}: ${total ?? 0} ${translate('rex.notifications.unread')}`;
  return (
    <Tooltip title={label}>
      <IconButton
        color="inherit"
        component={Link}
        to="/notifications?filter=%7B%22read%22%3Afalse%7D"
        aria-label={label}
      >
        <Badge badgeContent={total ?? 0} color="error">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
