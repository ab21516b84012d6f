import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

/**
 * Partners' reports on milestones. They are created from a milestone
 * ("Report progress"), reviewed from the review queue, and revised by the
 * partner when returned.
 */
export const progressUpdates = {
  name: 'progress-updates',
  icon: AssignmentTurnedInIcon,
  list: lazyView(views, 'ProgressUpdateList'),
  show: lazyView(views, 'ProgressUpdateShow'),
  edit: lazyView(views, 'ProgressUpdateEdit'),
  recordRepresentation: representedBy('progress-updates', (update) => update.milestoneCode),
};
