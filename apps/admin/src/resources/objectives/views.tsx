import { planLevelViews } from '../../common/PlanLevelViews.js';

/** Objectives: under a priority, over milestones. */
const views = planLevelViews({
  parent: { source: 'priorityId', reference: 'priorities', sortable: true, filterAlwaysOn: true },
  children: { reference: 'milestones', target: 'objectiveId', sortField: 'dueDate', milestones: true },
  listSortField: 'code',
  progressSortable: true,
});

export const ObjectiveList = views.List;
export const ObjectiveShow = views.Show;
export const ObjectiveEdit = views.Edit;
export const ObjectiveCreate = views.Create;
