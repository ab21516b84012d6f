import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

export const objectives = {
  name: 'objectives',
  icon: TrackChangesIcon,
  list: lazyView(views, 'ObjectiveList'),
  show: lazyView(views, 'ObjectiveShow'),
  edit: lazyView(views, 'ObjectiveEdit'),
  create: lazyView(views, 'ObjectiveCreate'),
  recordRepresentation: representedBy('objectives', (objective) => objective.code),
};
