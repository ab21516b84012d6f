import EventNoteIcon from '@mui/icons-material/EventNote';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

export const actionPlans = {
  name: 'action-plans',
  icon: EventNoteIcon,
  list: lazyView(views, 'ActionPlanList'),
  show: lazyView(views, 'ActionPlanShow'),
  edit: lazyView(views, 'ActionPlanEdit'),
  create: lazyView(views, 'ActionPlanCreate'),
  recordRepresentation: (record: RaRecord) => String(record.code),
};
