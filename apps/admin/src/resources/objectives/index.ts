import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

export const objectives = {
  name: 'objectives',
  icon: TrackChangesIcon,
  list: lazyView(views, 'ObjectiveList'),
  show: lazyView(views, 'ObjectiveShow'),
  edit: lazyView(views, 'ObjectiveEdit'),
  create: lazyView(views, 'ObjectiveCreate'),
  recordRepresentation: (record: RaRecord) => String(record.code),
};
