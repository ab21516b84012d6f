import AssessmentIcon from '@mui/icons-material/Assessment';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

/** Reports to the plenary: frozen snapshots of a plan. Staff make them, viewers read them, partners do not. */
export const reports = {
  name: 'reports',
  icon: AssessmentIcon,
  list: lazyView(views, 'ReportList'),
  show: lazyView(views, 'ReportShow'),
  edit: lazyView(views, 'ReportEdit'),
  create: lazyView(views, 'ReportCreate'),
  recordRepresentation: (record: RaRecord) => String(record.title),
};
