import { Module } from '@nestjs/common';
import { ActionPlanRepository } from './action-plan.repository.js';
import { ActionPlanService } from './action-plan.service.js';
import { MilestoneRepository } from './milestone.repository.js';
import { MilestoneService } from './milestone.service.js';
import { ObjectiveRepository } from './objective.repository.js';
import { ObjectiveService } from './objective.service.js';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationService } from './organisation.service.js';
import { PriorityRepository } from './priority.repository.js';
import { PriorityService } from './priority.service.js';
import { PlanSeeder } from './seed/plan.seeder.js';
import { ImportReader } from './import/import-reader.js';
import { MilestoneImportService } from './import/milestone-import.service.js';

@Module({
  providers: [
    ActionPlanRepository,
    PriorityRepository,
    ObjectiveRepository,
    MilestoneRepository,
    OrganisationRepository,
    ActionPlanService,
    PriorityService,
    ObjectiveService,
    MilestoneService,
    OrganisationService,
    PlanSeeder,
    MilestoneImportService,
    ImportReader,
  ],
  exports: [
    MilestoneImportService,
    ActionPlanService,
    PriorityService,
    ObjectiveService,
    MilestoneService,
    OrganisationService,
    MilestoneRepository,
    PlanSeeder,
  ],
})
export class PlanModule {}
