import { planLevelViews } from '../../common/PlanLevelViews.js';

/** Priorities: under a plan, over objectives. */
const views = planLevelViews({
  parent: { source: 'actionPlanId', reference: 'action-plans', sortable: false, filterAlwaysOn: false },
  children: { reference: 'objectives', target: 'priorityId', sortField: 'code', milestones: false },
  listSortField: 'position',
  progressSortable: false,
});

export const PriorityList = views.List;
export const PriorityShow = views.Show;
export const PriorityEdit = views.Edit;
export const PriorityCreate = views.Create;
