import LowPriorityIcon from '@mui/icons-material/LowPriority';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

export const priorities = {
  name: 'priorities',
  icon: LowPriorityIcon,
  list: lazyView(views, 'PriorityList'),
  show: lazyView(views, 'PriorityShow'),
  edit: lazyView(views, 'PriorityEdit'),
  create: lazyView(views, 'PriorityCreate'),
  recordRepresentation: representedBy('priorities', (priority) => priority.code),
};
