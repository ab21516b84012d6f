import { Module } from '@nestjs/common';
import { PlanModule } from '#plan';
import { ReportingModule } from '#reporting';
import { ActionPlansController } from './action-plans.controller.js';
import { PrioritiesController } from './priorities.controller.js';
import { ObjectivesController } from './objectives.controller.js';
import { MilestonesController } from './milestones.controller.js';
import { OrganisationsController } from './organisations.controller.js';

/** The Action Plan's resources: plans, priorities, objectives, milestones (and their import), organisations. */
@Module({
  imports: [PlanModule, ReportingModule],
  controllers: [
    ActionPlansController,
    PrioritiesController,
    ObjectivesController,
    MilestonesController,
    OrganisationsController,
  ],
})
export class PlanHttpModule {}
