import FlagIcon from '@mui/icons-material/Flag';
import { lazy } from 'react';
import { representedBy } from '../../common/records.js';

/** Milestones: dated deliverables under an objective. Staff write them; partners report through progress updates. */
export const milestones = {
  name: 'milestones',
  icon: FlagIcon,
  list: lazy(() => import('./MilestoneList.js')),
  show: lazy(() => import('./MilestoneShow.js')),
  edit: lazy(() => import('./MilestoneEdit.js')),
  create: lazy(() => import('./MilestoneCreate.js')),
  recordRepresentation: representedBy('milestones', (milestone) => milestone.code),
};
