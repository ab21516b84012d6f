import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyView } from '../lazy-view.js';
import { createElement } from 'react';
import { TranslatedField } from '../../common/TranslatedField.js';

const views = () => import('./views.js');

/** Reports to the plenary: frozen snapshots of a plan. Staff make them, viewers read them, partners do not. */
export const reports = {
  name: 'reports',
  icon: AssessmentIcon,
  list: lazyView(views, 'ReportList'),
  show: lazyView(views, 'ReportShow'),
  edit: lazyView(views, 'ReportEdit'),
  create: lazyView(views, 'ReportCreate'),
  // Named in the reader's language: a report has a title in each.
  recordRepresentation: createElement(TranslatedField, { source: 'title' }),
};
