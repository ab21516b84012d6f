import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

/** Reports to the plenary: frozen snapshots of a plan. Staff make them, viewers read them, partners do not. */
export const reports = {
  name: 'reports',
  icon: AssessmentIcon,
  list: lazyView(views, 'ReportList'),
  show: lazyView(views, 'ReportShow'),
  edit: lazyView(views, 'ReportEdit'),
  create: lazyView(views, 'ReportCreate'),
  recordRepresentation: representedBy('reports', (report) => report.title),
};
