import LowPriorityIcon from '@mui/icons-material/LowPriority';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

export const priorities = {
  name: 'priorities',
  icon: LowPriorityIcon,
  list: lazyView(views, 'PriorityList'),
  show: lazyView(views, 'PriorityShow'),
  edit: lazyView(views, 'PriorityEdit'),
  create: lazyView(views, 'PriorityCreate'),
  recordRepresentation: (record: RaRecord) => String(record.code),
};
