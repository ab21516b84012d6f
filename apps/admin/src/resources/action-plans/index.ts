import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

export const actionPlans = {
  name: 'action-plans',
  icon: EventNoteIcon,
  list: lazyView(views, 'ActionPlanList'),
  show: lazyView(views, 'ActionPlanShow'),
  edit: lazyView(views, 'ActionPlanEdit'),
  create: lazyView(views, 'ActionPlanCreate'),
  recordRepresentation: representedBy('action-plans', (plan) => plan.code),
};
