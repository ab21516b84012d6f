// Public surface of the plan lib ('#plan'). The Action Plan: plans, priorities, objectives, milestones,
// organisations; status rules and roll-ups.
export { ActionPlan } from './action-plan.entity.js';
export { ActionPlanRepository } from './action-plan.repository.js';
export { ActionPlanService } from './action-plan.service.js';
export { type ImportFindings, MilestoneImportService } from './import/milestone-import.service.js';
export { effectiveStatusSql } from './milestone-status.policy.js';
export { Milestone } from './milestone.entity.js';
export { MilestoneRepository } from './milestone.repository.js';
export { MilestoneService } from './milestone.service.js';
export { Objective } from './objective.entity.js';
export { ObjectiveRepository } from './objective.repository.js';
export { ObjectiveService } from './objective.service.js';
export {
  type FrozenOpinionFacts,
  type OpinionFacts,
  type OpinionLines,
  opinionLines,
  type PlenarySession,
} from './opinion-facts.js';
export { LEAD_ORGANISATION_JSON, supportingOrganisationsJson } from './organisation-names.sql.js';
export { Organisation } from './organisation.entity.js';
export { OrganisationRepository } from './organisation.repository.js';
export { OrganisationService } from './organisation.service.js';
export {
  ActionPlanRecord,
  CreateActionPlanDto,
  CreateMilestoneDto,
  CreateObjectiveDto,
  CreateOrganisationDto,
  CreatePriorityDto,
  MilestoneRecord,
  ObjectiveRecord,
  OrganisationRecord,
  PriorityRecord,
  UpdateActionPlanDto,
  UpdateMilestoneDto,
  UpdateObjectiveDto,
  UpdateOrganisationDto,
  UpdatePriorityDto,
} from './plan.dto.js';
export { PlanModule } from './plan.module.js';
export { Priority } from './priority.entity.js';
export { PriorityRepository } from './priority.repository.js';
export { PriorityService } from './priority.service.js';
export { DEFAULT_REMINDER_SETTINGS, reminderSettings, type ReminderSettings } from './reminder-settings.js';
export { objectiveProgressSql, planProgressSql, priorityProgressSql, roundedSql } from './roll-up.policy.js';
export { PlanSeeder } from './seed/plan.seeder.js';
export { REX_587_OPINION, REX_587_PLAN } from './seed/rex-587.plan-data.js';
export { approvedBySecondPerson } from './verified-progress.sql.js';
