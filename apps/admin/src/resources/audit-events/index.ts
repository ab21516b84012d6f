import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

/** The append-only audit trail: read-only, staff and administrators. */
export const auditEvents = {
  name: 'audit-events',
  icon: HistoryIcon,
  list: lazyView(views, 'AuditEventList'),
  show: lazyView(views, 'AuditEventShow'),
};
